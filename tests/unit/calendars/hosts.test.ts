import { expect, test } from 'vitest';
import { CALENDAR_MATCHES, GOOGLE_MATCHES, OUTLOOK_MATCHES } from '../../../lib/calendars/hosts';

// A match pattern "https://host/*" as the browser applies it: same scheme, exactly that host.
const matches = (patterns: readonly string[], url: string): boolean =>
  patterns.some((pattern) => {
    const { protocol, hostname } = new URL(url);
    const want = new URL(pattern.replace('/*', '/'));
    return protocol === want.protocol && hostname === want.hostname;
  });

test.each([
  ['https://calendar.google.com/calendar/u/0/r/week', 'google'],
  ['https://outlook.live.com/calendar/view/week', 'outlook'],
  ['https://outlook.office.com/calendar/0/view/week', 'outlook'],
  ['https://outlook.office365.com/calendar/item/AAMk', 'outlook'],
  ['https://outlook.cloud.microsoft/calendar/view/month', 'outlook'],
  ['https://outlook.office.com/mail/inbox', 'outlook'],
  ['https://example.com/calendar/', null],
  ['https://calendar.google.com.evil.example/calendar/', null],
  ['http://calendar.google.com/calendar/', null],
])('%s gets the %s content script (and only that one)', (url, app) => {
  expect(matches(GOOGLE_MATCHES, url)).toBe(app === 'google');
  expect(matches(OUTLOOK_MATCHES, url)).toBe(app === 'outlook');
  expect(matches(CALENDAR_MATCHES, url)).toBe(app !== null);
});
