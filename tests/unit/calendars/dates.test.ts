// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { clockText, dayKeyToIso, parseWhen, type DateHint } from '../../../lib/calendars/dates';

const DAY: DateHint = ['2026-12-10', '2026-12-10'];
const WEEK_DEC: DateHint = ['2026-12-06', '2026-12-12'];
const NEW_YEAR: DateHint = ['2026-12-28', '2027-01-03'];
const timed = (start: string, end: string) => ({ start, end, allDay: false });
const allDay = (start: string, end = start) => ({ start, end, allDay: true });
/** The UI language of a line below: German or English. */
const lang = (line: string): string =>
  /\b(?:Dezember|Januar|Donnerstag|Sonntag|Wöchentlich|Do)\b|23:15 –/.test(line) ? 'de' : 'en';

describe('parseWhen', () => {
  test.each([
    ['Donnerstag, 10. Dezember⋅18:00–23:00', DAY, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    [
      'Wednesday, December 10⋅6:00 – 11:00pm',
      ['2025-12-07', '2025-12-13'],
      timed('2025-12-10T18:00', '2025-12-10T23:00'),
    ],
    ['Thursday, December 10⋅6 – 11pm', WEEK_DEC, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['6pm – 11pm', DAY, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['Sunday, January 21, 2024', undefined, allDay('2024-01-21')],
    ['Sonntag, 21. Januar 2024', undefined, allDay('2024-01-21')],
    ['April 25, 2023, 11:15pm – April 26, 2023, 6:45am', undefined, timed('2023-04-25T23:15', '2023-04-26T06:45')],
    ['25. April 2023, 23:15 – 26. April 2023, 06:45', undefined, timed('2023-04-25T23:15', '2023-04-26T06:45')],
    ['10. – 12. Dezember', DAY, allDay('2026-12-10', '2026-12-12')],
    ['December 7 – 9', WEEK_DEC, allDay('2026-12-07', '2026-12-09')],
    ['7. – 9. Dezember', WEEK_DEC, allDay('2026-12-07', '2026-12-09')],
    ['Thursday, December 10', DAY, allDay('2026-12-10')],
    ['Friday, December 11⋅5:30 – 10pm', WEEK_DEC, timed('2026-12-11T17:30', '2026-12-11T22:00')],
    ['Thursday, December 10⋅11am – 1pm', DAY, timed('2026-12-10T11:00', '2026-12-10T13:00')],
    ['Thursday, December 10⋅11 – 12pm', DAY, timed('2026-12-10T11:00', '2026-12-10T12:00')],
    ['Friday, December 11⋅12am – 2am', WEEK_DEC, timed('2026-12-11T00:00', '2026-12-11T02:00')],
    ['Thursday, December 10⋅6:00\u202fPM – 11:00\u202fPM', DAY, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['Thursday, 10 December⋅18:00 – 23:00', DAY, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['Donnerstag, 10. Dezember · 18–23 Uhr', DAY, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['Samstag, 2. Januar 2027⋅11:00–13:00', undefined, timed('2027-01-02T11:00', '2027-01-02T13:00')],
    ['Saturday, January 2, 2027⋅11am – 1pm', undefined, timed('2027-01-02T11:00', '2027-01-02T13:00')],
    ['30. Dezember 2026 – 2. Januar 2027', undefined, allDay('2026-12-30', '2027-01-02')],
    ['Dec 30, 2026 – Jan 2, 2027', undefined, allDay('2026-12-30', '2027-01-02')],
    ['March 3 – 5, 2027', undefined, allDay('2027-03-03', '2027-03-05')],
    ['December 30 – January 2', NEW_YEAR, allDay('2026-12-30', '2027-01-02')],
    ['Dec 30 – Jan 2, 2027', undefined, allDay('2026-12-30', '2027-01-02')],
    ['Mittwoch, 30. Dezember⋅14:00–15:30', NEW_YEAR, timed('2026-12-30T14:00', '2026-12-30T15:30')],
    ['Freitag, 1. Januar', NEW_YEAR, allDay('2027-01-01')],
    ['Wednesday, December 30⋅11pm – 1am', NEW_YEAR, timed('2026-12-30T23:00', '2026-12-31T01:00')],
    ['Thu 12/10/2026 6:00 PM - 11:00 PM', undefined, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['Do 10.12.2026 18:00 - 23:00', undefined, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    ['18:00-23:00', DAY, timed('2026-12-10T18:00', '2026-12-10T23:00')],
    [
      'Thursday, December 10, 6:00 PM to Friday, December 11, 2:00 AM',
      DAY,
      timed('2026-12-10T18:00', '2026-12-11T02:00'),
    ],
    [
      'Donnerstag, 10. Dezember, 18:00 bis Freitag, 11. Dezember, 02:00',
      DAY,
      timed('2026-12-10T18:00', '2026-12-11T02:00'),
    ],
  ] as [string, DateHint | undefined, object][])('%s', (line, hint, expected) => {
    expect(parseWhen(line, hint, lang(line))).toEqual(expected);
  });

  test.each([
    ['Weekly on Thursday', DAY],
    ['Wöchentlich am Donnerstag', DAY],
    ['Every 2 weeks on Thursday', DAY],
    ['Thursday, December 10⋅6 – 11pm', undefined], // no year and no hint: never "now"
    ['6pm – 11pm', WEEK_DEC], // no date and no single day to take it from
    ['', DAY],
    ['Gasthaus Stern, Hauptplatz 3', DAY],
  ] as [string, DateHint | undefined][])('%s → null', (line, hint) => {
    expect(parseWhen(line, hint, lang(line))).toBeNull();
  });

  test('the hint picks the year nearest to the shown days, whatever today is', () => {
    expect(parseWhen('Friday, January 1⋅10am – 12pm', ['2026-12-31', '2026-12-31'], 'en')?.start).toBe(
      '2027-01-01T10:00',
    );
    expect(parseWhen('Thursday, December 31', ['2027-01-01', '2027-01-01'], 'en')?.start).toBe('2026-12-31');
    expect(parseWhen('June 5', ['2026-06-01', '2026-06-07'], 'en')?.start).toBe('2026-06-05');
  });
});

test('dayKeyToIso decodes Google day keys', () => {
  expect(dayKeyToIso(29063)).toBe('2026-12-07');
  expect(dayKeyToIso(((2027 - 1970) << 9) | (1 << 5) | 2)).toBe('2027-01-02');
});

test.each([
  ['6:00pm', '18:00'],
  ['6pm', '18:00'],
  ['12:30am', '00:30'],
  ['12:00pm', '12:00'],
  ['18:00', '18:00'],
  ['9:05 AM', '09:05'],
  ['', undefined],
])('clockText(%s)', (text, expected) => {
  expect(clockText(text, 'en')).toBe(expected);
});
