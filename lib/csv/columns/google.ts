// Google Contacts CSV: 17 fixed columns, then numbered groups (docs/contacts-csv.md,
// "Google"): E-mail N, Phone N, Address N, Website N, each with its label, one
// value per group; Custom Field N pairs carry Sternstunde's own fields and
// Labels the tags. Import also reads several values joined with " ::: " in one
// group, Google's "* " mark of the primary entry, and the old header names.
import {
  type ADDRESS_PARTS as PART_KEYS,
  COMMON_LABELS,
  type ContactAddress,
  type ContactInput,
  type ContactLabel,
} from '../../model/contact';
import { EXTRAS, applyPairs, asBirthday, extraPairs, mergeItems, type Pair } from '../extras';
import { splitFullName } from '../names';
import type { Cells, RowResult, Table } from '../types';
import {
  type CsvColumn,
  type FieldMap,
  appendNotes,
  commonLabel,
  emptyContact,
  exactCell,
  fieldReaders,
  hasContent,
  lossyCell,
  mapColumns,
  present,
  readFields,
  textCell,
  toTable,
} from './table';

const MULTI = ' ::: ';
const SYSTEM_LABEL = '* myContacts';
const OUR_LABEL = 'Sternstunde';
/** Google marks the primary e-mail or phone by starting its label with this. */
const PRIMARY = '* ';

const FIELDS: FieldMap = [
  ['First Name', 'firstName'],
  ['Middle Name', 'middleName'],
  ['Last Name', 'lastName'],
  ['Phonetic First Name'],
  ['Phonetic Middle Name'],
  ['Phonetic Last Name'],
  ['Name Prefix', 'prefix'],
  ['Name Suffix', 'suffix'],
  ['Nickname', 'nickname'],
  ['File As'],
  ['Organization Name', 'company'],
  ['Organization Title', 'jobTitle'],
  ['Organization Department', 'department'],
  ['Birthday', 'birthday'],
  ['Notes', 'notes'],
  ['Photo'],
];

/** Fields read by the generic reader; Birthday is checked and Notes kept exactly, below. */
const READERS = fieldReaders(FIELDS.filter(([header]) => header !== 'Birthday' && header !== 'Notes'));

const labels = (contact: ContactInput): string =>
  [SYSTEM_LABEL, OUR_LABEL, ...contact.tags.filter((tag) => tag.trim() !== '')].join(MULTI);

/** Our label as Google writes it: its built-in labels capitalised, custom text as given. */
function googleLabel(label: ContactLabel, primary: boolean): string {
  const common = commonLabel(label);
  const shown = (COMMON_LABELS as readonly string[]).includes(common)
    ? common.charAt(0).toUpperCase() + common.slice(1)
    : label;
  return primary ? `${PRIMARY}${shown}` : shown;
}

/** Address parts in Google's column order, with the model's key for each. */
const ADDRESS_COLUMNS = [
  ['Formatted', 'formatted'],
  ['Street', 'street'],
  ['City', 'city'],
  ['PO Box', 'poBox'],
  ['Region', 'region'],
  ['Postal Code', 'postalCode'],
  ['Country', 'country'],
  ['Extended Address', 'extended'],
] as const satisfies readonly (readonly [string, Exclude<keyof ContactAddress, 'label'>])[];
// Every part of the model has its column.
const everyPartHasAColumn: Exclude<(typeof PART_KEYS)[number], (typeof ADDRESS_COLUMNS)[number][1]> extends never
  ? true
  : never = true;
void everyPartHasAColumn;

const hasAddress = (address: ContactAddress): boolean => ADDRESS_COLUMNS.some(([, key]) => present(address[key]));

/** The entries Google gets: blank ones are left out. */
const emailsOf = (c: ContactInput) => c.emails.filter((e) => present(e.value));
const phonesOf = (c: ContactInput) => c.phones.filter((p) => present(p.value));
const addressesOf = (c: ContactInput) => c.addresses.filter(hasAddress);
const websitesOf = (c: ContactInput) => c.websites.filter((w) => present(w.value));

