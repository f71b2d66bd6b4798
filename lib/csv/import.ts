import { readFull } from './columns/full';
import { googleOldKey, readGoogle } from './columns/google';
import { readOutlook } from './columns/outlook';
import { checkText } from './checks';
import { detectFormat } from './detect';
import { normaliseHeader } from './headers';
import { type Delimiter, type ParsedRow, isBlankRow, parseRows } from './read';
import type { Cells, CsvError, CsvImport, DetectedFormat, RowResult } from './types';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

const READERS: Record<DetectedFormat, (cells: Cells) => RowResult> = {
  full: readFull,
  google: readGoogle,
  'google-old': readGoogle,
  outlook: readOutlook,
  'outlook-classic': readOutlook,
};

const fail = (error: CsvError): CsvImport => ({ contacts: [], errors: [error] });

const firstFilledRow = (rows: readonly ParsedRow[]): ParsedRow | undefined =>
  rows.find((row) => !isBlankRow(row.cells));

interface Header {
  delimiter: Delimiter;
  format: DetectedFormat;
}

/** The delimiter under which the first row is a header we know. */
function findHeader(text: string): Header | CsvError {
  let firstError: CsvError | undefined;
  for (const delimiter of DELIMITERS) {
    // A few rows, so blank lines before the header don't hide it.
    const { rows, error } = parseRows(text, delimiter, 10);
    const header = firstFilledRow(rows);
    if (!header) {
      firstError ??= error;
      continue;
    }
    // One cell means the delimiter is wrong (every format has many columns).
    const format = header.cells.length > 1 ? detectFormat(header.cells.map(normaliseHeader)) : undefined;
    if (format) return { delimiter, format };
  }
  if (firstError) return firstError;
  const columns = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return {
    line: 1,
    message:
      'unknown header: not a Sternstunde, Google Contacts or Outlook CSV (separated by comma, semicolon or tab); ' +
      `first line: "${columns.slice(0, 80)}"`,
  };
}

function duplicateColumn(headers: readonly string[]): string | undefined {
  const seen = new Map<string, number>();
  for (const [i, header] of headers.entries()) {
    const key = normaliseHeader(header);
    if (key === '') continue;
    const first = seen.get(key);
    if (first !== undefined) return `duplicate column "${header.trim()}" (columns ${first + 1} and ${i + 1})`;
    seen.set(key, i);
  }
  return undefined;
}

/**
 * Reads a contacts CSV (Sternstunde 'full', Google new and old, Outlook 61 and
 * classic 92). File-level problems give one error and no contacts; a bad row
 * gives an error with its line and the other rows are still returned.
 */
export function csvToContacts(text: string): CsvImport {
  const problem = checkText(text);
  if (problem) return fail(problem);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const header = findHeader(body);
  if ('message' in header) return fail(header);
  const { delimiter, format } = header;

  const { rows, error } = parseRows(body, delimiter);
  if (error) return fail(error);
  const headerRow = firstFilledRow(rows);
  if (!headerRow) return fail({ line: 1, message: 'the file is empty' });
  const duplicate = duplicateColumn(headerRow.cells);
  if (duplicate) return fail({ line: headerRow.line, message: duplicate });
  const keys = headerRow.cells.map((cell) => {
    const key = normaliseHeader(cell);
    return format === 'google-old' ? googleOldKey(key) : key;
  });

  const contacts: CsvImport['contacts'] = [];
  const errors: CsvError[] = [];
  for (const row of rows.slice(rows.indexOf(headerRow) + 1)) {
    if (isBlankRow(row.cells)) continue;
    if (row.cells.length !== keys.length) {
      errors.push({
        line: row.line,
        message: `expected ${keys.length} columns like the header, found ${row.cells.length}`,
      });
      continue;
    }
    const cells = new Map<string, string>();
    row.cells.forEach((cell, i) => {
      const key = keys[i];
      if (key && cell !== '' && !cells.has(key)) cells.set(key, cell);
    });
    if (cells.size === 0) continue; // a row of empty cells
    const result = READERS[format](cells);
    if ('error' in result) errors.push({ line: row.line, message: result.error });
    else contacts.push(result.contact);
  }
  if (contacts.length === 0 && errors.length === 0) {
    errors.push({ line: headerRow.line, message: 'no contacts found: the file has a header row but no contact rows' });
  }
  return { contacts, errors, format, delimiter };
}
