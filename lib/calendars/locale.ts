/**
 * A UI language's date words, taken from Intl (CLDR, as both calendar apps print dates) for the
 * page's `lang`: no hand-written name tables. Built once per language, on first use. The facts
 * this relies on: docs/calendar-dates.md.
 */

export interface PageLocale {
  /** Lower-cased word → month 1–12 or weekday 20–26 (20 = Sunday); 0 = the word names two things. */
  names: Map<string, number>;
  /** Words of the language's date patterns that are no names ("de", "den"). */
  filler: Set<string>;
  /** A clock: [1] day period before, [2] hour, [3] minutes, [4] hour word ("Uhr", "h", "ч."), [5] day period after. */
  clock: RegExp;
  /** The afternoon's day period ("pm", "p. m.", "μ.μ.", "ös"). */
  pm: RegExp;
  /** Order of numeric dates, e.g. "dmy", "mdy", "ymd". */
  order: string;
  lower(s: string): string;
}

const cache = new Map<string, PageLocale | null>();
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A day period as a pattern that also matches it without dots or spaces ("p. m." → "pm", "p.m."). */
const loose = (s: string): string => esc(s).replace(/\\\./g, '\\.?').replace(/ /g, '\\s?');
const WORD = /[\p{L}\p{M}]+/gu;

function build(lang: string): PageLocale {
  const lower = (s: string): string => s.replace(/\s+/g, ' ').toLocaleLowerCase(lang);
  const names = new Map<string, number>();
  const filler = new Set<string>();
  const add = (word: string, code: number): void => {
    for (const k of new Set([word, word.replace(/\.$/, '')])) {
      const had = names.get(k);
      names.set(k, had === undefined || had === code ? code : 0);
    }
  };
  const fmt = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...o });
  const parts = (f: Intl.DateTimeFormat, ms: number): Intl.DateTimeFormatPart[] => f.formatToParts(ms);
  const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  const short = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
  // Month names stand alone (nominative) and beside a day (genitive: "grudnia"); weekdays may inflect too.
  const forms = [{ month: 'long' }, { month: 'short' }, { weekday: 'long' }, { weekday: 'short' }, long, short]
    .concat([
      { day: 'numeric', month: 'long' },
      { day: 'numeric', month: 'short' },
    ] as const)
    .map((o) => fmt(o as Intl.DateTimeFormatOptions));
  for (let i = 0; i < 12; i++) {
    // Day 15 of month i, and day 4 + i of January 2026 (the 4th is a Sunday) for the weekdays.
    for (const ms of [Date.UTC(2026, i, 15), Date.UTC(2026, 0, 4 + (i % 7))]) {
      const d = new Date(ms);
      for (const f of forms) {
        for (const p of parts(f, ms)) {
          const v = lower(p.value.trim());
          const words = v.match(WORD) ?? [];
          const code = p.type === 'month' ? d.getUTCMonth() + 1 : p.type === 'weekday' ? 20 + d.getUTCDay() : 0;
          // A name part may carry a pattern word ("de desembre", "d’octubre"): the last word is the name.
          if (code) {
            add(v, code);
            add(words.pop() ?? v, code);
          }
          for (const w of words) filler.add(w);
        }
      }
    }
  }
  const at = (o: Intl.DateTimeFormatOptions, h: number): Intl.DateTimeFormatPart[] =>
    parts(fmt(o), Date.UTC(2026, 0, 1, h));
  const h12 = { hour: 'numeric', minute: '2-digit', hour12: true } as const;
  const period = (h: number): string => lower(at(h12, h).find((p) => p.type === 'dayPeriod')?.value ?? '');
  const [am, pm] = [period(6), period(18)];
  const P = [am, pm].filter(Boolean).map(loose).join('|') || '(?!)';
  // Hour words of hour-only times ("18 Uhr", "18 h") and the hour–minute separator ("18.00" in da, fi).
  const hourWords = at({ hour: 'numeric', hourCycle: 'h23' }, 18).flatMap((p) =>
    p.type === 'literal' ? (lower(p.value).match(WORD) ?? []) : [],
  );
  const sep = at({ hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }, 18).find((p) => p.type === 'literal');
  const H = hourWords.map(esc).join('|') || '(?!)';
  const clock = new RegExp(
    String.raw`(?<![\p{L}\d.:])(?:(${P})\s?)?(\d{1,2})(?:[:${esc(sep?.value.trim() ?? ':')}](\d{2}))?(?!\d|[.:]\d)(?:\s?(${H})\.?(?![\p{L}\d]))?(?:\s?(${P})(?![\p{L}\d]))?`,
    'gu',
  );
  const order = fmt({ year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(0)
    .map((p) => (p.type === 'literal' ? '' : p.type[0]))
    .join('');
  for (const w of names.keys()) filler.delete(w);
  return { names, filler, clock, pm: new RegExp(`^(?:${pm ? loose(pm) : '(?!)'})$`, 'u'), order, lower };
}

/** The date words of `lang` (a BCP 47 tag such as the page's `lang`), or null when Intl does not know it. */
export function localeOf(lang: string): PageLocale | null {
  const key = lang.trim().toLowerCase();
  if (!cache.has(key)) {
    try {
      // A tag Intl has no data for would silently give the browser's own language: read nothing instead.
      cache.set(key, key && Intl.DateTimeFormat.supportedLocalesOf(key).length ? build(key) : null);
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key)!;
}
