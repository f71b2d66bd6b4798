// 'full': the project's own lossless format. One column per contact field,
// named exactly like the field, after a marker column "sternstunde" whose cells
// hold the format version. The lists (e-mails, phones, addresses, websites,
// tags, partner fit) are JSON. Version full-1 (single e-mail/phone/website/
// linkedin/address columns) is still read; its single fields become list entries.
import * as v from 'valibot';
import type { ContactInput } from '../../model/contact';
import { type LegacyContactFields, upgradeContact } from '../../model/contact-upgrade';
import { normaliseHeader } from '../headers';
import { neutralise, restore } from '../neutralise';
import type { Cells, RowResult, Table } from '../types';
import { type CsvColumn, toTable } from './table';

export const FULL_MARKER = 'sternstunde';
const VERSION = 'full-2';
const READABLE_VERSIONS = ['full-1', VERSION];

const text = v.string();
const optionalText = v.optional(text);
const labelled = v.object({ label: text, value: text });
// Unknown keys (e164 too: it is derived from the number when the contact is stored) are dropped.
const LIST_SCHEMAS = {
  emails: v.array(labelled),
  phones: v.array(labelled),
  addresses: v.array(
    v.object({
      label: text,
      street: optionalText,
      extended: optionalText,
      poBox: optionalText,
      postalCode: optionalText,
      city: optionalText,
      region: optionalText,
      country: optionalText,
      formatted: optionalText,
    }),
  ),
  websites: v.array(labelled),
  tags: v.array(text),
  partnerFit: v.array(text),
};
type ListField = keyof typeof LIST_SCHEMAS;

const LIST_EXAMPLES: Record<ListField, string> = {
  emails: '[{"label":"work","value":"a@b.at"}]',
  phones: '[{"label":"mobile","value":"+43 660 1234567"}]',
  addresses: '[{"label":"work","street":"Ringstraße 5","city":"Wien"}]',
  websites: '[{"label":"work","value":"https://x.at"}]',
  tags: '["a","b"]',
  partnerFit: '["a","b"]',
};

const FULL_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  'prefix',
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'nickname',
  'company',
  'jobTitle',
  'department',
  'birthday',
  'emails',
  'phones',
  'addresses',
  'websites',
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
  'followUpEmail',
] as const satisfies readonly (keyof ContactInput)[];

type FullField = (typeof FULL_FIELDS)[number];
// Compile-time guard: a field added to the model must get a column here.
const everyFieldHasAColumn: Exclude<keyof ContactInput, FullField> extends never ? true : never = true;
void everyFieldHasAColumn;

const isList = (field: string): field is ListField => Object.hasOwn(LIST_SCHEMAS, field);

/** Columns of full-1 that full-2 carries in the lists. */
const LEGACY_FIELDS = [
  'email',
  'phone',
  'website',
  'linkedin',
  'address',
] as const satisfies readonly (keyof LegacyContactFields)[];

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

/** The list as written: only the model's keys of each entry, and no e164 (derived, recomputed on import). */
function listJson(contact: ContactInput, field: ListField): string {
  const entries = {
    emails: () => contact.emails.map(({ label, value }) => ({ label, value })),
    phones: () => contact.phones.map(({ label, value }) => ({ label, value })),
    addresses: () =>
      contact.addresses.map(({ label, street, extended, poBox, postalCode, city, region, country, formatted }) => ({
        label,
        street,
        extended,
        poBox,
        postalCode,
        city,
        region,
        country,
        formatted,
      })),
    websites: () => contact.websites.map(({ label, value }) => ({ label, value })),
    tags: () => contact.tags,
    partnerFit: () => contact.partnerFit,
  }[field];
  return JSON.stringify(entries());
}

const COLUMNS: readonly CsvColumn[] = [
  { header: FULL_MARKER, value: () => VERSION },
  ...FULL_FIELDS.map((field): CsvColumn => ({
    header: field,
    value: (contact) => (isList(field) ? listJson(contact, field) : contact[field]),
  })),
];

export const fullTable = (contacts: readonly ContactInput[]): Table => toTable(COLUMNS, contacts, encodeCell);

function parseList(field: ListField, json: string): unknown[] | undefined {
  try {
    const result = v.safeParse(LIST_SCHEMAS[field], JSON.parse(json));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

const FIELD_KEYS = [...FULL_FIELDS, ...LEGACY_FIELDS].map((field) => [field, normaliseHeader(field)] as const);
const MARKER_KEY = normaliseHeader(FULL_MARKER);

export function readFull(cells: Cells): RowResult {
  const version = cells.get(MARKER_KEY);
  if (version !== undefined && !READABLE_VERSIONS.includes(version)) {
    return {
      error: `unsupported Sternstunde format "${version}" (this version reads "${READABLE_VERSIONS.join('", "')}")`,
    };
  }
  const row: Record<string, unknown> = {};
  for (const [field, key] of FIELD_KEYS) {
    const cell = cells.get(key);
    if (cell === undefined) continue;
    const value = decodeCell(cell);
    if (value === undefined) return { error: `${field}: malformed escaped text` };
    if (isList(field)) {
      const list = parseList(field, value);
      if (!list) return { error: `${field}: expected a JSON list like ${LIST_EXAMPLES[field]}` };
      row[field] = list;
    } else if (field === 'followUpStatus') {
      if (value !== 'open' && value !== 'done')
        return { error: `followUpStatus: expected "open" or "done", got "${value}"` };
      row[field] = value;
    } else {
      row[field] = value;
    }
  }
  return { contact: upgradeContact(row) };
}