/** "Kind N - Label" and "Kind N - Value" of the Nth entry; the first is marked primary when there are several. */
function valueGroup(
  kind: string,
  n: number,
  entries: (c: ContactInput) => readonly { label: ContactLabel; value: string }[],
  markPrimary: boolean,
): CsvColumn[] {
  const entry = (c: ContactInput) => entries(c)[n - 1];
  return [
    {
      header: `${kind} ${n} - Label`,
      value: (c) => {
        const e = entry(c);
        return e && googleLabel(e.label, markPrimary && n === 1 && entries(c).length > 1);
      },
    },
    { header: `${kind} ${n} - Value`, value: (c) => entry(c)?.value },
  ];
}

function addressGroup(n: number): CsvColumn[] {
  const entry = (c: ContactInput) => addressesOf(c)[n - 1];
  return [
    {
      header: `Address ${n} - Label`,
      value: (c) => {
        const e = entry(c);
        return e && googleLabel(e.label, false);
      },
    },
    ...ADDRESS_COLUMNS.map(([part, key]): CsvColumn => ({
      header: `Address ${n} - ${part}`,
      value: (c) => entry(c)?.[key],
    })),
  ];
}

// Tags travel as Labels, so the custom fields carry every other extra.
const CUSTOM_EXTRAS = EXTRAS.filter((extra) => extra.label !== 'Tags');

const customFields = (n: number): CsvColumn[] =>
  Array.from({ length: n }, (_, i) => [
    { header: `Custom Field ${i + 1} - Label`, value: (c: ContactInput) => extraPairs(c, CUSTOM_EXTRAS)[i]?.[0] },
    { header: `Custom Field ${i + 1} - Value`, value: (c: ContactInput) => extraPairs(c, CUSTOM_EXTRAS)[i]?.[1] },
  ]).flat();

/** 1..n, n being the most entries any contact has (at least 1, so every group has its columns). */
const numbers = (contacts: readonly ContactInput[], count: (c: ContactInput) => number): number[] =>
  Array.from({ length: Math.max(1, ...contacts.map(count)) }, (_, i) => i + 1);

export function googleTable(contacts: readonly ContactInput[]): Table {
  const columns: CsvColumn[] = [
    ...mapColumns(FIELDS),
    { header: 'Labels', value: labels },
    ...numbers(contacts, (c) => emailsOf(c).length).flatMap((n) => valueGroup('E-mail', n, emailsOf, true)),
    ...numbers(contacts, (c) => phonesOf(c).length).flatMap((n) => valueGroup('Phone', n, phonesOf, true)),
    ...numbers(contacts, (c) => addressesOf(c).length).flatMap(addressGroup),
    ...numbers(contacts, (c) => websitesOf(c).length).flatMap((n) => valueGroup('Website', n, websitesOf, false)),
    ...customFields(Math.max(1, ...contacts.map((c) => extraPairs(c, CUSTOM_EXTRAS).length))),
  ];
  return toTable(columns, contacts, lossyCell);
}

// The old format ("Given Name", "E-mail 1 - Type", "Organization 1 - Name", …)
// is read by renaming its headers to the new names.
const OLD_NAMES = new Map([
  ['given name', 'first name'],
  ['additional name', 'middle name'],
  ['family name', 'last name'],
  ['group membership', 'labels'],
  ['organization 1 - name', 'organization name'],
  ['organization 1 - title', 'organization title'],
  ['organization 1 - department', 'organization department'],
]);

export const googleOldKey = (key: string): string =>
  OLD_NAMES.get(key) ?? key.replace(/^(.+ \d+) - type$/, '$1 - label');

/** The numbers N of the groups "kind N - …" present in the row, ascending. */
function groupNumbers(cells: Cells, kind: string): number[] {
  const pattern = new RegExp(`^${kind} (\\d+) - `);
  const found = new Set<number>();
  for (const key of cells.keys()) {
    const n = pattern.exec(key)?.[1];
    if (n !== undefined) found.add(Number(n));
  }
  return [...found].sort((a, b) => a - b);
}

const splitMulti = (text: string | undefined): string[] => (text === undefined ? [] : text.split(MULTI));

interface ReadLabel {
  label: ContactLabel;
  primary: boolean;
}

function readLabel(text: string | undefined): ReadLabel {
  const trimmed = (text ?? '').trim();
  const primary = trimmed.startsWith('*');
  return { label: commonLabel(primary ? trimmed.slice(1) : trimmed), primary };
}

/**
 * The label of each of `count` values of one group: one label per value when
 * the label cell has as many parts, else the one label for all of them.
 */
