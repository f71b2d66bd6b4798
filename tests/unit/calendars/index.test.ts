// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { createAdapter } from '../../../lib/calendars/index';

test.each([
  ['https://calendar.google.com/calendar/u/0/r/week', 'google'],
  ['https://outlook.live.com/calendar/view/week', 'outlook'],
  ['https://outlook.office.com/calendar/0/view/week', 'outlook'],
  ['https://outlook.office365.com/calendar/item/AAMk', 'outlook'],
  ['https://outlook.cloud.microsoft/calendar/view/month', 'outlook'],
  ['https://outlook.office.com/mail/inbox', 'outlook'],
  ['https://example.com/calendar/', null],
  ['https://calendar.google.com.evil.example/calendar/', null],
])('%s → %s', (url, source) => {
  const adapter = createAdapter(document, new URL(url));
  expect(adapter?.source ?? null).toBe(source);
  expect(adapter?.findOpenEvent() ?? null).toBeNull();
  adapter?.dispose();
});
