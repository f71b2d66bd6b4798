/** Match patterns of the calendar apps the content script runs on. */
export const CALENDAR_MATCHES = [
  'https://calendar.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