function groupLabels(cell: string | undefined, count: number): ReadLabel[] {
  const parts = splitMulti(cell);
  return Array.from({ length: count }, (_, i) => readLabel(parts.length === count ? parts[i] : cell));
}

interface Found<T> {
  entry: T;
  primary: boolean;
}

/** Primary entries first (Google's "* "), the others in file order. */
const primaryFirst = <T>(found: readonly Found<T>[]): T[] =>
  [...found.filter((f) => f.primary), ...found.filter((f) => !f.primary)].map((f) => f.entry);

function readValues(cells: Cells, kind: string): { label: ContactLabel; value: string }[] {
  return primaryFirst(
    groupNumbers(cells, kind).flatMap((n) => {
      const values = splitMulti(textCell(cells, `${kind} ${n} - value`))
        .map((value) => value.trim())
        .filter((value) => value !== '');
      return groupLabels(textCell(cells, `${kind} ${n} - label`), values.length).map(({ label, primary }, i) => ({
        entry: { label, value: values[i] ?? '' },
        primary,
      }));
    }),
  );
}

/** Several addresses in one group are joined part by part: the Nth of each part belongs to the Nth address. */
function readAddresses(cells: Cells): ContactAddress[] {
  return primaryFirst(
    groupNumbers(cells, 'address').flatMap((n) => {
      const parts = ADDRESS_COLUMNS.map(
        ([part, key]) => [key, splitMulti(textCell(cells, `address ${n} - ${part.toLowerCase()}`))] as const,
      );
      const count = Math.max(0, ...parts.map(([, values]) => values.length));
      return groupLabels(textCell(cells, `address ${n} - label`), count).flatMap(({ label, primary }, i) => {
        const entry: ContactAddress = { label };
        for (const [key, values] of parts) {
          const value = values[i]?.trim();
          if (value) entry[key] = value;
        }
        return hasAddress(entry) ? [{ entry, primary }] : [];
      });
    }),
  );
}

/** "Label: value" of each numbered group of `kind` that has a value (custom fields, relations, events). */
function labelledPairs(cells: Cells, kind: string, fallback: string): Pair[] {
  return groupNumbers(cells, kind).flatMap((n) => {
    const value = textCell(cells, `${kind} ${n} - value`);
    const label = textCell(cells, `${kind} ${n} - label`);
    return value === undefined ? [] : [[label ?? fallback, value] as const];
  });
}

const lineOf = ([label, value]: Pair): string => `${label}: ${value}`;

export function readGoogle(cells: Cells): RowResult {
  const contact = emptyContact();
  readFields(contact, cells, READERS);
  const notes = exactCell(cells, 'notes');
  if (notes !== undefined) contact.notes = notes;
  contact.tags = mergeItems(
    [],
    splitMulti(textCell(cells, 'labels')).filter(
      (label) => !label.trim().startsWith('*') && label.trim().toLowerCase() !== OUR_LABEL.toLowerCase(),
    ),
  );
  contact.emails = readValues(cells, 'email');
  contact.phones = readValues(cells, 'phone');
  contact.addresses = readAddresses(cells);
  contact.websites = readValues(cells, 'website');

  const leftover: string[] = [];
  const birthday = textCell(cells, 'birthday');
  if (birthday !== undefined) {
    if (asBirthday(birthday)) contact.birthday = birthday;
    else leftover.push(`Birthday: ${birthday}`);
  }
  leftover.push(...applyPairs(contact, labelledPairs(cells, 'custom field', 'Custom field')));
  // Google's Relation N and Event N (a spouse, an anniversary): the model has no field, so note lines.
  leftover.push(...labelledPairs(cells, 'relation', 'Relation').map(lineOf));
  leftover.push(...labelledPairs(cells, 'event', 'Event').map(lineOf));

  if (contact.firstName === undefined && contact.middleName === undefined && contact.lastName === undefined) {
    const fullName = textCell(cells, 'name') ?? textCell(cells, 'file as');
    if (fullName !== undefined) {
      const parts = splitFullName(fullName);
      if (contact.prefix !== undefined) delete parts.prefix;
      Object.assign(contact, parts);
    }
  }
  appendNotes(contact, leftover);
  return hasContent(contact) ? { contact } : { error: 'empty row: no name, company, e-mail or other data' };
}
