import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuickAdd } from '../../../lib/quick-add';
import { cases } from './cases';

describe('parseQuickAdd: table', () => {
  it('has at least 60 lines', () => expect(cases.length).toBeGreaterThanOrEqual(60));
  it.each(cases)('%s', (line, expected) => {
    expect(parseQuickAdd(line)).toEqual(expected);
  });
});

/** Independent of the parser: control characters and whitespace runs become one space. */
const normalise = (s: string) => s.replace(/[\s\p{Cc}\u200B\uFEFF]+/gu, ' ').trim();
const FIELDS = ['prefix', 'firstName', 'lastName', 'company', 'jobTitle', 'email', 'phone', 'website'];

/** Lines built from realistic parts in any order, separated in any way. */
const partyLine = fc
  .tuple(
    fc.shuffledSubarray(
      [
        'Dr. Anna Berger',
        'Lechner AG',
        'CFO',
        'anna@lechner.at',
        '+43 660 1234567',
        'www.lechner.at',
        'Head of Sales',
        'van der Berg',
        'Mag.a',
        'GmbH & Co. KG',
        'bei',
        '@',
        'Tel.',
        'mailto:',
        '0660/12',
        'Ωμέγα',
        '王小明',
        "O'Brien",
      ],
      { minLength: 0 },
    ),
    fc.constantFrom(', ', '; ', ' | ', ' - ', ' / ', ' ', ',', '\t'),
  )
  .map(([parts, separator]) => parts.join(separator));

describe('parseQuickAdd: properties', () => {
  const checkInvariants = (input: string) => {
    const result = parseQuickAdd(input);
    for (const [key, value] of Object.entries(result)) {
      expect(FIELDS).toContain(key);
      expect(typeof value).toBe('string');
      expect(value).not.toBe('');
      expect(value).toBe(value.trim());
      expect(normalise(input)).toContain(value);
    }
  };

  it('never throws, returns no empty fields, and only substrings of the normalised line (any text)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants), { numRuns: 2000 });
  }, 30_000); // a test timeout, not a timing assertion: the machine is shared

  it('keeps the invariants on lines made of contact-like parts', () => {
    fc.assert(fc.property(partyLine, checkInvariants), { numRuns: 2000 });
  }, 30_000); // a test timeout, not a timing assertion: the machine is shared

  it('never throws on non-strings at runtime', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => 'x', new String('Anna Berger'), 10n]) {
      expect(parseQuickAdd(value as unknown as string)).toEqual({});
    }
  });

  it('handles huge input quickly', () => {
    const huge = 'Anna Berger, Lechner AG, anna@lechner.at, '.repeat(50_000) + 'a'.repeat(100_000);
    const started = performance.now();
    const result = parseQuickAdd(huge);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toMatchObject({
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      email: 'anna@lechner.at',
    });
    for (const pathological of [
      'a'.repeat(5000),
      '1 '.repeat(5000),
      '@'.repeat(5000),
      'a.'.repeat(5000),
      '+('.repeat(5000),
      'a-'.repeat(5000) + '@',
      'Dr. '.repeat(2000),
    ]) {
      const t = performance.now();
      parseQuickAdd(pathological);
      expect(performance.now() - t).toBeLessThan(200);
    }
  });

  it('handles control characters as spaces', () => {
    expect(parseQuickAdd('Anna\u0000Berger,\u0007Lechner\u200BAG')).toEqual({
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
    });
  });
});
