import Papa from 'papaparse';
import type { CsvError } from './types';

export type Delimiter = ',' | ';' | '\t';

export interface ParsedRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  cells: string[];
}

/** The rows read; on a quote error, the rows before it and the error. */
export interface ParseOutcome {
  rows: ParsedRow[];
  error?: CsvError;
}

/** A line with nothing on it: papaparse gives it as one empty cell. */
export const isBlankRow = (cells: readonly string[]): boolean => cells.length === 1 && cells[0] === '';

/**
 * All rows of the text with the line each starts on. Papaparse does the parsing;
 * its step cursor tells where a row ends, so line numbers stay right across
 * quoted cells that contain line breaks. `preview` limits the rows read.
 */
export function parseRows(text: string, delimiter: Delimiter, preview = 0): ParseOutcome {
  const rows: ParsedRow[] = [];
  let error: CsvError | undefined;
  let line = 1;
  let counted = 0; // text before this offset has been counted into `line`
  let start = 0; // offset where the current row starts

  Papa.parse<string[]>(text, {
    delimiter,
    preview,
    step: (result, parser) => {
      const breakCode = result.meta.linebreak === '\r' ? 13 : 10;
      for (; counted < start; counted++) if (text.charCodeAt(counted) === breakCode) line++;
      if (result.errors.length > 0) {
        // A bad quote makes papaparse read the rest of the file as one cell.
        error = { line, message: `unclosed or misplaced quote (") in the row starting on line ${line}` };
        parser.abort();
        return;
      }
      rows.push({ line, cells: result.data });
      start = result.meta.cursor;
    },
  });
  return error ? { rows, error } : { rows };
}
