// Google Contacts CSV: 17 fixed columns, then numbered groups. Sternstunde's
// own fields travel as Labels (tags) and Custom Field N - Label/Value pairs.
import type { ContactInput } from '../../model/contact';
import { EXTRAS, applyPairs, extraPairs, mergeItems, type Pair } from '../extras';
import { splitFullName } from '../names';
import type { Cells, RowResult, Table } from '../types';
import {
  type Column,
  type FieldMap,
  type Labelled,
  appendNotes,
  blankColumn,
  emptyContact,
  fieldReaders,
  hasContent,
  itemsOf,
  lossyCell,
  mapColumns,
  readFields,
  takeFirst,
  textCell,
  toTable,
} from './table';

const MULTI = ' ::: ';
const SYSTEM_LABEL = '* myContacts';
const OUR_LABEL = 'Sternstunde';

const FIELDS: FieldMap = [
  ['First Name', 'firstName'],
  ['Middle Name', 'middleName'],
  ['Last Name', 'lastName'],
  ['Phonetic First Name'],
  ['Phonetic Middle Name'],
  ['Phonetic Last Name'],
  ['Name Prefix', 'prefix'],
  ['Name Suffix', 'suffix'],
  ['Nickname'],
  ['File As'],
  ['Organization Name', 'company'],
  ['Organization Title', 'jobTitle'],
  ['Organization Department', 'department'],
  ['Birthday'],
  ['Notes', 'notes'],
  ['Photo'],
];

const labels = (contact: ContactInput): string =>
  [SYSTEM_LABEL, OUR_LABEL, ...itemsOf(contact.tags).filter((tag) => tag.trim() !== '')].join(MULTI);

const present = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** "Kind N - Label" (written only when there is a value) and "Kind N - <part>". */
const group = (kind: string, n: number, label: string, value: Column['value'], part = 'Value'): Column[] => [
  { header: `${kind} ${n} - Label`, value: (c) => (present(value(c)) ? label : undefined) },
  { header: `${kind} ${n} - ${part}`, value },
];

const ADDRESS_PARTS = ['Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address'];

// Tags travel as Labels, so the custom fields carry every other extra.
const CUSTOM_EXTRAS = EXTRAS.filter((extra) => extra.label !== 'Tags');

const customFields = (n: number): Column[] =>
  Array.from({ length: n }, (_, i) => [
    { header: `Custom Field ${i + 1} - Label`, value: (c: ContactInput) => extraPairs(c, CUSTOM_EXTRAS)[i]?.[0] },
    { header: `Custom Field ${i + 1} - Value`, value: (c: ContactInput) => extraPairs(c, CUSTOM_EXTRAS)[i]?.[1] },
  ]).flat();

export function googleTable(contacts: readonly ContactInput[]): Table {
  const customCount = Math.max(1, ...contacts.map((c) => extraPairs(c, CUSTOM_EXTRAS).length));
  const columns: Column[] = [
    ...mapColumns(FIELDS),
    { header: 'Labels', value: labels },
    ...group('E-mail', 1, 'Work', (c) => c.email),
    ...group('Phone', 1, 'Mobile', (c) => c.phone),
    ...group('Address', 1, 'Work', (c) => c.address, 'Formatted'),
    ...ADDRESS_PARTS.map((part) => blankColumn(`Address 1 - ${part}`)),
    ...group('Website', 1, 'Work', (c) => c.website),
    ...group('Website', 2, 'LinkedIn', (c) => c.linkedin),
    ...customFields(customCount),
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

const READERS = fieldReaders(FIELDS);

/** Values of the numbered group `kind` (e.g. "email"), in number order, multi-values split. */
function groupValues(cells: Cells, kind: string, part: string, display: string): (Labelled & { type: string })[] {
  const pattern = new RegExp(`^${kind} (\\d+) - ${part}$`);
  return [...cells.keys()]
    .flatMap((key) => {
      const n = pattern.exec(key)?.[1];
      return n === undefined ? [] : [{ n: Number(n), key }];
    })
    .sort((a, b) => a.n - b.n)
    .flatMap(({ n, key }) => {
      const type = textCell(cells, `${kind} ${n} - label`) ?? '';
      return (textCell(cells, key) ?? '')
        .split(MULTI)
        .map((value) => value.trim())
        .filter((value) => value !== '')
        .map((value) => ({ label: display, value, type }));
    });
}

function customPairs(cells: Cells): Pair[] {
  return groupValues(cells, 'custom field', 'value', '').map(({ type, value }) => [type || 'Custom field', value]);
}

export function readGoogle(cells: Cells): RowResult {
  const contact = emptyContact();
  readFields(contact, cells, READERS);
  contact.tags = mergeItems(
    [],
    (textCell(cells, 'labels') ?? '')
      .split(MULTI)
      .filter((label) => !label.trim().startsWith('*') && label.trim().toLowerCase() !== OUR_LABEL.toLowerCase()),
  );

  const leftover: string[] = [];
  takeFirst(contact, 'email', groupValues(cells, 'email', 'value', 'E-mail'), leftover);
  takeFirst(contact, 'phone', groupValues(cells, 'phone', 'value', 'Phone'), leftover);
  takeFirst(contact, 'address', groupValues(cells, 'address', 'formatted', 'Address'), leftover);
  const websites = groupValues(cells, 'website', 'value', 'Website');
  const isLinkedIn = (w: { type: string; value: string }) => /linkedin/i.test(w.type) || /linkedin\./i.test(w.value);
  takeFirst(contact, 'linkedin', websites.filter(isLinkedIn), leftover);
  takeFirst(
    contact,
    'website',
    websites.filter((w) => !isLinkedIn(w)),
    leftover,
  );
  leftover.push(...applyPairs(contact, customPairs(cells)));

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
