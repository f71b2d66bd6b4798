/** Picks the calendar adapter for the page's host. */
import { createGoogleAdapter } from './google';
import { CALENDAR_MATCHES } from './hosts';
import { createOutlookAdapter } from './outlook';
import type { CalendarAdapter } from './types';

const HOSTS: string[] = CALENDAR_MATCHES.map((m) => new URL(m.replace('*', '')).hostname);

/** The adapter for `url`'s host (Google Calendar or an Outlook host), or null for other hosts. */
export function createAdapter(doc: Document, url: URL): CalendarAdapter | null {
  if (!HOSTS.includes(url.hostname)) return null;
  return url.hostname === 'calendar.google.com' ? createGoogleAdapter(doc) : createOutlookAdapter(doc);
}
