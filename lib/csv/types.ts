import type { ContactInput } from '../model/contact';

/** Formats this module writes. */
export type CsvFormat = 'full' | 'google' | 'outlook';

/** Formats the importer recognises from the header row. */
export type DetectedFormat = 'full' | 'google' | 'google-old' | 'outlook' | 'outlook-classic';

export type CsvDelimiter = ',' | ';';

export interface CsvError {
  /** 1-based line in the file where the offending row starts (1 for file-level problems). */
  line: number;
  message: string;
}

export interface CsvImport {
  contacts: ContactInput[];
  errors: CsvError[];
  format?: DetectedFormat;
  delimiter?: ',' | ';' | '\t';
}

/** One exported table: the header row first; `undefined` is an empty cell. */
export type Table = (string | undefined)[][];

/** Non-empty raw cells of one data row, keyed by normalised header name (see detect.ts). */
export type Cells = ReadonlyMap<string, string>;

/** Result of reading one row: a contact, or why the row was rejected. */
export type RowResult = { contact: ContactInput } | { error: string };
