/** Match patterns of Google Calendar, where the Google content script runs. */
export const GOOGLE_MATCHES = ['https://calendar.google.com/*'] as const;

/** Match patterns of the four Outlook on the web hosts, where the Outlook content script runs. */
export const OUTLOOK_MATCHES = [
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

/** Every calendar page the extension works on (the panel may be framed there only). */
export const CALENDAR_MATCHES = [...GOOGLE_MATCHES, ...OUTLOOK_MATCHES] as const;
