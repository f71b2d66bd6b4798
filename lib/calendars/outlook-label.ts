/** Outlook grid tiles: `title` ("Subject\n[Location\n]start to end") + accessible label → event fields. */
import { parseWhen, type DateHint } from './dates';

export interface TileEvent {
  title: string;
  start?: string;
  end?: string;
  allDay: boolean;
  location?: string;
  organizer?: string;
}

// seen 2026-06 (calendar-dom.md), en: "[Canceled: ]{subject}, {start} to {end}, {weekday}, {month} {day}, {year}[, {location}], By {organizer}, {showAs}";
// de: "{subject}, 15:30 bis 17:00, Mittwoch, 10. Dezember 2026, {Ort}, Von {organizer}, Beschäftigt".
const T = String.raw`\d{1,2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?`;
/** "{weekday}, {month} {day}[, {year}]" or "{weekday}, {day}. {month}[ {year}]". */
const D = String.raw`[^,]+, [^,]+?(?:,? \d{4})?`;
const TIMED = new RegExp(String.raw`^, (${T}) (?:to|bis) (${T}), (${D})(?:, (.*))?$`);
// seen 2026-06 (calendar-dom.md), en: "{subject}, All day event, {date}[ to {date}]"; German wording assumed 2026-10 (unverified).
const ALL_DAY = new RegExp(
  String.raw`^, (?:All day event|Ganztägig(?:es Ereignis)?), (${D})(?: (?:to|bis) (${D}))?(?:, (.*))?$`,
  'i',
);
const START = new RegExp(String.raw`, (?:${T} (?:to|bis) |All day event|Ganztägig)`, 'i');
/** Tail "[{location}, ]By {organizer}, {showAs}": the last "By"/"Von" starts the organizer. */
const TAIL = /^(?:(.*), )?(?:By|Von) (.+), [^,]+$/;

/** Reads a tile. Subjects may contain commas: the title's first line tells where the subject ends in the label. */
export function parseTile(title: string, label: string, hint?: DateHint): TileEvent {
  const lines = title
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = label.replace(/\s+/g, ' ').trim();
  const at = lines[0] ? text.indexOf(lines[0]) : -1;
  const cut = at >= 0 ? at + lines[0]!.length : text.search(START);
  const rest = cut >= 0 ? text.slice(cut) : '';
  const timed = TIMED.exec(rest);
  const allDay = timed ? null : ALL_DAY.exec(rest);
  const when = timed
    ? parseWhen(`${timed[3]}⋅${timed[1]} – ${timed[2]}`, hint)
    : allDay && parseWhen(allDay[1] + (allDay[2] ? ` – ${allDay[2]}` : ''), hint);
  const tail = TAIL.exec((timed ? timed[4] : allDay?.[3]) ?? '');
  const location = title ? lines.slice(1, -1).join(', ') : tail?.[1];
  return {
    title: lines[0] ?? (cut >= 0 ? text.slice(0, cut) : text),
    allDay: false,
    ...when,
    location: location || undefined,
    organizer: tail?.[2],
  };
}
