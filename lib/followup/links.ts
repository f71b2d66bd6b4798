import { assertEventTimes, utcBasic, type FollowUpEvent } from './event';

/** Google Calendar "create event" template link; times in UTC. */
export function googleCalendarUrl(event: FollowUpEvent): string {
  assertEventTimes(event);
  return buildUrl('https://calendar.google.com/calendar/render', [
    ['action', 'TEMPLATE'],
    ['text', event.summary],
    ['dates', `${utcBasic(event.start)}/${utcBasic(event.end)}`],
    ['details', event.description],
    ['location', event.location],
  ]);
}

/** Outlook on the web compose deep link (work accounts' host); ISO date-times in UTC. */
export function outlookCalendarUrl(event: FollowUpEvent): string {
  assertEventTimes(event);
  return buildUrl('https://outlook.office.com/calendar/deeplink/compose', [
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', event.summary],
    ['startdt', event.start.toISOString()],
    ['enddt', event.end.toISOString()],
    ['body', event.description],
    ['location', event.location],
  ]);
}

/**
 * Query built with encodeURIComponent (spaces as %20: Outlook shows a literal "+" otherwise).
 * Lone surrogates become U+FFFD (encodeURIComponent would throw). "/" and ":" stay readable; both are allowed in a query (RFC 3986 3.4). Empty values are left out.
 */
function buildUrl(base: string, params: [string, string | undefined][]): string {
  const query = params
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(
      ([key, value]) => `${key}=${encodeURIComponent(value.toWellFormed()).replace(/%2F/g, '/').replace(/%3A/g, ':')}`,
    )
    .join('&');
  return `${base}?${query}`;
}
