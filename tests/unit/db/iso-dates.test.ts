import { describe, expect, it } from 'vitest';
import { isBirthday, isEventTime, isTimestamp } from '../../../lib/db/iso-dates';

describe('the date texts a backup may hold', () => {
  it.each([
    ['2026-12-12T09:00:00.000Z', true],
    ['2024-02-29T23:59:59.999Z', true],
    ['2026-12-12T09:00:00Z', false], // not the form the database compares as text
    ['2026-12-12T09:00:00.000+01:00', false],
    ['2025-02-29T09:00:00.000Z', false],
    ['2026-12-12', false],
    ['', false],
  ])('timestamp %j → %s', (text, ok) => expect(isTimestamp(text)).toBe(ok));

  it.each([
    ['2026-12-10', true],
    ['2026-12-10T18:00', true],
    ['2026-12-10T18:00:30', true],
    ['2026-12-10T18:00:00.000Z', true],
    ['2026-12-10T18:00+01:00', true],
    ['2026-12-10T24:00', false],
    ['2026-12-10T18:60', false],
    ['2026-11-31', false],
    ['2026-12-10 18:00', false],
    ['10.12.2026', false],
    ['2026-12-10T18', false],
  ])('event time %j → %s', (text, ok) => expect(isEventTime(text)).toBe(ok));

  it.each([
    ['1980-04-30', true],
    ['--02-29', true],
    ['2000-02-29', true],
    ['0004-02-29', true], // years below 100 are years, not 1900 + n
    ['1900-02-29', false],
    ['1980-04-31', false],
    ['--13-01', false],
    ['1980-4-3', false],
  ])('birthday %j → %s', (text, ok) => expect(isBirthday(text)).toBe(ok));
});
