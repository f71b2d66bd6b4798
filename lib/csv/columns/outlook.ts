// Outlook CSV: export writes the 61 columns of Outlook.com / Outlook on the web;
// import also reads classic Outlook's 92-column file (docs/contacts-csv.md,
// "Outlook"). E-mails, phones, addresses and websites go to the column their
// label belongs to; what has no column left (a 4th e-mail, a 3rd work phone, a
// 2nd home address, a custom-labelled website, a birthday without year) and
// Sternstunde's own fields travel in Notes as readable "Label: value" lines
// after a marker (extras.ts, overflow.ts), and come back from there on import.
// Classic Outlook's Categories and Referred By are read too.
import type { ContactAddress, ContactInput, ContactLabel } from '../../model/contact';
import {
  EXTRAS,
  applyPairs,
  asBirthday,
  extraPairs,
  fromUsDate,
  mergeItems,
  notesWithPairs,
  splitNotes,
  toUsDate,
} from '../extras';
import { normaliseHeader } from '../headers';
import { applyOverflow, overflowPairs, type Overflow } from '../overflow';
import type { Cells, RowResult, Table } from '../types';
import {
  type CsvColumn,
  type FieldMap,
  appendNotes,
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
  ['Nickname', 'nickname'],
  ['Job Title', 'jobTitle'],
  ['Department', 'department'],
  ['Company', 'company'],
  ['Referred By', 'introducedBy'],
];

/** Outlook's e-mail columns have no label: an imported e-mail is labelled "other". */
const EMAIL_COLUMNS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
const EMAIL_LABEL = 'other';

/**
 * Each phone column and the label its numbers have, in the order import lists
 * them (Primary Phone is the main number). Export puts a phone into the first
 * free column whose label, or one of its `aliases`, equals the phone's label
 * ignoring case. ISDN exists only in classic Outlook.
 */
const PHONE_COLUMNS: readonly { header: string; label: ContactLabel; aliases?: readonly string[] }[] = [
  { header: 'Primary Phone', label: 'Primary' },
  { header: 'Business Phone', label: 'work' },
  { header: 'Business Phone 2', label: 'work' },
  { header: 'Mobile Phone', label: 'mobile' },
  { header: 'Home Phone', label: 'home' },
  { header: 'Home Phone 2', label: 'home' },
  { header: 'Other Phone', label: 'other' },
  { header: 'Company Main Phone', label: 'Company Main', aliases: ['main'] },
  { header: "Assistant's Phone", label: 'Assistant' },
  { header: 'Car Phone', label: 'Car' },
  { header: 'Business Fax', label: 'Fax', aliases: ['work fax', 'business fax'] },
  { header: 'Home Fax', label: 'Home Fax' },
  { header: 'Other Fax', label: 'Other Fax' },
  { header: 'Pager', label: 'Pager' },
  { header: 'Callback', label: 'Callback' },
  { header: 'Radio Phone', label: 'Radio' },
  { header: 'Telex', label: 'Telex' },
  { header: 'TTY/TDD Phone', label: 'TTY/TDD' },
  { header: 'ISDN', label: 'ISDN' },
];

/** Address columns: "<Kind> <Part>"; import also reads classic Outlook's Street 2/3 and PO Box. */
const ADDRESS_KINDS = [
  ['Business', 'work'],
  ['Home', 'home'],
  ['Other', 'other'],
] as const;
const ADDRESS_PARTS = [
  ['Street', 'street'],
  ['City', 'city'],
  ['State', 'region'],
  ['Postal Code', 'postalCode'],
  ['Country/Region', 'country'],
] as const satisfies readonly (readonly [string, keyof ContactAddress])[];

const WEBSITE_COLUMNS = [
  ['Web Page', 'work'],
  ['Personal Web Page', 'home'],
] as const;

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

interface Placed {
  /** Cell values by header. */
  cells: Map<string, string>;
  overflow: Overflow;
}

/** Whether Outlook's columns hold the whole address: no parts without a column. */
const fitsColumns = (address: ContactAddress): boolean => !present(address.extended) && !present(address.poBox);

/** Street, City, …: the parts; an address that is only one text (formatted) goes into Street. */
function addressCells(address: ContactAddress): [part: string, value: string][] {
  const parts = ADDRESS_PARTS.flatMap(([part, key]): [string, string][] => {
    const value = address[key];
    return present(value) ? [[part, value]] : [];
  });
  return parts.length > 0 || !present(address.formatted) ? parts : [['Street', address.formatted]];
}

