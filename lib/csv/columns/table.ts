// The column-table approach shared by all formats: a format is a list of
// columns, each with a header and how to get the cell from a contact. Import
// reads cells back by normalised header.
import type { ContactData, ContactInput, ContactLabel } from '../../model/contact';
import { normaliseHeader } from '../headers';
import { neutralise, restore } from '../neutralise';
import type { Cells, Table } from '../types';

/** Fields holding free text (not lists, not the follow-up status). */
export type TextField = {
  [K in keyof ContactData]-?: string extends NonNullable<ContactData[K]> ? K : never;
}[keyof ContactData];

export interface CsvColumn {
  header: string;
  value: (contact: ContactInput) => string | undefined;
}

const fieldColumn = (header: string, field: TextField): CsvColumn => ({
  header,
  value: (contact) => contact[field],
});

export const blankColumn = (header: string): CsvColumn => ({ header, value: () => undefined });

/** Columns that each carry one text field both ways; without a field the column is written empty. */
export type FieldMap = readonly (readonly [header: string, field?: TextField])[];

export const mapColumns = (map: FieldMap): CsvColumn[] =>
  map.map(([header, field]) => (field ? fieldColumn(header, field) : blankColumn(header)));

export interface FieldReader {
  key: string;
  field: TextField;
}

export const fieldReaders = (map: FieldMap): FieldReader[] =>
  map.flatMap(([header, field]) => (field ? [{ key: normaliseHeader(header), field }] : []));

export function readFields(contact: ContactInput, cells: Cells, readers: readonly FieldReader[]): void {
  for (const { key, field } of readers) {
    const text = textCell(cells, key);
    if (text !== undefined) contact[field] = text;
  }
}

/** Header row plus one row per contact; `encode` turns a value into cell text. */
export function toTable(
  columns: readonly CsvColumn[],
  contacts: readonly ContactInput[],
  encode: (value: string) => string | undefined,
): Table {
  return [
    columns.map((column) => column.header),
    ...contacts.map((contact) =>
      columns.map((column) => {
        const value = column.value(contact);
        return value === undefined ? undefined : encode(value);
      }),
    ),
  ];
}

/**
 * Cell encoding for Google and Outlook (lossy formats): blank values become
 * empty cells, characters our importer rejects as corruption are dropped,
 * formulas are neutralised (phone numbers are not: see neutralise.ts).
 */
export function lossyCell(value: string): string | undefined {
  const clean = value.replace(/[\0\uFFFD]/g, '');
  return clean.trim() === '' ? undefined : neutralise(clean);
}

/** The trimmed, de-neutralised text of a cell; undefined when blank or missing. */
export function textCell(cells: Cells, key: string): string | undefined {
  const raw = cells.get(key);
  if (raw === undefined) return undefined;
  const text = restore(raw).trim();
  return text === '' ? undefined : text;
}

/** The de-neutralised text of a cell exactly as it is (the user's notes); undefined when blank or missing. */
export function exactCell(cells: Cells, key: string): string | undefined {
  const raw = cells.get(key);
  return raw === undefined || raw.trim() === '' ? undefined : restore(raw);
}

export const emptyContact = (): ContactInput => ({
  emails: [],
  phones: [],
  addresses: [],
  websites: [],
  tags: [],
  partnerFit: [],
});

/** Whether an imported contact carries anything besides empty lists. */
export const hasContent = (contact: ContactInput): boolean =>
  Object.values(contact).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));

/** Appends "Label: value" lines the format has no field for after the notes, separated by a blank line. */
export function appendNotes(contact: ContactInput, lines: readonly string[]): void {
  if (lines.length === 0) return;
  contact.notes = [contact.notes, lines.join('\n')].filter((part) => part !== undefined).join('\n\n');
}

/** Whether a text has something besides whitespace. */
export const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** "work", "home", "mobile", "other" whatever their case; any other label as given; a blank one is "other". */
export function commonLabel(label: string): ContactLabel {
  const text = label.trim();
  const lower = text.toLowerCase();
  if (lower === '') return 'other';
  return lower === 'work' || lower === 'home' || lower === 'mobile' || lower === 'other' ? lower : text;
}
