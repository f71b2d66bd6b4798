/**
 * Header names are matched ignoring case, surrounding and repeated whitespace,
 * and the hyphen in "E-mail" (some tools write "Email").
 */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/\be-mail\b/g, 'email');
}