/** Which column each entry goes to; the rest is overflow for the notes. */
function place(contact: ContactInput): Placed {
  const cells = new Map<string, string>();
  const taken = (header: string) => cells.has(header);
  const emails = contact.emails.filter((e) => present(e.value));
  emails.slice(0, EMAIL_COLUMNS.length).forEach((e, i) => cells.set(EMAIL_COLUMNS[i] ?? '', e.value));

  const phones = contact.phones.filter((phone) => {
    if (!present(phone.value)) return false;
    const column = PHONE_COLUMNS.find(
      (c) =>
        OUTLOOK_HEADERS.includes(c.header as (typeof OUTLOOK_HEADERS)[number]) &&
        !taken(c.header) &&
        [c.label, ...(c.aliases ?? [])].some((label) => sameLabel(label, phone.label)),
    );
    if (column) cells.set(column.header, phone.value);
    return !column;
  });

  const usedKinds = new Set<string>();
  const addresses = contact.addresses.filter((address) => {
    const cellsOf = addressCells(address);
    if (cellsOf.length === 0) return false;
    const kind = ADDRESS_KINDS.find(([name, label]) => sameLabel(label, address.label) && !usedKinds.has(name));
    if (!kind || !fitsColumns(address)) return true;
    usedKinds.add(kind[0]);
    for (const [part, value] of cellsOf) cells.set(`${kind[0]} ${part}`, value);
    return false;
  });

  const websites = contact.websites.filter((website) => {
    if (!present(website.value)) return false;
    const column = WEBSITE_COLUMNS.find(([header, label]) => sameLabel(label, website.label) && !taken(header));
    if (column) cells.set(column[0], website.value);
    return !column;
  });

  const birthday = contact.birthday;
  let overflowBirthday: string | undefined;
  if (present(birthday)) {
    const us = toUsDate(birthday);
    if (us !== birthday) cells.set('Birthday', us);
    else overflowBirthday = birthday;
  }
  return {
    cells,
    overflow: { emails: emails.slice(EMAIL_COLUMNS.length), phones, addresses, websites, birthday: overflowBirthday },
  };
}

const notesCell = (contact: ContactInput, placed: Placed): string | undefined =>
  notesWithPairs(contact.notes, [...extraPairs(contact, EXTRAS), ...overflowPairs(placed.overflow)]);

const fieldColumns = new Map(mapColumns(FIELDS).map((column) => [column.header, column]));

export function outlookTable(contacts: readonly ContactInput[]): Table {
  const placed = new Map(contacts.map((contact) => [contact, place(contact)]));
  const columns = OUTLOOK_HEADERS.map(
    (header): CsvColumn =>
      fieldColumns.get(header) ??
      (header === 'Notes'
        ? { header, value: (c) => notesCell(c, placed.get(c) ?? place(c)) }
        : { header, value: (c) => (placed.get(c) ?? place(c)).cells.get(header) }),
  );
  return toTable(columns, contacts, lossyCell);
}

const READERS = fieldReaders(FIELDS);
const key = normaliseHeader;

function readPhones(cells: Cells): ContactInput['phones'] {
  return PHONE_COLUMNS.flatMap(({ header, label }) => {
    const value = textCell(cells, key(header));
    return value === undefined ? [] : [{ label, value }];
  });
}

function readAddresses(cells: Cells): ContactAddress[] {
  return ADDRESS_KINDS.flatMap(([kind, label]) => {
    const address: ContactAddress = { label };
    for (const [part, field] of ADDRESS_PARTS) {
      const value = textCell(cells, key(`${kind} ${part}`));
      if (value !== undefined) address[field] = value;
    }
    const extended = [2, 3]
      .map((n) => textCell(cells, key(`${kind} Street ${n}`)))
      .filter((line) => line !== undefined)
      .join('\n');
    if (extended !== '') address.extended = extended;
    const poBox = textCell(cells, key(`${kind} Address PO Box`));
    if (poBox !== undefined) address.poBox = poBox;
    return Object.keys(address).length > 1 ? [address] : [];
  });
}

/** Classic Outlook writes "0/0/00" for no birthday. */
const NO_DATE = /^0{1,2}\/0{1,2}\/0{2,4}$/;

export function readOutlook(cells: Cells): RowResult {
  const contact = emptyContact();
  readFields(contact, cells, READERS);
  contact.emails = EMAIL_COLUMNS.flatMap((header) => {
    const value = textCell(cells, key(header));
    return value === undefined ? [] : [{ label: EMAIL_LABEL, value }];
  });
  contact.phones = readPhones(cells);
  contact.addresses = readAddresses(cells);
  contact.websites = WEBSITE_COLUMNS.flatMap(([header, label]) => {
    const value = textCell(cells, key(header));
    return value === undefined ? [] : [{ label, value }];
  });
  contact.tags = mergeItems([], (textCell(cells, 'categories') ?? '').split(';'));

  const leftover: string[] = [];
  const birthday = textCell(cells, 'birthday');
  if (birthday !== undefined && !NO_DATE.test(birthday)) {
    const date = fromUsDate(birthday);
    if (date !== undefined && asBirthday(date)) contact.birthday = date;
    else leftover.push(`Birthday: ${birthday}`);
  }

  const { notes, pairs } = splitNotes(exactCell(cells, 'notes') ?? '');
  if (notes !== undefined) contact.notes = notes;
  appendNotes(contact, [...applyPairs(contact, applyOverflow(contact, pairs)), ...leftover]);
  return hasContent(contact) ? { contact } : { error: 'empty row: no name, company, e-mail or other data' };
}
