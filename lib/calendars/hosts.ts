import type { CalendarSource } from './types';

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

/** The calendar app a page URL belongs to, by its origin; undefined for any other page. */
export function sourceOfUrl(url: string): CalendarSource | undefined {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  const on = (patterns: readonly string[]) => patterns.some((p) => p.slice(0, -2) === origin);
  if (on(GOOGLE_MATCHES)) return 'google';
  if (on(OUTLOOK_MATCHES)) return 'outlook';
  return undefined;
}
