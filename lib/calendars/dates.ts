/** Date and time text of the calendar UIs (German and English) → ISO local strings. Never uses "now". */

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
}
interface Clock {
  h: number;
  mi: number;
  ap?: string;
}

const MONTH = /^(?:(jan)|(feb)|(m[aä]r)|(apr)|(ma[iy])|(jun)|(jul)|(aug)|(sep)|(o[ck]t)|(nov)|(de[cz]))/i;
const CLOCK = /(?<![\d:])(\d{1,2})(?::(\d{2}))?(?!\d)\s*(?:([ap])\.?\s?m\b\.?|(uhr)\b)?/gi;
/** Range separators: dashes, "to", "bis"; a bare hyphen only before a time ("18:00-23:00"). */
const SEP = /\s*[–—]\s*|\s+-\s+|-(?=\d{1,2}:)|\s+(?:to|bis)\s+/i;
const BARE = /^\s*\d{1,2}\s*$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const order = (m: number, d: number): number => m * 32 + d;
const minutes = (c: Clock, ap = c.ap): number => (ap ? (c.h % 12) + (ap === 'p' ? 12 : 0) : c.h) * 60 + c.mi;
const hm = (t: number): string => `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;

/** Google's day key: (year − 1970) << 9 | month << 5 | day. */
export const dayKeyToIso = (key: number): string => iso((key >> 9) + 1970, (key >> 5) & 15, key & 31);

function parseDay(s: string): Day | null {
  const n = /(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})/.exec(s);
  if (n) {
    const [a, b, c] = [+n[1]!, +n[3]!, +n[4]!];
    const y = c < 100 ? c + 2000 : c;
    const day = n[2] === '-' ? { y: a, m: b, d: c } : n[2] === '/' ? { y, m: a, d: b } : { y, m: b, d: a };
    return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= 31 ? day : null;
  }
  let y: number | undefined;
  let m = 0;
  let d = 0;
  for (const w of s.match(/\d+|[^\s\d.,]+/g) ?? []) {
    if (/\d/.test(w)) {
      if (w.length === 4) y = +w;
      else if (!d && +w >= 1 && +w <= 31) d = +w;
    } else m ||= (MONTH.exec(w)?.slice(1).findIndex(Boolean) ?? -1) + 1;
  }
  return d ? { y, m, d } : null;
}

/** One side of a range: a clock time (loose: a bare number counts) and the date left over. */
function side(s: string, loose: boolean): { c?: Clock; day: Day | null } {
  for (const m of s.matchAll(CLOCK)) {
    if ((loose || m[2] || m[3] || m[4]) && +m[1]! < 25 && +(m[2] ?? 0) < 60) {
      return { c: { h: +m[1]!, mi: +(m[2] ?? 0), ap: m[3]?.toLowerCase() }, day: parseDay(s.replace(m[0], ' ')) };
    }
  }
  return { day: parseDay(s) };
}

/** The year that puts month/day nearest to the hinted days. */
function pickYear(m: number, d: number, [from, to]: DateHint): number {
  const f = Date.parse(from);
  const t = Date.parse(to);
  const y0 = +from.slice(0, 4);
  const gap = (y: number): number => {
    const x = Date.UTC(y, m - 1, d);
    return x < f ? f - x : x > t ? x - t : 0;
  };
  return [y0, y0 - 1, y0 + 1].reduce((a, b) => (gap(b) < gap(a) ? b : a));
}

/** "HH:mm" of a time text ("6:30pm", "18:30", "18 Uhr"), or undefined. */
export function clockText(s: string): string | undefined {
  const c = side(s, true).c;
  return c && hm(minutes(c));
}

/**
 * Parses a date line: "Donnerstag, 10. Dezember⋅18:00–23:00", "Wednesday, December 10⋅6 – 11pm",
 * "Sunday, January 21, 2024", "April 25, 2023, 11:15pm – April 26, 2023, 6:45am", "10. – 12. Dezember",
 * "6pm – 11pm" (date from a one-day hint). A missing year comes from the hint; without one: null.
 */
export function parseWhen(text: string, hint?: DateHint): When | null {
  const t = text.replace(/\s+/g, ' ');
  const parts = t.split(/\s*[⋅·]\s*/);
  const fixed = parts.length > 1 ? parseDay(parts[0]!) : undefined;
  const [a = '', b] = (fixed === undefined ? t : parts.slice(1).join(' ')).split(SEP);
  const loose = fixed !== undefined;
  const strictR = b === undefined ? undefined : side(b, loose);
  const L = side(a, loose || (BARE.test(a) && !!strictR?.c));
  const R = strictR === undefined ? L : BARE.test(b!) && L.c && !strictR.c ? side(b!, true) : strictR;
  let dl = fixed === undefined ? (L.day ?? R.day) : fixed;
  let dr = fixed === undefined ? (R.day ?? L.day) : fixed;
  if (!dl || !dr) {
    if (!hint || hint[0] !== hint[1] || (!L.c && !R.c)) return null;
    dl = dr = parseDay(hint[0]);
    if (!dl || !dr) return null;
  }
  const ml = dl.m || dr.m;
  const mr = dr.m || dl.m;
  if (!ml) return null;
  const back = order(ml, dl.d) > order(mr, dr.d);
  const yl = dl.y ?? (dr.y !== undefined ? dr.y - +back : hint && pickYear(ml, dl.d, hint));
  if (yl === undefined) return null;
  const yr = dr.y ?? yl + +back;
  const start = iso(yl, ml, dl.d);
  let end = iso(yr, mr, dr.d);
  if (!L.c && !R.c) return { start, end, allDay: true };
  const cl = L.c ?? R.c!;
  const cr = R.c ?? L.c!;
  let ms = minutes(cl, cl.ap ?? cr.ap);
  const me = minutes(cr, cr.ap ?? cl.ap);
  if (!cl.ap && cr.ap && ms > me) ms = minutes(cl, 'a');
  if (start === end && me < ms) end = iso(yr, mr, dr.d + 1);
  return { start: `${start}T${hm(ms)}`, end: `${end}T${hm(me)}`, allDay: false };
}
