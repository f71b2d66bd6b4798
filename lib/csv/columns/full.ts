// 'full': the project's own lossless format. One column per ContactInput field,
// named exactly like the field, after a marker column "sternstunde" whose cells
// hold the format version.
import type { ContactInput } from '../../model/contact';
import { normaliseHeader } from '../headers';
import { neutralise, restore } from '../neutralise';
import type { Cells, RowResult, Table } from '../types';
import { type Column, toTable } from './table';

export const FULL_MARKER = 'sternstunde';
const VERSION = 'full-1';

const FULL_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  'prefix',
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'company',
  'jobTitle',
  'department',
  'email',
  'phone',
  'website',
  'linkedin',
  'address',
  'notes',
  'tags',
  'eventId',
  'metAt',
  'introducedBy',
  'partnerFit',
  'followUpDue',
  'followUpStatus',
  'followUpPromise',
  'followUpContext',
] as const satisfies readonly (keyof ContactInput)[];

type FullField = (typeof FULL_FIELDS)[number];
// Compile-time guard: a field added to the model must get a column here.
const everyFieldHasAColumn: Exclude<keyof ContactInput, FullField> extends never ? true : never = true;
void everyFieldHasAColumn;

type ListField = 'tags' | 'partnerFit';
const isList = (field: FullField): field is ListField => field === 'tags' || field === 'partnerFit';

// Cell codec on top of the formula guard (neutralise.ts), so that every value
// round-trips and an empty cell can mean "absent":
// - a value that is a run of apostrophes followed by a backslash or by nothing
//   gets one more apostrophe: "" <-> "'", "'" <-> "''", "\x" <-> "'\x";
// - so a cell starting with a backslash is free to mean: JSON string text. It is
//   used for values with characters the importer takes as signs of corruption
//   (NUL, U+FFFD, lone surrogates); JSON escapes them.
const SUSPICIOUS = /[\0\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NEEDS_GUARD = /^'*(?:\\|$)/;
const GUARDED = /^'+(?:\\|$)/;

function encodeCell(value: string): string {
  if (SUSPICIOUS.test(value)) return `\\${JSON.stringify(value).replace(/\uFFFD/g, '\\ufffd')}`;
  return NEEDS_GUARD.test(value) ? `'${value}` : neutralise(value);
}

function decodeCell(cell: string): string | undefined {
  if (cell.startsWith('\\')) {
    try {
      const value: unknown = JSON.parse(cell.slice(1));
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return GUARDED.test(cell) ? cell.slice(1) : restore(cell);
}

const COLUMNS: readonly Column[] = [
  { header: FULL_MARKER, value: () => VERSION },
  ...FULL_FIELDS.map((field): Column => ({
    header: field,
    value: (contact) => (isList(field) ? JSON.stringify(contact[field] ?? []) : contact[field]),
  })),
];

export const fullTable = (contacts: readonly ContactInput[]): Table => toTable(COLUMNS, contacts, encodeCell);

function parseList(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

const FIELD_KEYS = FULL_FIELDS.map((field) => [field, normaliseHeader(field)] as const);
const MARKER_KEY = normaliseHeader(FULL_MARKER);

export function readFull(cells: Cells): RowResult {
  const version = cells.get(MARKER_KEY);
  if (version !== undefined && version !== VERSION) {
    return { error: `unsupported Sternstunde format "${version}" (this version reads "${VERSION}")` };
  }
  const contact: ContactInput = { tags: [], partnerFit: [] };
  for (const [field, key] of FIELD_KEYS) {
    const cell = cells.get(key);
    if (cell === undefined) continue;
    const text = decodeCell(cell);
    if (text === undefined) return { error: `${field}: malformed escaped text` };
    if (isList(field)) {
      const list = parseList(text);
      if (!list) return { error: `${field}: expected a JSON list of texts like ["a","b"]` };
      contact[field] = list;
    } else if (field === 'followUpStatus') {
      if (text !== 'open' && text !== 'done')
        return { error: `followUpStatus: expected "open" or "done", got "${text}"` };
      contact[field] = text;
    } else {
      contact[field] = text;
    }
  }
  return { contact };
}
