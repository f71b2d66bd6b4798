import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUsDate, notesWithPairs, splitNotes, toUsDate } from '../../../lib/csv/extras';
import { splitFullName } from '../../../lib/csv/names';
import { neutralise, restore } from '../../../lib/csv/neutralise';

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+43 660 1234567', "'+43 660 1234567"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["''+1", "'''+1"],
    ["'90s", "'90s"],
    ["O'Brien", "O'Brien"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j -> %j and back', (value, cell) => {
    expect(neutralise(value)).toBe(cell);
    expect(restore(cell)).toBe(value);
  });

  it('is reversible for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => restore(neutralise(value)) === value));
  });
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

  it('splits notes written with pairs back', () => {
    const notes = notesWithPairs('Hello\nworld', [
      ['Met at', 'X'],
      ['Follow-up context', 'a\nb'],
    ]);
    expect(splitNotes(notes ?? '')).toEqual({
      notes: 'Hello\nworld',
      pairs: [
        ['Met at', 'X'],
        ['Follow-up context', 'a\nb'],
      ],
    });
    expect(splitNotes('just notes')).toEqual({ notes: 'just notes', pairs: [] });
    expect(notesWithPairs(undefined, [])).toBeUndefined();
  });
});
