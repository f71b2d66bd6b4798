import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFestiveEvent, type DetectOptions, type FestiveEventInput } from '../../../lib/detection/index';

function expectWellFormed(e: unknown, options?: unknown): void {
  const d = detectFestiveEvent(e as FestiveEventInput, options as DetectOptions);
  expect(typeof d.match).toBe('boolean');
  expect(d.score).toBeGreaterThanOrEqual(0);
  expect(d.score).toBeLessThanOrEqual(1);
  expect(Array.isArray(d.reasons)).toBe(true);
  expect(d.reasons.length).toBeLessThanOrEqual(4);
}

// strings mixing festive words, markup, entities and odd characters
const fragments = fc.constantFrom(
  'Weihnachtsfeier',
  'Einladung:',
  'Abgesagt:',
  ' @ Fr 11. Dez. 2026 17:00 (MEZ) (a@b.de)',
  '<b>',
  '</div',
  '<',
  '&amp;',
  '&#x1F384;',
  '&#99999999;',
  '&',
  '\u00ad',
  '\u200b',
  '\u00a0',
  '🎄',
  '\u0000',
  '\ud800',
  'x-mas',
  'ß',
);
const messy = fc
  .array(fc.oneof(fragments, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), {
    maxLength: 20,
  })
  .map((parts) => parts.join(''));
const anyValue = fc.oneof(messy, fc.anything());

describe('detector robustness', () => {
  it('never throws on arbitrary strings, and keeps the score in [0,1]', () => {
    fc.assert(
      fc.property(
        messy,
        fc.option(messy),
        fc.option(messy),
        fc.option(messy),
        (title, description, location, start) => {
          expectWellFormed({ title, description, location, start });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on non-string garbage in any field or option', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, anyValue, anyValue, (title, description, location, start, options) => {
        expectWellFormed({ title, description, location, start }, options);
      }),
      { numRuns: 300 },
    );
  });

  it('survives hostile objects and missing events', () => {
    const hostile = {
      get title(): string {
        throw new Error('getter');
      },
    };
    const throwingToString = {
      toString() {
        throw new Error('toString');
      },
    };
    const hostileOptions = {
      get include(): string[] {
        throw new Error('getter');
      },
    };
    expectWellFormed(undefined);
    expectWellFormed(null);
    expectWellFormed('Weihnachtsfeier');
    expectWellFormed(hostile);
    expectWellFormed({ title: throwingToString, description: Symbol('x') });
    expectWellFormed({ title: 'Weihnachtsfeier' }, hostileOptions);
    expectWellFormed({ title: undefined, start: '2026-99-99T99:99' });
  });

  it('handles a 200 KB description quickly', () => {
    const chunk = '<p class="x">Liebe Gäste &amp; Partner, 🎄 Glühwein\u00ad und Punsch <b>';
    const description = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const unclosed = '<'.repeat(200_000);
    const tagSoup = '<a'.repeat(100_000);
    for (const desc of [description, unclosed, tagSoup, '&'.repeat(200_000)]) {
      const t0 = performance.now();
      expectWellFormed({ title: 'Einladung', description: desc, start: '2026-12-11T18:00' });
      // generous bound against flakiness; real figures are in the bench
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });

  it('handles huge titles and locations', () => {
    const t0 = performance.now();
    expectWellFormed({ title: 'Weihnachts'.repeat(50_000), location: '🎄'.repeat(100_000) });
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
