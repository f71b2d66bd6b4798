import { describe, expect, it } from 'vitest';
import { eventEnd, formatWhen, parseLocal } from '../../../lib/prep/format-when';

describe('formatting an event time', () => {
  it('formats a same-day party in English and German', () => {
    const party = { start: '2026-12-10T18:00', end: '2026-12-10T23:00', allDay: false };
    expect(formatWhen(party, 'en-GB', 'all day')).toBe('Thu, 10 Dec 2026, 18:00 – 23:00');
    expect(formatWhen(party, 'de-DE', 'ganztägig')).toBe('Do., 10. Dez. 2026, 18:00 – 23:00');
  });

  it('formats a party past midnight, an all-day event and a missing start', () => {
    expect(formatWhen({ start: '2026-12-31T20:00', end: '2027-01-01T02:00', allDay: false }, 'en-GB', 'all day')).toBe(
      'Thu, 31 Dec 2026, 20:00 – Fri, 1 Jan 2027, 2:00',
    );
    expect(formatWhen({ start: '2026-12-18', end: '2026-12-18', allDay: true }, 'en-GB', 'all day')).toBe(
      'Fri, 18 Dec 2026, all day',
    );
    expect(formatWhen({ allDay: false }, 'en-GB', 'all day')).toBeUndefined();
  });

  it('parses only ISO local dates', () => {
    expect(parseLocal('2026-12-10T18:30')).toEqual(new Date(2026, 11, 10, 18, 30));
    expect(parseLocal('10.12.2026')).toBeUndefined();
    expect(parseLocal(undefined)).toBeUndefined();
  });

  it('knows when an event is over', () => {
    expect(eventEnd({ start: '2026-12-10T18:00', end: '2026-12-10T23:00', allDay: false })).toEqual(
      new Date(2026, 11, 10, 23),
    );
    expect(eventEnd({ start: '2026-12-18', allDay: true })).toEqual(new Date(2026, 11, 19));
  });
});
