// Outlook CSV: export writes the 61 columns of Outlook.com / Outlook on the web;
// import also reads classic Outlook's 92-column file. Sternstunde's own fields
// travel in Notes as readable "Label: value" lines (see extras.ts); classic
// Outlook's Categories and Referred By are read too.
import type { ContactInput } from '../../model/contact';
import { EXTRAS, applyPairs, extraPairs, mergeItems, notesWithPairs, splitNotes } from '../extras';
import { normaliseHeader } from '../headers';
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
  lossyCell,
  mapColumns,
  readFields,
  takeFirst,
  textCell,
  toTable,
} from './table';

const OUTLOOK_HEADERS = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Title',
  'Suffix',
  'Nickname',
  'Given Yomi',
  'Surname Yomi',
  'E-mail Address',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Home Phone',
  'Home Phone 2',
  'Business Phone',
  'Business Phone 2',
  'Mobile Phone',
  'Car Phone',
  'Other Phone',
  'Primary Phone',
  'Pager',
  'Business Fax',
  'Home Fax',
  'Other Fax',
  'Company Main Phone',
  'Callback',
  'Radio Phone',
  'Telex',
  'TTY/TDD Phone',
  'IMAddress',
  'Job Title',
  'Department',
  'Company',
  'Office Location',
  "Manager's Name",
  "Assistant's Name",
  "Assistant's Phone",
  'Company Yomi',
  'Business Street',
  'Business City',
  'Business State',
  'Business Postal Code',
  'Business Country/Region',
  'Home Street',
  'Home City',
  'Home State',
  'Home Postal Code',
  'Home Country/Region',
  'Other Street',
  'Other City',
  'Other State',
  'Other Postal Code',
  'Other Country/Region',
  'Personal Web Page',
  'Spouse',
  'Schools',
  'Hobby',
  'Location',
  'Web Page',
  'Birthday',
  'Anniversary',
  'Notes',
] as const;

/** One text field per column, both ways. "Referred By" exists only in classic Outlook: import only. */
const FIELDS: FieldMap = [
  ['First Name', 'firstName'],
  ['Middle Name', 'middleName'],
  ['Last Name', 'lastName'],
  ['Title', 'prefix'],
  ['Suffix', 'suffix'],
  ['Job Title', 'jobTitle'],
  ['Department', 'department'],
  ['Company', 'company'],
  ['Web Page', 'website'],
  ['Referred By', 'introducedBy'],
];

// Fields Outlook has several columns for: export writes the first, import takes
// the first one filled and keeps the others as note lines.
const EMAILS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
const PHONES = [
  'Mobile Phone',
  'Business Phone',
  'Primary Phone',
  'Company Main Phone',
  'Home Phone',
  'Business Phone 2',
  'Home Phone 2',
  'Other Phone',
  'Car Phone',
];
const ADDRESS_KINDS = ['Business', 'Home', 'Other'];

const SPECIAL: ReadonlyMap<string, Column['value']> = new Map<string, Column['value']>([
  ['E-mail Address', (c) => c.email],
  ['Mobile Phone', (c) => c.phone],
  ['Business Street', (c) => c.address],
  ['Personal Web Page', (c) => c.linkedin],
  ['Notes', (c) => notesWithPairs(c.notes, extraPairs(c, EXTRAS))],
]);

const COLUMNS: readonly Column[] = (() => {
  const byHeader = new Map(mapColumns(FIELDS).map((column) => [column.header, column]));
  return OUTLOOK_HEADERS.map((header) => {
    const special = SPECIAL.get(header);
    return special ? { header, value: special } : (byHeader.get(header) ?? blankColumn(header));
  });
})();

export const outlookTable = (contacts: readonly ContactInput[]): Table => toTable(COLUMNS, contacts, lossyCell);

const READERS = fieldReaders(FIELDS);

interface Source {
  label: string;
  key: string;
}
const sources = (headers: readonly string[]): Source[] =>
  headers.map((label) => ({ label, key: normaliseHeader(label) }));
const EMAIL_SOURCES = sources(EMAILS);
const PHONE_SOURCES = sources(PHONES);
const PERSONAL_PAGE = sources(['Personal Web Page']);
const ADDRESS_SOURCES = ADDRESS_KINDS.map((kind) => ({
  label: `${kind} address`,
  parts: sources(['Street', 'Postal Code', 'City', 'State', 'Country/Region'].map((part) => `${kind} ${part}`)).map(
    (source) => source.key,
  ),
}));

const filled = (cells: Cells, from: readonly Source[]): Labelled[] =>
  from.flatMap(({ label, key }) => {
    const value = textCell(cells, key);
    return value === undefined ? [] : [{ label, value }];
  });

/** "Street, Postal-code City, State, Country" of each address kind that has any part. */
const addresses = (cells: Cells): Labelled[] =>
  ADDRESS_SOURCES.flatMap(({ label, parts }) => {
    const [street, postalCode, city, state, country] = parts.map((key) => textCell(cells, key));
    const place = [postalCode, city].filter((part) => part !== undefined).join(' ');
    const value = [street, place, state, country].filter((part) => part !== undefined && part !== '').join(', ');
    return value === '' ? [] : [{ label, value }];
  });

export function readOutlook(cells: Cells): RowResult {
  const contact = emptyContact();
  readFields(contact, cells, READERS);
  const leftover: string[] = [];
  takeFirst(contact, 'email', filled(cells, EMAIL_SOURCES), leftover);
  takeFirst(contact, 'phone', filled(cells, PHONE_SOURCES), leftover);
  takeFirst(contact, 'address', addresses(cells), leftover);
  const personal = filled(cells, PERSONAL_PAGE);
  const linkedIn = personal.filter(({ value }) => /linkedin\./i.test(value));
  takeFirst(contact, 'linkedin', linkedIn, leftover);
  takeFirst(
    contact,
    'website',
    personal.filter((p) => !linkedIn.includes(p)),
    leftover,
  );
  contact.tags = mergeItems([], (textCell(cells, 'categories') ?? '').split(';'));

  const { notes, pairs } = splitNotes(textCell(cells, 'notes') ?? '');
  if (notes !== undefined) contact.notes = notes;
  appendNotes(contact, [...applyPairs(contact, pairs), ...leftover]);
  return hasContent(contact) ? { contact } : { error: 'empty row: no name, company, e-mail or other data' };
}
