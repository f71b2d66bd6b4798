/**
 * Outlook grid tiles: `title` ("Subject\n[Location\n]start to end") + accessible label → event fields.
 * The label's grammar is read by its structure, in any language (docs/calendar-dates.md): the subject,
 * then a segment with two times (or one without digits: all day), then the date in the page's language.
 * Only the organizer needs words of the language: where they are unknown, it is left out.
 */
import { clocksIn, foreignWords, parseWhen, type DateHint, type When } from './dates';

export interface TileEvent {
  title: string;
  start?: string;
  end?: string;
  allDay: boolean;
  location?: string;
  organizer?: string;
}

/**
 * "By {organizer}" and the segments that may follow it (show-as, "Recurring event", …): en seen 2026-06 and
 * 2026-12 (docs/calendar-markup.md); de assumed 2026-10, fr/es/it/nl/pl assumed 2026-12 as our fixtures print them
 * (unverified: a label worded otherwise gives no organizer, never a wrong one). Other languages: no organizer.
 */
const WORDS: Record<string, [by: string, after: RegExp]> = {
  en: [
    'by',
    /^(?:busy|free|tentative|away|out of office|working elsewhere|(?:exception to )?recurring event|cancell?ed)$/,
  ],
  de: ['von', /^(?:beschäftigt|frei|mit vorbehalt|abwesend|an anderem ort tätig)$/],
  fr: ['par', /^(?:occupé|provisoire|libre)$/],
  es: ['de', /^(?:ocupado|provisional|disponible)$/],
  it: ['di', /^(?:occupato|provvisorio|disponibile)$/],
  nl: ['door', /^(?:bezet|voorlopig|vrij)$/],
  pl: ['od', /^(?:zajęty|wstępnie zaakceptowane|wolny)$/],
};
/** All-day words, needed only for a label without a title (en seen 2026-06/12, de assumed 2026-10). */
const ALL_DAY = /^(?:all day event|ganztägig(?:es ereignis)?)$/i;

/** The date and times from the segments after the subject, and the segments left after the date. */
function readWhen(segs: string[], lang: string, hint: DateHint | undefined, anyAllDay: boolean) {
  const [first = '', ...more] = segs;
  const clocks = clocksIn(first, lang);
  const timed = clocks.length === 2 && !/\d/.test(clocks.reduce((s, c) => s.replace(c, ''), first.toLowerCase()));
  if (!timed && (/\d/.test(first) || !(anyAllDay || ALL_DAY.test(first)))) return null;
  // The date's segments: its own words only; an all-day range has one more word between its two dates ("to").
  let to: string | undefined;
  let j = 0;
  for (; j < more.length; j++) {
    const odd = foreignWords(more[j]!, lang);
    if (
      !odd ||
      odd.length > 1 ||
      (odd.length && (timed || to || !more[j]!.toLocaleLowerCase(lang).includes(`${odd[0]} `)))
    )
      break;
    to ??= odd[0];
  }
  const text = more.slice(0, j).join(', ');
  const when: When | null = timed
    ? parseWhen(`${text}⋅${clocks[0]} – ${clocks[1]}`, hint, lang)
    : parseWhen(to ? text.toLocaleLowerCase(lang).replace(` ${to} `, ' – ') : text, hint, lang);
  return { when: when && when.allDay !== timed ? when : null, tail: more.slice(j) };
}

/** Reads a tile. Subjects may contain commas: the title's first line tells where the subject ends in the label. */
export function parseTile(title: string, label: string, hint: DateHint | undefined, lang: string): TileEvent {
  const lines = title
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = label.replace(/\s+/g, ' ').trim();
  const subject = lines[0];
  const at = subject ? text.indexOf(subject) : -1;
  let read: ReturnType<typeof readWhen> = null;
  let cut = at >= 0 ? at + subject!.length : -1;
  if (cut >= 0) read = readWhen(text.slice(cut + 2).split(', '), lang, hint, !/\d/.test(lines.at(-1)!));
  else {
    // No title: the subject ends where a time segment (or the all-day words) begins; "{icon} icon, " goes first.
    const bare = text.replace(/^(?:[^,]* icon, )+/i, '');
    for (let i = bare.indexOf(', '); i >= 0 && !read; i = bare.indexOf(', ', i + 1)) {
      read = readWhen(bare.slice(i + 2).split(', '), lang, hint, false);
      cut = i;
    }
    if (!read) cut = -1;
    else lines[0] = bare.slice(0, cut);
  }
  // The title names the location: its segments are no organizer ("By the Lake").
  const place = lines.slice(1, -1).join(', ');
  const n = place ? place.split(', ').length : 0;
  const tail = read ? read.tail.slice(n && read.tail.slice(0, n).join(', ') === place ? n : 0) : [];
  const [by, after] = WORDS[lang.slice(0, 2).toLowerCase()] ?? [];
  const low = tail.map((s) => s.toLowerCase());
  const end = after ? low.findIndex((s) => after.test(s)) : -1;
  const from = end < 0 ? -1 : low.slice(0, end).findLastIndex((s) => s.startsWith(`${by} `));
  const organizer = from < 0 ? undefined : [tail[from]!.slice(by!.length + 1), ...tail.slice(from + 1, end)].join(', ');
  const location = title ? place : end >= 0 ? tail.slice(0, from < 0 ? end : from).join(', ') : '';
  return {
    title: lines[0] ?? text,
    allDay: false,
    ...read?.when,
    location: location || undefined,
    organizer,
  };
}
