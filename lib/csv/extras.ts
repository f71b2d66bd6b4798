// Sternstunde fields that Google and Outlook have no column for. They travel as
// "Label: value" pairs: Google custom fields, and a block of lines in Outlook's
// Notes. One table serves both directions and both formats.
import type { ContactInput } from '../model/contact';
import { pad } from '../text/pad';

export interface Extra {
  label: string;
  write: (contact: ContactInput) => string | undefined;
  /** Sets the field from text; false if the text doesn't fit (the caller keeps it in the notes). */
  read: (contact: ContactInput, text: string) => boolean;
}

const LIST_SEPARATOR = '; ';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * ISO date(-time) -> M/D/YYYY, the date form Google and Outlook use. The date
 * is the one written in the ISO text (no time-zone conversion, so the output
 * doesn't depend on where it runs); the time of day is dropped.
 */
export function toUsDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${Number(match[2])}/${Number(match[3])}/${match[1]}` : iso;
}

/** M/D/YYYY -> YYYY-MM-DD; ISO text passes unchanged; anything else: undefined. */
export function fromUsDate(text: string): string | undefined {
  if (ISO_DATE.test(text)) return text;
  const match = US_DATE.exec(text);
  if (!match) return undefined;
  const [month, day] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${match[3]}-${pad(month)}-${pad(day)}`;
}

const BIRTHDAY = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/** The text as the model's birthday ("YYYY-MM-DD", or "--MM-DD" without a year); undefined if it is neither. */
export function asBirthday(text: string): string | undefined {
  const match = BIRTHDAY.exec(text);
  if (!match) return undefined;
  const [month, day] = [Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? text : undefined;
}

const nonBlank = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;

const textExtra = (
  label: string,
  field: 'metAt' | 'introducedBy' | 'followUpPromise' | 'followUpContext' | 'followUpEmail',
): Extra => ({
  label,
  write: (contact) => nonBlank(contact[field]),
  read: (contact, text) => {
    contact[field] = text;
    return true;
  },
});

const listExtra = (label: string, field: 'tags' | 'partnerFit'): Extra => ({
  label,
  write: (contact) => nonBlank(contact[field].filter((item) => item.trim() !== '').join(LIST_SEPARATOR)),
  read: (contact, text) => {
    contact[field] = mergeItems(contact[field], text.split(';'));
    return true;
  },
});

/** Adds trimmed, non-empty items that aren't there yet. */
export function mergeItems(list: readonly string[], items: readonly string[]): string[] {
  const merged = [...list];
  for (const item of items.map((i) => i.trim())) if (item !== '' && !merged.includes(item)) merged.push(item);
  return merged;
}

export const EXTRAS: readonly Extra[] = [
  textExtra('Met at', 'metAt'),
  textExtra('Introduced by', 'introducedBy'),
  listExtra('Partner fit', 'partnerFit'),
  {
    label: 'Follow-up due',
    write: (contact) => (contact.followUpDue === undefined ? undefined : nonBlank(toUsDate(contact.followUpDue))),
    read: (contact, text) => {
      const date = fromUsDate(text);
      if (date !== undefined) contact.followUpDue = date;
      return date !== undefined;
    },
  },
  {
    label: 'Follow-up status',
    write: (contact) => contact.followUpStatus,
    read: (contact, text) => {
      const status = text.toLowerCase();
      if (status === 'open' || status === 'done') contact.followUpStatus = status;
      return status === 'open' || status === 'done';
    },
  },
  textExtra('Follow-up promise', 'followUpPromise'),
  textExtra('Follow-up context', 'followUpContext'),
  textExtra('Follow-up e-mail', 'followUpEmail'),
  listExtra('Tags', 'tags'),
];

export type Pair = readonly [label: string, value: string];

/** The pairs of a contact, in table order. */
export const extraPairs = (contact: ContactInput, extras: readonly Extra[]): Pair[] =>
  extras.flatMap((extra) => {
    const value = extra.write(contact);
    return value === undefined ? [] : [[extra.label, value] as const];
  });

/** Sets the fields the pairs name; returns "Label: value" lines for the rest. */
export function applyPairs(contact: ContactInput, pairs: readonly Pair[]): string[] {
  const leftover: string[] = [];
  for (const [label, value] of pairs) {
    const extra = EXTRAS.find((e) => e.label.toLowerCase() === label.trim().toLowerCase());
    if (!extra?.read(contact, value.trim())) leftover.push(`${label}: ${value}`);
  }
  return leftover;
}

// Outlook has no custom fields: the pairs go into the notes after a marker line,
// one "Label: value" per line, further lines of a value indented by two spaces.
// The marker doesn't start with a formula character, so a block without notes
// before it needs no guard apostrophe (which Outlook would keep). Files written
// before used "--- Sternstunde ---"; it is still read.
const MARKER = '[Sternstunde]';
const MARKERS = [MARKER, '--- Sternstunde ---'];

/** Where the last marker line starts, and its length; undefined without one. */
function findMarker(text: string): { at: number; length: number } | undefined {
  let found: { at: number; length: number } | undefined;
  for (const marker of MARKERS) {
    const newlineAt = text.lastIndexOf(`\n${marker}`);
    const at = newlineAt !== -1 ? newlineAt + 1 : text.startsWith(marker) ? 0 : -1;
    if (at !== -1 && (!found || at > found.at)) found = { at, length: marker.length };
  }
  return found;
}
const INDENT = '  ';

export function notesWithPairs(notes: string | undefined, pairs: readonly Pair[]): string | undefined {
  const block =
    pairs.length === 0
      ? undefined
      : [MARKER, ...pairs.map(([label, value]) => `${label}: ${value.split(/\r\n|\r|\n/).join(`\n${INDENT}`)}`)].join(
          '\n',
        );
  return nonBlank([nonBlank(notes), block].filter((part) => part !== undefined).join('\n\n'));
}

/** The notes before the marker without the blank line notesWithPairs put there (CRLF if a program rewrote the line ends). */
function withoutSeparator(notes: string): string {
  for (const separator of ['\r\n\r\n', '\n\n', '\r\n', '\n']) {
    if (notes.endsWith(separator)) return notes.slice(0, -separator.length);
  }
  return notes;
}

/**
 * Inverse of notesWithPairs: the user's notes, exactly as they were (only the
 * blank line that separated them from the block is removed), and the pairs
 * after the last marker line. Lines under the marker that aren't pairs (typed
 * there by the user) stay in the notes.
 */
export function splitNotes(text: string): { notes?: string; pairs: Pair[] } {
  const marker = findMarker(text);
  if (!marker) return { notes: nonBlank(text), pairs: [] };
  const { at, length } = marker;
  const notes = nonBlank(withoutSeparator(text.slice(0, at)));
  const pairs: [string, string][] = [];
  const stray: string[] = [];
  for (const line of text.slice(at + length).split(/\r\n|\r|\n/)) {
    const last = pairs[pairs.length - 1];
    const match = /^([^:]+): ?(.*)$/s.exec(line);
    if (line.startsWith(INDENT) && last) last[1] += `\n${line.slice(INDENT.length)}`;
    else if (match?.[1] !== undefined && match[2] !== undefined) pairs.push([match[1], match[2]]);
    else if (line.trim() !== '') stray.push(line);
  }
  return { notes: nonBlank([notes, ...stray].filter((part) => part !== undefined).join('\n')), pairs };
}
