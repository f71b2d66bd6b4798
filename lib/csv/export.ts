import type { ContactInput } from '../model/contact';
import { fullTable } from './columns/full';
import { googleTable } from './columns/google';
import { outlookTable } from './columns/outlook';
import type { CsvDelimiter, CsvFormat, Table } from './types';
import { writeCsv } from './write';

const TABLES: Record<CsvFormat, (contacts: readonly ContactInput[]) => Table> = {
  full: fullTable,
  google: googleTable,
  outlook: outlookTable,
};

/** The file text (UTF-8 BOM, RFC 4180, CRLF) of contacts in one of the export formats. */
export function contactsToCsv(
  contacts: ContactInput[],
  format: CsvFormat,
  options: { delimiter?: CsvDelimiter } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  // Guards for callers outside TypeScript's reach.
  if (!Object.hasOwn(TABLES, format)) throw new Error(`unknown CSV format "${String(format)}"`);
  if (delimiter !== ',' && delimiter !== ';') throw new Error(`unsupported delimiter "${String(delimiter)}"`);
  return writeCsv(TABLES[format](contacts), delimiter);
}
