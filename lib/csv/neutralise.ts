// Spreadsheets run a cell that starts with = + - @ tab or CR as a formula
// ("CSV injection"). Export prefixes such cells with an apostrophe.
//
// The rule is made reversible by also counting apostrophes: a value that is a
// run of zero or more apostrophes followed by a formula character gets ONE more
// apostrophe. Import strips one apostrophe from a cell that is a run of one or
// more apostrophes followed by a formula character. So "=1+1" <-> "'=1+1",
// "'=x" <-> "''=x", while "'90s" or "O'Brien" are written unchanged.

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

export function restore(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
