import type { EventSnapshot } from '../../../lib/calendars/types';

export function snapshot(overrides: Partial<EventSnapshot> = {}): EventSnapshot {
  return {
    source: 'google',
    calendarId: 'abc123',
    title: 'Weihnachtsfeier Lechner AG',
    start: '2026-12-10T18:00',
    end: '2026-12-10T23:00',
    allDay: false,
    location: 'Lechner AG, Wien',
    organizer: 'Maria Lechner',
    guests: [{ name: 'Anna Berger', email: 'anna@lechner.at', response: 'accepted' }],
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10',
    ...overrides,
  };
}
