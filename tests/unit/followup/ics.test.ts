import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { icsEvent } from '../../../lib/followup';

const start = new Date('2026-12-11T17:00:00.000Z');
const end = new Date('2026-12-11T17:30:00.000Z');

/** Independent reader: unfold (RFC 5545 3.1), split properties, unescape TEXT. */
function parseIcs(text: string): { lines: string[]; props: Map<string, string[]> } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // only CRLF line ends
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').slice(0, -1);
  const props = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    props.set(name, [...(props.get(name) ?? []), value]);
  }
  return { lines, props };
}

const one = (props: Map<string, string[]>, name: string) => {
  const values = props.get(name);
  expect(values, name).toHaveLength(1);
  return values?.[0];
};

describe('icsEvent', () => {
  it('writes one VEVENT inside a VCALENDAR with the required properties in UTC', () => {
    const text = icsEvent({
      summary: 'Follow-up: Anna Berger',
      start,
      end,
      description: 'Met at the Lechner party',
      location: 'Wien',
    });
    const { lines, props } = parseIcs(text);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Sternstunde//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines.slice(-2)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
    expect(props.get('BEGIN')).toEqual(['VCALENDAR', 'VEVENT']);
    expect(one(props, 'DTSTART')).toBe('20261211T170000Z');
    expect(one(props, 'DTEND')).toBe('20261211T173000Z');
    expect(one(props, 'DTSTAMP')).toBe('20261211T170000Z');
    expect(one(props, 'SUMMARY')).toBe('Follow-up: Anna Berger');
    expect(one(props, 'DESCRIPTION')).toBe('Met at the Lechner party');
    expect(one(props, 'LOCATION')).toBe('Wien');
    expect(one(props, 'UID')).toMatch(/^[0-9a-f]{16}@sternstunde$/);
  });

  it('drops milliseconds and converts to UTC', () => {
    const text = icsEvent({
      summary: 'x',
      start: new Date('2026-06-30T23:59:59.999+02:00'),
      end: new Date('2026-07-01T00:15:00+02:00'),
    });
    const { props } = parseIcs(text);
    expect(one(props, 'DTSTART')).toBe('20260630T215959Z');
    expect(one(props, 'DTEND')).toBe('20260630T221500Z');
  });

  it('omits DESCRIPTION and LOCATION when absent or empty', () => {
    const { props } = parseIcs(icsEvent({ summary: 'x', start, end, description: '' }));
    expect(props.has('DESCRIPTION')).toBe(false);
    expect(props.has('LOCATION')).toBe(false);
  });

  it('uses the given uid and stamp', () => {
    const { props } = parseIcs(
      icsEvent({ summary: 'x', start, end, uid: 'abc-1@example.org', stamp: new Date('2026-12-01T08:00:00Z') }),
    );
    expect(one(props, 'UID')).toBe('abc-1@example.org');
    expect(one(props, 'DTSTAMP')).toBe('20261201T080000Z');
  });

  it('is deterministic: same content, same text and UID; other content, other UID', () => {
    const a = icsEvent({ summary: 'Call Anna', start, end });
    expect(icsEvent({ summary: 'Call Anna', start, end })).toBe(a);
    const uid = (t: string) => parseIcs(t).props.get('UID')?.[0];
    expect(uid(icsEvent({ summary: 'Call Anne', start, end }))).not.toBe(uid(a));
    expect(uid(icsEvent({ summary: 'Call Anna', start, end: new Date(end.getTime() + 1000) }))).not.toBe(uid(a));
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    const text = icsEvent({
      summary: 'a\\b;c,d',
      start,
      end,
      description: 'line 1\nline 2\r\nline 3\rend',
      location: 'Hof 1, 1010 Wien; 2. Stock',
    });
    expect(text).toContain('SUMMARY:a\\\\b\\;c\\,d\r\n');
    expect(text).toContain('DESCRIPTION:line 1\\nline 2\\nline 3\\nend\r\n');
    expect(text).toContain('LOCATION:Hof 1\\, 1010 Wien\\; 2. Stock\r\n');
    const { props } = parseIcs(text);
    expect(one(props, 'SUMMARY')).toBe('a\\b;c,d');
    expect(one(props, 'DESCRIPTION')).toBe('line 1\nline 2\nline 3\nend');
  });

  it('drops control characters that TEXT may not contain', () => {
    const { props } = parseIcs(icsEvent({ summary: 'a\u0000b\u0007c\td', start, end }));
    expect(one(props, 'SUMMARY')).toBe('abcd');
  });

  it('folds long lines at 75 octets without splitting UTF-8 sequences', () => {
    const description = 'Grüße aus Wien — 🎄 Weihnachtsfeier bei der Lechner AG, Gespräch über Einkauf. '.repeat(6);
    const text = icsEvent({ summary: 'ü'.repeat(100), start, end, description });
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no split surrogate pair
      expect(line).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    const { props } = parseIcs(text);
    expect(one(props, 'SUMMARY')).toBe('ü'.repeat(100));
    expect(one(props, 'DESCRIPTION')).toBe(description);
  });

  it('folds a line of exactly 75 octets not at all and one of 76 octets once', () => {
    const fits = icsEvent({ summary: 'x'.repeat(75 - 'SUMMARY:'.length), start, end });
    expect(fits).toContain(`SUMMARY:${'x'.repeat(67)}\r\nEND:VEVENT`);
    expect(fits.split('\r\n').some((l) => l.startsWith(' '))).toBe(false);
    const over = icsEvent({ summary: 'x'.repeat(76 - 'SUMMARY:'.length), start, end });
    expect(over).toContain(`SUMMARY:${'x'.repeat(67)}\r\n x\r\n`);
  });

  it('rejects invalid dates and an end before the start', () => {
    expect(() => icsEvent({ summary: 'x', start: new Date(Number.NaN), end })).toThrow(RangeError);
    expect(() => icsEvent({ summary: 'x', start: end, end: start })).toThrow(RangeError);
  });

  it('round-trips any text through escaping and folding (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ maxLength: 200 }),
        (summary, location) => {
          const text = icsEvent({ summary, start, end, location });
          for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
          const { props, lines } = parseIcs(text);
          const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n]/gu, '');
          expect(one(props, 'SUMMARY')).toBe(clean(summary));
          if (clean(location)) expect(one(props, 'LOCATION')).toBe(clean(location));
          else expect(props.has('LOCATION')).toBe(false);
          expect(lines.filter((l) => l.startsWith('BEGIN:') || l.startsWith('END:'))).toHaveLength(4);
        },
      ),
    );
  });
});
