/**
 * Date and time text of the calendar UIs, in the page's language, → ISO local strings. Never uses
 * "now"; what can't be read with certainty gives null. The rules: docs/calendar-dates.md.
 */
import { pad } from '../text/pad';
import { localeOf, type PageLocale } from './locale';

/** Days ("YYYY-MM-DD", inclusive) the event lies in or near: supplies a year the text leaves out. */
export type DateHint = readonly [from: string, to: string];

/** Start and end as "YYYY-MM-DDTHH:mm", or "YYYY-MM-DD" (end = last day, inclusive) when allDay. */
export interface When {
  start: string;
  end: string;
  allDay: boolean;
}

interface Day {
  y?: number;
  m: number;
  d: number;
  /** Weekday shown beside the date (0 = Sunday): a check on the year and the day/month order. */
  w?: number;
}
interface Clock {
  h: number;
  mi: number;
  ap?: string;
}

/** Range words of the Outlook and Google texts where the language has one (en, de: seen 2026-06). */
const TO: Record<string, string> = { en: 'to', de: 'bis' };
const BARE = /^\s*\d{1,2}\.?\s*$/;
const TOKEN = /\d+|[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;

const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const weekday = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const order = (m: number, d: number): number => m * 32 + d;
const minutes = (c: Clock, ap = c.ap): number => (ap ? (c.h % 12) + (ap === 'p' ? 12 : 0) : c.h) * 60 + c.mi;
const hm = (t: number): string => `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
const valid = (day: Day): boolean => day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= 31;

/** Google's day key: (year − 1970) << 9 | month << 5 | day. */
export const dayKeyToIso = (key: number): string => iso((key >> 9) + 1970, (key >> 5) & 15, key & 31);

/** The name a word stands for in the language: month 1–12, weekday 20–26, else 0/undefined. */
const nameOf = (L: PageLocale, w: string): number | undefined => L.names.get(w) ?? L.names.get(w.replace(/\.$/, ''));

/**
 * A day in `s`: names of the language (whole words; a word naming two things counts as neither) or a
 * numeric date, whose day/month order comes from a day above 12, the weekday beside it, or the language.
 */
function parseDay(s: string, L: PageLocale): Day | null {
  let y: number | undefined;
  let m = 0;
  let d = 0;
  let w: number | undefined;
  const num = /(?<!\d)(\d{1,4})([./-]) ?(\d{1,2})\2 ?(\d{2,4})?(?!\d)/.exec(s);
  for (const t of s.replace(num?.[0] ?? '\0', ' ').match(TOKEN) ?? []) {
    const c = /\d/.test(t) ? -1 : nameOf(L, t);
    if (c === -1) {
      if (t.length === 4) y ??= +t;
      else if (!d && +t >= 1 && +t <= 31) d = +t;
    } else if (c && c <= 12) {
      if (m && m !== c) return null;
      m = c;
    } else if (c) w = c - 20;
  }
  if (num) {
    const [a, b, c] = [+num[1]!, +num[3]!, num[4]];
    const yy = c === undefined ? undefined : +c < 100 ? +c + 2000 : +c;
    // Two-part dates ("15.12.", hu "12. 15.") only with dots, as those languages print them.
    if (yy === undefined && num[2] !== '.') return null;
    const ways: [string, Day][] =
      num[1]!.length === 4
        ? [['ymd', { y: a, m: b, d: +c! }]]
        : [
            ['d', { y: yy, m: b, d: a }],
            ['m', { y: yy, m: a, d: b }],
          ];
    const fits = ways.filter(
      ([, x]) => valid(x) && (w === undefined || x.y === undefined || weekday(x.y, x.m, x.d) === w),
    );
    const o = yy === undefined ? L.order.replace('y', '') : L.order;
    const pick = fits.length === 1 ? fits[0] : fits.find(([k]) => o[0] === k);
    return pick ? { ...pick[1], w } : null;
  }
  return d ? { y, m, d, w } : null;
}

/** One side of a range: a clock time (loose: a bare number counts) and the date left over. */
function side(s: string, loose: boolean, L: PageLocale): { c?: Clock; day: Day | null } {
  for (const m of s.matchAll(L.clock)) {
    const ap = m[1] ?? m[5];
    const h = +m[2]!;
    if ((loose || m[3] || ap || m[4]) && h < (ap ? 13 : 25) && +(m[3] ?? 0) < 60) {
      const c = { h, mi: +(m[3] ?? 0), ap: ap && (L.pm.test(ap) ? 'p' : 'a') };
      return { c, day: parseDay(s.replace(m[0], ' '), L) };
    }
  }
  return { day: parseDay(s, L) };
}

/** The year that puts month/day nearest to the hinted days, among those where its weekday fits. */
function pickYear(day: Day, [from, to]: DateHint): number | undefined {
  const f = Date.parse(from);
  const t = Date.parse(to);
  const y0 = +from.slice(0, 4);
  const gap = (y: number): number => {
    const x = Date.UTC(y, day.m - 1, day.d);
    return x < f ? f - x : x > t ? x - t : 0;
  };
  const years = [y0, y0 - 1, y0 + 1].filter((y) => day.w === undefined || weekday(y, day.m, day.d) === day.w);
  return years.length ? years.reduce((a, b) => (gap(b) < gap(a) ? b : a)) : undefined;
}

/** "HH:mm" of a time text in `lang` ("6:30pm", "18:30", "18 Uhr", "18.30"), or undefined. */
export function clockText(s: string, lang: string): string | undefined {
  const L = localeOf(lang);
  const c = L && side(L.lower(s), true, L).c;
  return c ? hm(minutes(c)) : undefined;
}

/**
 * Parses a date line in `lang`: "Donnerstag, 10. Dezember⋅18:00–23:00", "mardi 15 décembre ⋅ 18:00 – 23:00",
 * "Sunday, January 21, 2024", "April 25, 2023, 11:15pm – April 26, 2023, 6:45am", "10.–12. Dezember",
 * "6pm – 11pm" (date from a one-day hint). A missing year comes from the hint; without one, or when
 * anything contradicts (a weekday that doesn't fit the date), null.
 */
export function parseWhen(text: string, hint: DateHint | undefined, lang: string): When | null {
  const L = localeOf(lang);
  if (!L) return null;
  const t = L.lower(text).trim();
  const to = TO[lang.slice(0, 2).toLowerCase()];
  const sep = new RegExp(
    String.raw`\s*[–—]\s*|\s+-\s+|(?<=\d[:.]\d\d)-(?=\d)${to ? String.raw`|\s+${to}\s+` : ''}`,
    'u',
  );
  const parts = t.split(/\s*[⋅·]\s*/);
  const fixed = parts.length > 1 ? parseDay(parts[0]!, L) : undefined;
  const [a = '', b, more] = (fixed === undefined ? t : parts.slice(1).join(' ')).split(sep);
  if (more !== undefined) return null;
  const loose = fixed !== undefined;
  const strictR = b === undefined ? undefined : side(b, loose, L);
  const Ls = side(a, loose || (BARE.test(a) && !!strictR?.c), L);
  const R = strictR === undefined ? Ls : BARE.test(b!) && Ls.c && !strictR.c ? side(b!, true, L) : strictR;
  let dl = fixed === undefined ? (Ls.day ?? R.day) : fixed;
  let dr = fixed === undefined ? (R.day ?? Ls.day) : fixed;
  if (!dl || !dr) {
    if (!hint || hint[0] !== hint[1] || (!Ls.c && !R.c)) return null;
    const [y, m, d] = hint[0].split('-').map(Number) as [number, number, number];
    dl = dr = { y, m, d };
  }
  const ml = dl.m || dr.m;
  const mr = dr.m || dl.m;
  if (!ml) return null;
  const back = order(ml, dl.d) > order(mr, dr.d);
  const yl = dl.y ?? (dr.y !== undefined ? dr.y - +back : hint && pickYear({ ...dl, m: ml }, hint));
  if (yl === undefined) return null;
  const yr = dr.y ?? yl + +back;
  for (const [x, y, m] of [
    [dl, yl, ml],
    [dr, yr, mr],
  ] as const) {
    if (x.w !== undefined && weekday(y, m, x.d) !== x.w) return null;
  }
  const start = iso(yl, ml, dl.d);
  let end = iso(yr, mr, dr.d);
  if (end < start) return null;
  if (!Ls.c && !R.c) return { start, end, allDay: true };
  const cl = Ls.c ?? R.c!;
  const cr = R.c ?? Ls.c!;
  let ms = minutes(cl, cl.ap ?? cr.ap);
  const me = minutes(cr, cr.ap ?? cl.ap);
  if (!cl.ap && cr.ap && ms > me) ms = minutes(cl, 'a');
  if (start === end && me < ms) end = iso(yr, mr, dr.d + 1);
  return { start: `${start}T${hm(ms)}`, end: `${end}T${hm(me)}`, allDay: false };
}

/** The clock times in `s` that say they are times (minutes, a day period or an hour word), as written. */
export function clocksIn(s: string, lang: string): string[] {
  const L = localeOf(lang);
  return L ? [...L.lower(s).matchAll(L.clock)].filter((m) => m[1] || m[3] || m[4] || m[5]).map((m) => m[0].trim()) : [];
}

/** The words of `s` that no date in `lang` has (neither names nor pattern words); null when Intl knows no `lang`. */
export function foreignWords(s: string, lang: string): string[] | null {
  const L = localeOf(lang);
  if (!L) return null;
  return (L.lower(s).match(TOKEN) ?? []).filter(
    (t) => !/\d/.test(t) && !nameOf(L, t) && !L.filler.has(t.replace(/\.$/, '')),
  );
}
