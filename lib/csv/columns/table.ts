// The column-table approach shared by all formats: a format is a list of
// columns, each with a header and how to get the cell from a contact. Import
// reads cells back by normalised header.
import type { ContactData, ContactInput } from '../../model/contact';
import { normaliseHeader } from '../headers';
import { neutralise, restore } from '../neutralise';
import type { Cells, Table } from '../types';

/** Fields holding free text (not lists, not the follow-up status). */
export type TextField = {
  [K in keyof ContactData]-?: string extends NonNullable<ContactData[K]> ? K : never;
}[keyof ContactData];

export interface Column {
  header: string;
  value: (contact: ContactInput) => string | undefined;
}

const fieldColumn = (header: string, field: TextField): Column => ({
  header,
  value: (contact) => contact[field],
});

export const blankColumn = (header: string): Column => ({ header, value: () => undefined });

/** Columns that each carry one text field both ways; without a field the column is written empty. */
export type FieldMap = readonly (readonly [header: string, field?: TextField])[];

export const mapColumns = (map: FieldMap): Column[] =>
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

export interface Labelled {
  label: string;
  value: string;
}

/** The first value fills the field (if still empty); the others become "Label: value" note lines. */
export function takeFirst(
  contact: ContactInput,
  field: TextField,
  values: readonly Labelled[],
  leftover: string[],
): void {
  for (const { label, value } of values) {
    if (contact[field] === undefined) contact[field] = value;
    else leftover.push(`${label}: ${value}`);
  }
}

/** Header row plus one row per contact; `encode` turns a value into cell text. */
export function toTable(
  columns: readonly Column[],
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
 * formulas are neutralised.
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

export const emptyContact = (): ContactInput => ({ tags: [], partnerFit: [] });

/** Lists are required by the model; tolerate callers that omit them anyway. */
export const itemsOf = (list: readonly string[] | undefined): readonly string[] => list ?? [];

/** Whether an imported contact carries anything besides empty lists. */
export const hasContent = (contact: ContactInput): boolean =>
  Object.values(contact).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));

/** Appends "Label: value" lines the format has no field for to the notes. */
export function appendNotes(contact: ContactInput, lines: readonly string[]): void {
  if (lines.length === 0) return;
  contact.notes = [contact.notes, lines.join('\n')].filter((part) => part !== undefined).join('\n\n');
}
