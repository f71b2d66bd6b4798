import type { ContactInput } from '../model/contact';

// Lower-case name particles that belong to the family name ("van der Berg").
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'zu',
  'zum',
  'zur',
  'vom',
  'ten',
  'ter',
]);

type NameParts = Pick<ContactInput, 'prefix' | 'firstName' | 'lastName'>;

/**
 * Splits a one-column name: "Dr. Anna van der Berg" -> prefix "Dr.", first
 * "Anna", last "van der Berg"; "Berg, Anna" -> first "Anna", last "Berg".
 * Leading words ending in "." are titles; a single word is a first name.
 */
export function splitFullName(fullName: string): NameParts {
  const parts: NameParts = {};
  const comma = fullName.split(',');
  let words = (comma.length === 2 ? (comma[1] ?? '') : fullName)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const titles: string[] = [];
  while (words.length > 1 && words[0]?.endsWith('.')) titles.push(...words.splice(0, 1));
  if (titles.length > 0) parts.prefix = titles.join(' ');

  let last: string[] = [];
  if (comma.length === 2) {
    last = (comma[0] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
  } else if (words.length > 1) {
    const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
    const cut = particle === -1 ? words.length - 1 : particle;
    last = words.slice(cut);
    words = words.slice(0, cut);
  }
  if (words.length > 0) parts.firstName = words.join(' ');
  if (last.length > 0) parts.lastName = last.join(' ');
  return parts;
}
