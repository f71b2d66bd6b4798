import type { CsvError } from './types';

export const MAX_BYTES = 10 * 1024 * 1024;

/** UTF-8 size of a string, counted without allocating the encoded bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes: 2 for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function isOversize(text: string): boolean {
  if (text.length > MAX_BYTES) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= MAX_BYTES) return false; // and at most three
  return utf8Length(text) > MAX_BYTES;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** File-level problems that make the text unreadable as CSV, checked before parsing. */
export function checkText(text: string): CsvError | undefined {
  if (isOversize(text)) {
    const mb = (utf8Length(text) / (1024 * 1024)).toFixed(1);
    return { line: 1, message: `file too large (${mb} MB): the limit is 10 MB` };
  }
  if (text.trim() === '') return { line: 1, message: 'the file is empty' };
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return {
      line: lineAt(text, nul),
      message: 'binary content (NUL bytes): not a CSV text file (or saved as UTF-16); save it as CSV UTF-8',
    };
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return {
      line: lineAt(text, replacement),
      message:
        'not UTF-8: the text contains replacement characters (�); save the file as UTF-8 (e.g. "CSV UTF-8" in Excel)',
    };
  }
  return undefined;
}
