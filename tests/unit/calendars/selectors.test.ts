// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GOOGLE_SELECTORS } from '../../../lib/calendars/google';
import { OUTLOOK_SELECTORS } from '../../../lib/calendars/outlook';
import type { Selector } from '../../../lib/calendars/selectors';

// Every calendar hook carries its status, a date and a section of docs/calendar-markup.md (as
// refined-github keeps its selectors' test URLs): this lists the assumed ones on each run.
const DOC = readFileSync(resolve(import.meta.dirname, '../../../docs/calendar-markup.md'), 'utf8');
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  '#' +
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- ]/gu, '')
    .replace(/ /g, '-');
const anchors = new Set([...DOC.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slug(m[1] ?? '')));
const tables: [string, Record<string, Selector>][] = [
  ['google', GOOGLE_SELECTORS],
  ['outlook', OUTLOOK_SELECTORS],
];
const all = tables.flatMap(([app, table]) => Object.entries(table).map(([name, s]) => [`${app}.${name}`, s] as const));

describe('calendar selectors', () => {
  test.each(all)('%s has a status, a date and a documented source', (_, s) => {
    expect(['verified', 'assumed']).toContain(s.status);
    expect(s.since).toMatch(/^20\d\d(-(0[1-9]|1[0-2]))?$/);
    expect(anchors).toContain(s.source);
    expect(() => document.querySelectorAll(s.css)).not.toThrow();
  });

  test('the assumed ones are listed', () => {
    const open = all.filter(([, s]) => s.status === 'assumed');
    console.info(
      `Assumed calendar selectors (${open.length}), to verify against a live page:\n` +
        open
          .map(([name, s]) => `  ${name}  ${s.css}  (assumed ${s.since}, docs/calendar-markup.md${s.source})`)
          .join('\n'),
    );
    // The anchors themselves must come from the document, or every source check above would pass vacuously.
    expect(anchors).toContain('#google-details-popup');
    expect(open.map(([name]) => name)).toEqual(['outlook.anyPane', 'outlook.heading', 'outlook.place']);
  });
});
