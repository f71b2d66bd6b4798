/** How a phone was labelled in the line: "Mobil:", "Tel.", "Fax", or not at all. */
export type PhoneLabel = 'mobile' | 'work' | 'Fax' | 'other';

export interface FoundPhone {
  value: string;
  label: PhoneLabel;
}

/** E-mails, phones and websites found in a line, in line order, and the line with them cut out. */
export interface ContactPoints {
  emails: string[];
  phones: FoundPhone[];
  websites: string[];
  /** The line with every found contact point (and its label) replaced by SEGMENT_BREAK. */
  rest: string;
  /** Host names of the e-mail and website: hints for which words are the company. */
  domains: string[];
}

/** Marks where something was cut out; the normalised line has no control characters. */
export const SEGMENT_BREAK = '\n';

const EMAIL =
  /(?:\b(?:e-?mail|mail)\b\s*:?\s*)?(?:mailto:)?([\p{L}\p{N}_%+'’-][\p{L}\p{N}._%+'’-]*@[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)*\.\p{L}{2,})(?:\?[^\s,;]*)?/giu;

const TLDS =
  'com|org|net|edu|gov|io|co|ai|app|dev|eu|at|de|ch|li|it|fr|es|pt|nl|be|lu|dk|se|no|fi|pl|cz|sk|hu|si|hr|ro|bg|gr|ie|uk|us|ca|au|jp|cn|ru|ua|info|biz|me|tv|online|shop|tech|wien|berlin|swiss|digital|cloud|xyz|solutions|consulting|agency|company|group';
const WEBSITE = new RegExp(
  String.raw`(?:\b(?:web|website|homepage|url|linkedin|xing)\s*:\s*)?` +
    String.raw`((?:https?:\/\/|www\.)[^\s,;<>()|"]+` +
    String.raw`|(?<![\p{L}\p{N}@.\/-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)*\.(?:${TLDS})(?![\p{L}\p{N}-])(?:\/[^\s,;<>()|"]*)?)`,
  'giu',
);

const LABELS: Record<string, PhoneLabel> = {
  mobil: 'mobile',
  mobile: 'mobile',
  mob: 'mobile',
  mobiel: 'mobile',
  handy: 'mobile',
  natel: 'mobile',
  cell: 'mobile',
  cellulare: 'mobile',
  portable: 'mobile',
  port: 'mobile',
  gsm: 'mobile',
  kom: 'mobile',
  komórka: 'mobile',
  cep: 'mobile',
  m: 'mobile',
  tel: 'work',
  tél: 'work',
  telefon: 'work',
  telefoon: 'work',
  telefono: 'work',
  téléphone: 'work',
  phone: 'work',
  ph: 'work',
  fon: 'work',
  direkt: 'work',
  direct: 'work',
  zentrale: 'work',
  office: 'work',
  t: 'work',
  p: 'work',
  fax: 'Fax',
  faks: 'Fax',
  telefax: 'Fax',
  f: 'Fax',
};
const LABEL_WORDS = Object.keys(LABELS)
  .filter((word) => word.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Single-letter labels ("T:", "M:") need the colon in a typed line; they would eat initials otherwise.
// On a printed card a letter before a number is a label ("T +43 1 234"): `bareLetters`.
const NUMBER = String.raw`((?<![\p{L}\p{N}])(?:\+|\(\+?)?\d[\d \-/()]*\d)`;
// Cards also separate digit groups with dots ("+41.44.123.45.67").
const DOTTED_NUMBER = String.raw`((?<![\p{L}\p{N}])(?:\+|\(\+?)?\d[\d \-/().]*\d)`;
const PHONE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(${LABEL_WORDS})(?![\p{L}\p{N}])\.?\s*:?\s*|(?<![\p{L}\p{N}])([tmpf])\s*:\s*)?` +
    NUMBER,
  'giu',
);
const PHONE_BARE_LETTERS = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(${LABEL_WORDS})(?![\p{L}\p{N}])\.?\s*:?\s*|(?<![\p{L}\p{N}])([tmpf])\.?\s*:?\s*)?` +
    DOTTED_NUMBER,
  'giu',
);

const MIN_PHONE_DIGITS = 6;
const MAX_PHONE_DIGITS = 17;

/**
 * Cuts e-mail, website and phone out of the line (in that order: each may contain the next).
 * `bareLetters`: a single letter before a number is a label even without a colon (printed cards).
 */
export function extractContactPoints(line: string, options: { bareLetters?: boolean } = {}): ContactPoints {
  const found: Omit<ContactPoints, 'rest'> = { emails: [], phones: [], websites: [], domains: [] };
  let rest = line.replace(EMAIL, (_match, address: string) => {
    const email = address.replace(/^[.'’]+|\.+$/g, '');
    if (!found.emails.includes(email)) found.emails.push(email);
    found.domains.push(email.slice(email.indexOf('@') + 1));
    return SEGMENT_BREAK;
  });
  rest = rest.replace(WEBSITE, (_match, url: string) => {
    const website = url.replace(/[.,;:!?'")\]]+$/, '');
    if (!found.websites.includes(website)) found.websites.push(website);
    const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#:]+)/i.exec(website)?.[1];
    if (host) found.domains.push(host);
    return SEGMENT_BREAK;
  });
  rest = rest.replace(
    options.bareLetters ? PHONE_BARE_LETTERS : PHONE,
    (match, label: string | undefined, letter: string | undefined, number: string) => {
      const phone = balanceParentheses(number);
      if (!isPhoneNumber(phone)) return match;
      if (!found.phones.some((p) => p.value === phone))
        found.phones.push({ value: phone, label: phoneLabel(label ?? letter) });
      return SEGMENT_BREAK;
    },
  );
  return { ...found, rest };
}

/** The label a phone's prefix word gives it; an unlabelled number is "other" (we don't know which it is). */
const phoneLabel = (word: string | undefined): PhoneLabel => (word && LABELS[word.toLowerCase()]) || 'other';

function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) return false;
  const isDate = /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}$/.test(text);
  const isYearRange = /^(?:19|20)\d\d ?[-/] ?(?:19|20)\d\d$/.test(text);
  return !isDate && !isYearRange;
}

/** "(0660 1234567" (the opening bracket of a "(…)" aside) → "0660 1234567". */
function balanceParentheses(number: string): string {
  const opens = number.split('(').length - 1;
  const closes = number.split(')').length - 1;
  return opens > closes && number.startsWith('(') ? number.slice(1).trimStart() : number;
}
