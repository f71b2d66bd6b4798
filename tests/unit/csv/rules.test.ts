import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asBirthday, fromUsDate, notesWithPairs, splitNotes, toUsDate } from '../../../lib/csv/extras';
import { splitFullName } from '../../../lib/csv/names';
import { isPhoneNumber, neutralise, restore } from '../../../lib/csv/neutralise';

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['+x', "'+x"],
    ['+SUM(1)', "'+SUM(1)"],
    ['+43 664 1234567 =x', "'+43 664 1234567 =x"],
    ['+', "'+"],
    ['-43 664 1234567', "'-43 664 1234567"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['  =1+1', "'  =1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['\r\n@x', "'\r\n@x"],
    [' \n -x', "' \n -x"],
    ["'=x", "''=x"],
    ["''+1", "'''+1"],
    ["'+43 1", "''+43 1"],
    ['--12-24', '--12-24'],
    ["'--12-24", "''--12-24"],
    ['--12-24 x', "'--12-24 x"],
    ['--13-01', "'--13-01"],
    ["'90s", "'90s"],
    ["O'Brien", "O'Brien"],
    ['a=b', 'a=b'],
    [' a', ' a'],
    ['', ''],
  ])('%j -> %j and back', (value, cell) => {
    expect(neutralise(value)).toBe(cell);
    expect(restore(cell)).toBe(value);
  });

  it.each(['+43 664 1234567', '+1 (555) 010-0199', '+49/89/1234-56', '+43.1.234', '+436641234567', ' +43 1'])(
    'a phone number is data, not a formula: %j stays as it is',
    (phone) => {
      expect(isPhoneNumber(phone)).toBe(true);
      expect(neutralise(phone)).toBe(phone);
      expect(restore(phone)).toBe(phone);
    },
  );

  it('is reversible for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => restore(neutralise(value)) === value));
    const formulaLike = fc
      .tuple(
        fc.constantFrom('', "'", "''", ' ', '\n', '\t'),
        fc.constantFrom('=', '+', '-', '@', '+43 1', '\r'),
        fc.string(),
      )
      .map((parts) => parts.join(''));
    fc.assert(fc.property(formulaLike, (value) => restore(neutralise(value)) === value));
  }, 60_000);

  it('leaves no formula start in a cell but a phone number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const cell = neutralise(value);
        return isPhoneNumber(cell) || !/^(?:\s*[=+\-@]|[\t\r])/.test(cell);
      }),
    );
  }, 60_000);
});

describe('full-name split', () => {
  it.each([
    ['Anna Berger', { firstName: 'Anna', lastName: 'Berger' }],
    ['Anna van der Berg', { firstName: 'Anna', lastName: 'van der Berg' }],
    ['Prof. Dr. Hans von Stein', { prefix: 'Prof. Dr.', firstName: 'Hans', lastName: 'von Stein' }],
    ['Lisa Maria Gruber', { firstName: 'Lisa Maria', lastName: 'Gruber' }],
    ['Berger, Anna', { firstName: 'Anna', lastName: 'Berger' }],
    ['Madonna', { firstName: 'Madonna' }],
    ['  ', {}],
  ])('%j', (name, parts) => expect(splitFullName(name)).toStrictEqual(parts));
});

describe('dates and note lines', () => {
  it('converts between ISO and M/D/YYYY', () => {
    expect(toUsDate('2025-12-05T08:00:00.000Z')).toBe('12/5/2025');
    expect(toUsDate('next week')).toBe('next week');
    expect(fromUsDate('12/5/2025')).toBe('2025-12-05');
    expect(fromUsDate('2025-12-05')).toBe('2025-12-05');
    expect(fromUsDate('13/5/2025')).toBeUndefined();
  });

  it('checks birthdays: YYYY-MM-DD or --MM-DD', () => {
    expect(['1980-04-12', '--12-24'].map(asBirthday)).toEqual(['1980-04-12', '--12-24']);
    for (const bad of ['1980-13-01', '--12-32', '12/24', '1980-4-12', '']) expect(asBirthday(bad)).toBeUndefined();
  });

  it('splits notes written with pairs back, the notes exactly as they were', () => {
    for (const user of ['Hello\nworld', '  indented\n\n', 'ends with CRLF\r\n', 'ends with CR\r', ' ']) {
      const notes = notesWithPairs(user, [
        ['Met at', 'X'],
        ['Follow-up context', 'a\nb\u2028c'],
      ]);
      expect(splitNotes(notes ?? '')).toEqual({
        notes: user.trim() === '' ? undefined : user,
        pairs: [
          ['Met at', 'X'],
          ['Follow-up context', 'a\nb\u2028c'],
        ],
      });
    }
    // A program that rewrote the line ends as CRLF.
    const crlf = (notesWithPairs('Hello', [['Met at', 'X']]) ?? '').replace(/\n/g, '\r\n');
    expect(splitNotes(crlf)).toEqual({ notes: 'Hello', pairs: [['Met at', 'X']] });
    // Files written before used another marker line.
    expect(splitNotes('Hi\n\n--- Sternstunde ---\nMet at: X')).toEqual({ notes: 'Hi', pairs: [['Met at', 'X']] });
    expect(splitNotes('just notes\n')).toEqual({ notes: 'just notes\n', pairs: [] });
    expect(notesWithPairs(undefined, [])).toBeUndefined();
  });
});
