// Fixed zone for the DST cases; set before any Date is built (vitest runs each file in its own process/worker).
process.env.TZ = 'Europe/Vienna';

import { describe, expect, it } from 'vitest';
import { followUpDue } from '../../../lib/followup';

/** Local wall-clock date in the test zone. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const HOUR = 3_600_000;

describe('followUpDue', () => {
  it('runs in Europe/Vienna (DST cases below depend on it)', () => {
    expect(local(2026, 1, 15).getTimezoneOffset()).toBe(-60);
    expect(local(2026, 7, 15).getTimezoneOffset()).toBe(-120);
  });

  it('adds 48 hours by default when the result is a weekday', () => {
    // Mon 2026-12-07 22:00 → Wed 2026-12-09 22:00
    expect(followUpDue(local(2026, 12, 7, 22))).toEqual(local(2026, 12, 9, 22));
    // Tue → Thu
    expect(followUpDue(local(2026, 12, 8, 23, 30))).toEqual(local(2026, 12, 10, 23, 30));
    // Wed 23:59 → Fri 23:59 stays on Friday
    expect(followUpDue(local(2026, 12, 9, 23, 59))).toEqual(local(2026, 12, 11, 23, 59));
  });

  it('moves a Friday-evening event to Monday 09:00', () => {
    const due = followUpDue(local(2026, 12, 11, 23)); // Fri → Sun 23:00
    expect(due).toEqual(local(2026, 12, 14, 9));
    expect(due.getDay()).toBe(1);
  });

  it('moves Saturday and Sunday results to the following Monday 09:00', () => {
    expect(followUpDue(local(2026, 12, 10, 20))).toEqual(local(2026, 12, 14, 9)); // Thu → Sat
    expect(followUpDue(local(2026, 12, 11, 10))).toEqual(local(2026, 12, 14, 9)); // Fri → Sun
  });

  it('keeps an early-Monday result as it is (only weekend days move)', () => {
    expect(followUpDue(local(2026, 12, 12, 0, 1))).toEqual(local(2026, 12, 14, 0, 1));
  });

  it('handles events on the weekend itself', () => {
    expect(followUpDue(local(2026, 12, 12, 19), { hours: 24 })).toEqual(local(2026, 12, 14, 9)); // Sat → Sun
    expect(followUpDue(local(2026, 12, 13, 18), { hours: 4 })).toEqual(local(2026, 12, 14, 9)); // Sun → Sun 22:00
    expect(followUpDue(local(2026, 12, 13, 18), { hours: 0 })).toEqual(local(2026, 12, 14, 9));
  });

  it('takes custom hours', () => {
    expect(followUpDue(local(2026, 12, 7, 22), { hours: 24 })).toEqual(local(2026, 12, 8, 22));
    expect(followUpDue(local(2026, 12, 7, 22), { hours: 1.5 })).toEqual(local(2026, 12, 7, 23, 30));
    expect(followUpDue(local(2026, 12, 7, 22), { hours: 0 })).toEqual(local(2026, 12, 7, 22));
  });

  it('leaves weekend results alone with skipWeekend: false', () => {
    const end = local(2026, 12, 11, 23);
    expect(followUpDue(end, { skipWeekend: false })).toEqual(local(2026, 12, 13, 23));
    expect(followUpDue(end, { skipWeekend: false, hours: 24 })).toEqual(local(2026, 12, 12, 23));
  });

  it('rolls over month and year ends', () => {
    // Thu 2026-12-31 18:00 + 48h = Sat 2027-01-02 → Mon 2027-01-04 09:00
    expect(followUpDue(local(2026, 12, 31, 18))).toEqual(local(2027, 1, 4, 9));
    // Fri 2027-01-29 + 48h = Sun 2027-01-31 → Mon 2027-02-01
    expect(followUpDue(local(2027, 1, 29, 19))).toEqual(local(2027, 2, 1, 9));
  });

  it('adds elapsed hours across the autumn DST change (clock falls back 1 h)', () => {
    // DST ends Sun 2026-10-25 03:00 → 02:00.
    // Sat 2026-10-24 10:00 CEST + 48 h = Mon 2026-10-26 09:00 CET.
    const due = followUpDue(local(2026, 10, 24, 10));
    expect(due.getTime() - local(2026, 10, 24, 10).getTime()).toBe(48 * HOUR);
    expect(due).toEqual(local(2026, 10, 26, 9));
  });

  it('adds elapsed hours across the spring DST change (clock jumps forward 1 h)', () => {
    // DST starts Sun 2026-03-29 02:00 → 03:00. Fri 2026-03-27 20:00 CET + 72 h = Mon 21:00 CEST.
    expect(followUpDue(local(2026, 3, 27, 20), { hours: 72 })).toEqual(local(2026, 3, 30, 21));
  });

  it('gives Monday 09:00 local (summer time) after a weekend spanning the DST switch', () => {
    // Fri 2026-03-27 22:00 CET + 48 h = Sun 2026-03-29 23:00 CEST → Mon 2026-03-30 09:00 CEST.
    const due = followUpDue(local(2026, 3, 27, 22));
    expect(due).toEqual(local(2026, 3, 30, 9));
    expect(due.getHours()).toBe(9);
    expect(due.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // Autumn: Fri 2026-10-23 22:00 CEST → Mon 2026-10-26 09:00 CET = 08:00Z.
    expect(followUpDue(local(2026, 10, 23, 22)).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('does not mutate its input', () => {
    const end = local(2026, 12, 11, 23);
    const before = end.getTime();
    const due = followUpDue(end);
    expect(end.getTime()).toBe(before);
    expect(due).not.toBe(end);
    expect(followUpDue(end, { hours: 0, skipWeekend: false })).not.toBe(end);
  });

  it('passes an invalid date through as invalid and rejects non-finite hours', () => {
    expect(Number.isNaN(followUpDue(new Date(Number.NaN)).getTime())).toBe(true);
    expect(() => followUpDue(local(2026, 12, 7), { hours: Number.NaN })).toThrow(RangeError);
    expect(() => followUpDue(local(2026, 12, 7), { hours: Infinity })).toThrow(RangeError);
  });

  it('never returns a weekend day when skipping weekends (every hour of a fortnight)', () => {
    const start = local(2026, 10, 19).getTime(); // includes the autumn DST switch
    for (let h = 0; h < 14 * 24; h++) {
      const end = new Date(start + h * HOUR);
      for (const hours of [0, 24, 48, 72]) {
        const due = followUpDue(end, { hours });
        expect([0, 6]).not.toContain(due.getDay());
        expect(due.getTime()).toBeGreaterThanOrEqual(end.getTime() + hours * HOUR);
      }
    }
  });
});
