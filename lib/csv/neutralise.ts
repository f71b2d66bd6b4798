// Spreadsheets run a cell as a formula ("CSV injection") when it starts with
// = + - @, also after leading spaces or line breaks, or with a tab or carriage
// return. Export prefixes such cells with an apostrophe.
//
// Exceptions (docs/contacts-csv.md, "Formula guard"): a phone number, `+`
// followed only by digits, spaces and ()/.- , is data, and so is a year-less
// date "--MM-DD". Google Contacts and Outlook read cells literally, so an
// apostrophe would end up in the number or the birthday.
//
// The rule is made reversible by also counting apostrophes: a value that is a
// run of zero or more apostrophes followed by a formula start gets ONE more
// apostrophe (a bare phone number, with no apostrophe, gets none). Import
// strips one apostrophe from a cell that is a run of one or more apostrophes
// followed by a formula start. So "=1+1" <-> "'=1+1", "'=x" <-> "''=x",
// "'+43 1" <-> "''+43 1", "+43 1" <-> "+43 1", while "'90s" or "O'Brien" are
// written unchanged.

const FORMULA = String.raw`(?:\s*[=+\-@]|[\t\r])`;
const NEEDS_GUARD = new RegExp(`^'*${FORMULA}`);
const GUARDED = new RegExp(`^'+${FORMULA}`);

/** `+`, then only digits, spaces and ()/.- with at least one digit; leading spaces allowed. */
const PHONE_NUMBER = /^ *\+[ \d()/.-]*\d[ \d()/.-]*$/;

export const isPhoneNumber = (value: string): boolean => PHONE_NUMBER.test(value);

/**
 * A date without year, "--MM-DD" (ISO 8601 / vCard, a birthday): data too, for the same reason as a
 * phone number: Google Contacts would keep an apostrophe in it, and as a formula it is only arithmetic.
 */
const YEARLESS_DATE = /^--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export function neutralise(value: string): string {
  return NEEDS_GUARD.test(value) && !isPhoneNumber(value) && !YEARLESS_DATE.test(value) ? `'${value}` : value;
}

export function restore(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
