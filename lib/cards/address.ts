// Postal address lines of a printed card: "Kärntner Straße 12", "A-1010 Wien", "Österreich".
// The formats per country are listed in docs/business-cards.md.
import type { CardAddress } from './types';
import { cleanText } from './values';

// Words joined by one space or by "-"/"/": one way to match each text (no backtracking blow-up).
// Lazy, so that a region code after the city ("Milano MI") is not taken as part of it.
const CITY_WORD = String.raw`[\p{L}\p{M}.'’]+`;
// A post-office or district number may follow the city: "Paris Cedex 08", "1211 Genève 3", "150 30 Praha 5".
const CITY = String.raw`\p{Lu}[\p{L}\p{M}.'’]*(?:(?: ?[/-] ?| )${CITY_WORD}){0,4}?(?: Cedex)?(?: \d{1,2})?`;
/** A postal line is short; longer text is not tried. */
const MAX_POSTAL_LINE = 80;
/** Old car-plate prefixes written before the postal code: "A-1010", "CH-8001", "D-80331". */
const COUNTRY_PREFIX = String.raw`(?:(?:A|D|CH|FL|I|F|L|B|NL|PL|TR|DK|S|N|FIN|CZ|SK|H|SLO|HR|E|P|GB|IRL)\s?[-–]\s?)?`;

const POSTAL_PATTERNS: readonly RegExp[] = [
  // 1010 Wien · 80331 München · 00-950 Warszawa · 293 01 Mladá Boleslav · 1012 AB Amsterdam · 20121 Milano (MI) · 34394 Şişli/İstanbul
  new RegExp(
    String.raw`^${COUNTRY_PREFIX}(?<code>\d{4} ?[A-Z]{2}(?= \p{Lu})|\d{4,5}|\d{2}-\d{3}|\d{3} \d{2})\s+(?<city>${CITY})(?:\s*\(?(?<region>[A-Z]{2})\)?)?$`,
    'u',
  ),
  // New York, NY 10001
  new RegExp(String.raw`^(?<city>${CITY}),?\s+(?<region>[A-Z]{2})\s+(?<code>\d{5}(?:-\d{4})?)$`, 'u'),
  // London EC1A 1BB · EC1A 1BB London
  new RegExp(String.raw`^(?<city>${CITY})\s+(?<code>[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})$`, 'u'),
  new RegExp(String.raw`^(?<code>[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\s+(?<city>${CITY})$`, 'u'),
];

/**
 * English street words that no city name holds: "1600 Amphitheatre Pkwy" is a street, though it
 * looks like "1010 Wien". ("St." and "Ste." are left out: "St. Gallen", "Ste-Foy".)
 */
const ENGLISH_STREET =
  /(?<![\p{L}])(?:street|avenue|ave\.?|road|rd\.?|drive|lane|boulevard|blvd\.?|parkway|pkwy\.?|highway|hwy\.?|suite|court|plaza)(?![\p{L}])/iu;

/** A region written in capitals after a Dutch or Italian code is not part of the city. */
export function readPostalLine(segment: string): Pick<CardAddress, 'postalCode' | 'city' | 'region'> | undefined {
  if (segment.length > MAX_POSTAL_LINE) return undefined;
  for (const pattern of POSTAL_PATTERNS) {
    const groups = pattern.exec(segment)?.groups;
    if (!groups) continue;
    const postalCode = cleanText(groups['code']);
    const city = cleanText(groups['city']);
    const region = cleanText(groups['region']);
    if (!postalCode || !city || isCountry(city) || ENGLISH_STREET.test(city)) continue;
    return { postalCode, city, ...(region && { region }) };
  }
  return undefined;
}

const STREET_WORDS =
  /(?:stra(?:ß|ss)e|str\.|gasse|weg|platz|allee|ring|damm|ufer|markt|zeile|steig|graben|promenade|chaussee|(?<![\p{L}])(?:rue|avenue|av\.|boulevard|bd\.?|place|chemin|quai|impasse|via|viale|piazza|piazzale|corso|largo|vicolo|ul\.|ulica|al\.|aleja|pl\.|plac|os\.|straat|laan|plein|gracht|kade|dijk|singel|cad\.|caddesi|cadde|sok\.|sokak|sokağı|mah\.|mahallesi|bulvarı|blv\.|street|st\.|road|rd\.|lane|avenue|ave\.|square|drive|way|court|parkway|pkwy\.?|blvd\.?|highway|hwy\.?|plaza|postfach|p\.?o\.? box|case postale|bp)(?![\p{L}]))/iu;
const HOUSE_NUMBER = /(?:^|\s)(?:no[.:]?\s?)?\d{1,5}[a-z]?(?:\s?[/-]\s?\d{1,5}[a-z]?)*(?:[,\s]|$)/iu;

/**
 * A street line: a street word with a house number, or (unless `strict`, when no postal line
 * follows it) words followed by a house number.
 */
export function isStreetLine(segment: string, strict = false): boolean {
  if (segment.length > 80 || /@|www\./i.test(segment)) return false;
  const digits = segment.replace(/\D/g, '').length;
  if (digits > 8) return false;
  if (STREET_WORDS.test(segment) && (HOUSE_NUMBER.test(segment) || /postfach|box|postale/i.test(segment))) return true;
  // "Hauptplatz 3/2/14", "Rotenturmstraße 5-9": one to four words, then the number.
  return (
    !strict &&
    /^[\p{Lu}][\p{L}\p{M}.'’-]*(?: [\p{L}\p{M}.'’-]+){0,3} \d{1,5}[a-z]?(?:\s?[/-]\s?\d{1,5}[a-z]?)*$/u.test(segment)
  );
}

/** Country names as printed on cards, compared in lower case. */
const COUNTRIES = new Set([
  'österreich',
  'austria',
  'autriche',
  'deutschland',
  'germany',
  'allemagne',
  'schweiz',
  'switzerland',
  'suisse',
  'svizzera',
  'liechtenstein',
  'italia',
  'italy',
  'italien',
  'france',
  'frankreich',
  'nederland',
  'the netherlands',
  'netherlands',
  'niederlande',
  'belgië',
  'belgique',
  'belgium',
  'luxembourg',
  'polska',
  'poland',
  'polen',
  'türkiye',
  'turkey',
  'türkei',
  'españa',
  'spain',
  'united kingdom',
  'uk',
  'england',
  'usa',
  'united states',
  'czech republic',
  'česká republika',
  'slovensko',
  'slovenija',
  'hrvatska',
  'magyarország',
  'hungary',
  'danmark',
  'sverige',
  'norge',
]);

export const isCountry = (segment: string): boolean => COUNTRIES.has(segment.toLowerCase().replace(/\.$/, ''));
