// Date labels in every European UI language, printed the way the apps print them (CLDR through Intl, as
// Google's Closure i18n and Microsoft's Intl do): each reading is exactly right or absent, never wrong.
import { afterAll, describe, expect, test } from 'vitest';
import { parseWhen, type DateHint, type When } from '../../../lib/calendars/dates';
import { parseTile } from '../../../lib/calendars/outlook-label';

const LANGS = [
  'de',
  'en-US',
  'en-GB',
  'fr',
  'it',
  'es',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'hu',
  'sv',
  'da',
  'nb',
  'fi',
  'ro',
  'hr',
  'sl',
  'el',
  'tr',
  // Further languages where the same rules hold.
  'de-AT',
  'de-CH',
  'fr-CH',
  'it-CH',
  'pt-PT',
  'es-ES',
  'ca',
  'et',
  'lv',
  'lt',
  'bg',
  'uk',
  'sr-Latn',
  'is',
];
/** The first 21: the UI languages both apps offer in Europe. */
const CORE = 21;
// Outlook's range word and all-day words are not in Intl: the parser reads them by structure, so any word
// serves here (these follow the examples; the rest are placeholders of the same shape).
const TO: Record<string, string> = {
  de: 'bis',
  en: 'to',
  fr: 'à',
  it: 'a',
  es: 'a',
  pt: 'a',
  nl: 'tot',
  pl: 'do',
  cs: 'do',
  sk: 'do',
};
const ALL_DAY: Record<string, string> = { de: 'Ganztägiges Ereignis', en: 'All day event' };

const utc = (s: string): Date => new Date(`${s}Z`);
const fmt = (lang: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...o });
const LONG = { weekday: 'long', day: 'numeric', month: 'long' } as const;
const WEEK: DateHint = ['2026-12-13', '2026-12-19'];
const NEW_YEAR: DateHint = ['2026-12-27', '2027-01-02'];

interface Case {
  name: string;
  label: string;
  want: When;
  read: () => Partial<When> | null;
}

/** The cases of one language: Google's popup date line and Outlook's tile label and reading view. */
function cases(lang: string): Case[] {
  const base = lang.slice(0, 2);
  const to = TO[base] ?? 'до';
  const t24 = fmt(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  const t12 = fmt(lang, { hour: 'numeric', minute: '2-digit', hour12: true });
  const [s, e] = [utc('2026-12-15T18:00'), utc('2026-12-15T23:30')];
  const dayLine = fmt(lang, LONG).format(s);
  const timed = { start: '2026-12-15T18:00', end: '2026-12-15T23:30', allDay: false };
  const g = (name: string, label: string, want: When, hint?: DateHint): Case => ({
    name,
    label,
    want,
    read: () => parseWhen(label, hint, lang),
  });
  const out: Case[] = [
    g('google timed 24 h', `${dayLine} ⋅ ${t24.formatRange(s, e)}`, timed, WEEK),
    g('google timed 12 h', `${dayLine} ⋅ ${t12.formatRange(s, e)}`, timed, WEEK),
    g('google all-day', dayLine, { start: '2026-12-15', end: '2026-12-15', allDay: true }, WEEK),
    g(
      'google multi-day',
      fmt(lang, { day: 'numeric', month: 'long' }).formatRange(s, utc('2026-12-17T00:00')),
      { start: '2026-12-15', end: '2026-12-17', allDay: true },
      WEEK,
    ),
    g(
      'google other year, no hint',
      `${fmt(lang, { ...LONG, year: 'numeric' }).format(utc('2027-01-12T10:00'))} ⋅ ${t24.formatRange(utc('2027-01-12T10:00'), utc('2027-01-12T12:00'))}`,
      { start: '2027-01-12T10:00', end: '2027-01-12T12:00', allDay: false },
    ),
    g(
      'google new year from the view',
      `${fmt(lang, LONG).format(utc('2027-01-01T00:00'))} ⋅ ${t24.formatRange(utc('2027-01-01T11:00'), utc('2027-01-01T13:00'))}`,
      { start: '2027-01-01T11:00', end: '2027-01-01T13:00', allDay: false },
      NEW_YEAR,
    ),
    g(
      'google multi-day timed across the year',
      fmt(lang, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatRange(utc('2026-12-31T22:00'), utc('2027-01-01T02:00')),
      { start: '2026-12-31T22:00', end: '2027-01-01T02:00', allDay: false },
    ),
    g(
      'google multi-day across the year',
      fmt(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
        utc('2026-12-30T00:00'),
        utc('2027-01-02T00:00'),
      ),
      { start: '2026-12-30', end: '2027-01-02', allDay: true },
    ),
    g(
      'outlook reading view, numeric date (day ≤ 12)',
      `${fmt(lang, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' }).format(utc('2026-12-08T00:00'))} ${t24.format(utc('2026-12-08T09:30'))} - ${t24.format(utc('2026-12-08T10:00'))}`,
      { start: '2026-12-08T09:30', end: '2026-12-08T10:00', allDay: false },
    ),
  ];
  const full = fmt(lang, { ...LONG, year: 'numeric' });
  for (const [name, clock] of [
    ['outlook tile 24 h', t24],
    ['outlook tile 12 h', t12],
  ] as const) {
    const times = `${clock.format(s)} ${to} ${clock.format(e)}`;
    const title = `Fête de Noël, Lechner\nGasthaus Stern, Linz\n${times}`;
    const label = `Recurring event icon, Fête de Noël, Lechner, ${times}, ${full.format(s)}, Gasthaus Stern, Linz, Max Lechner, Busy, Recurring event`;
    out.push({ name, label, want: timed, read: () => parseTile(title, label, WEEK, lang) });
  }
  const days = `${full.format(s)} ${to} ${full.format(utc('2026-12-17T00:00'))}`;
  const label = `Messe, ${ALL_DAY[base] ?? 'Celodenní událost'}, ${days}, Messe Wien, Free`;
  out.push({
    name: 'outlook tile all-day range',
    label,
    want: { start: '2026-12-15', end: '2026-12-17', allDay: true },
    read: () => parseTile(`Messe\nMesse Wien\n${ALL_DAY[base] ?? 'Celý den'}`, label, WEEK, lang),
  });
  return out;
}

const counts: Record<string, { right: number; absent: number; wrong: number; 'absent cases': string }> = {};
afterAll(() => console.table(counts));

describe.each(LANGS)('%s', (lang) => {
  test('every label is read exactly right or not at all', () => {
    const wrong: string[] = [];
    const c = (counts[lang] = { right: 0, absent: 0, wrong: 0, 'absent cases': '' });
    for (const x of cases(lang)) {
      const got = x.read();
      const when = got && got.start !== undefined ? { start: got.start, end: got.end, allDay: got.allDay } : null;
      if (!when) c['absent cases'] += `${c.absent++ ? '; ' : ''}${x.name}`;
      else if (JSON.stringify(when) === JSON.stringify(x.want)) c.right++;
      else wrong.push(`${x.name}: "${x.label}" → ${JSON.stringify(when)}, want ${JSON.stringify(x.want)}`);
    }
    c.wrong = wrong.length;
    expect(wrong).toEqual([]);
    // The languages the apps offer in Europe read every popup line (a parser that reads nothing fails here).
    if (LANGS.indexOf(lang) < CORE) expect(c['absent cases']).not.toMatch(/google|reading view/);
  });
});
