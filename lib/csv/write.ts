import Papa from 'papaparse';
import type { CsvDelimiter, Table } from './types';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The file text of a table: BOM, RFC 4180 quoting, CRLF after every row.
 * Cells are written as given; neutralising is the caller's job because the
 * 'full' format encodes cells differently from Google and Outlook.
 */
export function writeCsv(table: Table, delimiter: CsvDelimiter): string {
  const body = Papa.unparse(
    table.map((row) => row.map((cell) => cell ?? '')),
    { delimiter, newline: CRLF, quotes: false, header: false },
  );
  return BOM + body + CRLF;
}
