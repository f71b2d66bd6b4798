// Signs that words name a company: legal forms ("GmbH", "Sp. z o.o."), company words
// ("Bank", "Consulting"), and the domain of the person's e-mail or website.
import { foldText } from '../text/fold';

/** Compared in lower case without dots: "Ges.m.b.H." = "gesmbh", "S.r.l." = "srl". */
const LEGAL_FORMS = new Set([
  'gmbh',
  'mbh',
  'ggmbh',
  'gesmbh',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'gesbr',
  'gbr',
  'ug',
  'ltd',
  'llc',
  'llp',
  'inc',
  'corp',
  'plc',
  'limited',
  'corporation',
  'srl',
  'sarl',
  'sas',
  'bv',
  'nv',
  'oy',
  'oyj',
  'aps',
  'kft',
  'zrt',
  'nyrt',
  'sro',
  'doo',
  'ltda',
  'lda',
  'co',
]);
/** Compared exactly: in other spellings these are ordinary words ("as", "ab", "se", "Spa"). */
const LEGAL_FORMS_EXACT = new Set([
  'SE',
  'OG',
  'AB',
  'AS',
  'A/S',
  'ASA',
  'SA',
  'S.A.',
  'e.U.',
  'e.V.',
  'e.K.',
  'eG',
  'S.p.A.',
  'SpA',
  'S.L.',
  'S.L.U.',
  'a.s.',
  'S.C.',
  'A.Ş.',
  'AŞ',
  'Bt.',
  'ООО',
  'ОАО',
  'АО',
  'ПАО',
  'ЗАО',
]);
/** Several words, compared like LEGAL_FORMS. */
const LEGAL_FORM_SEQUENCES: readonly (readonly string[])[] = [
  ['&', 'co', 'kg'],
  ['&', 'co', 'ohg'],
  ['&', 'co'],
  ['&', 'cie'],
  ['&', 'partner'],
  ['&', 'partners'],
  ['&', 'söhne'],
  ['&', 'sons'],
  ['und', 'partner'],
  ['+', 'partner'],
  ['sp', 'z', 'oo'],
  ['pty', 'ltd'],
  ['ltd', 'şti'],
];

const legalKey = (token: string) => token.toLowerCase().replace(/\./g, '');

/** How many words starting at `index` form a legal form (0: none). */
export function legalFormLength(tokens: readonly string[], index: number): number {
  for (const sequence of LEGAL_FORM_SEQUENCES) {
    if (sequence.every((word, offset) => legalKey(tokens[index + offset] ?? '') === word)) return sequence.length;
  }
  const token = tokens[index] ?? '';
  return LEGAL_FORMS.has(legalKey(token)) || LEGAL_FORMS_EXACT.has(token) ? 1 : 0;
}

/** Words that on their own say "company", compared in lower case. */
const COMPANY_WORDS = new Set([
  'bank',
  'sparkasse',
  'versicherung',
  'holding',
  'group',
  'gruppe',
  'consulting',
  'solutions',
  'technologies',
  'technology',
  'software',
  'systems',
  'services',
  'partners',
  'verlag',
  'werke',
  'stiftung',
  'kanzlei',
  'universität',
  'university',
  'institut',
  'institute',
  'agentur',
  'agency',
  'studio',
  'labs',
  'media',
  'gesellschaft',
  'genossenschaft',
  'hotel',
  'klinik',
  'klinikum',
  'krankenhaus',
  'spital',
  'ministerium',
  'magistrat',
  'verband',
  'bau',
  'immobilien',
  'invest',
  'capital',
  'ventures',
  'pharma',
  'energie',
  'energy',
  'telekom',
  'telecom',
  'airlines',
  'motors',
  'industries',
  'industrie',
  'automotive',
  'treuhand',
]);
/** Endings of German compounds: "Wirtschaftskammer", "Raiffeisenbank", "Holzbau", "Brauerei". */
const COMPANY_ENDINGS = [
  'bank',
  'versicherung',
  'kammer',
  'werke',
  'verlag',
  'gruppe',
  'kanzlei',
  'gesellschaft',
  'genossenschaft',
  'holding',
  'klinik',
  'klinikum',
  'ministerium',
  'verband',
  'stiftung',
  'agentur',
  'bau',
  'technik',
  'immobilien',
  'spital',
  'erei',
];
/** CJK legal forms are written without a space: "丰田株式会社". */
const CJK_LEGAL_ENDINGS = ['株式会社', '有限会社', '有限公司', '公司'];

/**
 * Whether one word suggests a company: a company word, an acronym ("ÖBB", "KPMG"; not when the
 * whole line is in capitals), letters with digits ("A1", "3M") or an inner "&" ("H&M").
 */
export function isCompanyWord(token: string, lineIsUpperCase: boolean): boolean {
  // "HOLDİNG": a Turkish dotted capital I lowers to i plus a combining dot.
  const lower = token.toLowerCase().replace(/\u0307/g, '');
  if (COMPANY_WORDS.has(lower)) return true;
  if (COMPANY_ENDINGS.some((ending) => lower.length >= ending.length + 3 && lower.endsWith(ending))) return true;
  if (CJK_LEGAL_ENDINGS.some((ending) => token.endsWith(ending))) return true;
  if (!lineIsUpperCase && /^[\p{Lu}\p{N}&-]{2,6}$/u.test(token) && (token.match(/\p{Lu}/gu)?.length ?? 0) >= 2)
    return true;
  if (/\p{L}/u.test(token) && /\p{N}/u.test(token)) return true;
  return /.&./u.test(token);
}

/** E-mail providers and profile sites: their domain says nothing about the employer. */
const NON_COMPANY_DOMAINS = new Set([
  'gmail',
  'googlemail',
  'gmx',
  'web',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'icloud',
  'me',
  'mac',
  'aon',
  'chello',
  'a1',
  'bluewin',
  't-online',
  'freenet',
  'posteo',
  'mailbox',
  'proton',
  'protonmail',
  'aol',
  'yandex',
  'mail',
  'hispeed',
  'kabsi',
  'inode',
  'sunrise',
  'linkedin',
  'xing',
  'facebook',
  'instagram',
  'twitter',
  'x',
  'github',
  'google',
]);
const SECOND_LEVEL = new Set(['co', 'com', 'or', 'ac', 'gv', 'org', 'net', 'gov', 'edu']);

/** "anna@mail.lechner-bau.co.at" → "lechnerbau"; undefined for mail providers. */
export function domainCompanyKey(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop();
  const label = labels[labels.length - 1];
  if (label === undefined || NON_COMPANY_DOMAINS.has(label)) return undefined;
  return label.replace(/-/g, '');
}

/** Words as they would be written in a domain: "Lechner Bäckerei" → "lechnerbaeckerei". */
function domainKeyOf(tokens: readonly string[]): string[] {
  const plain = tokens
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const transliterated = plain.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const stripped = foldText(plain).replace(/ß/g, 'ss');
  return [plain, transliterated, stripped];
}

/** Whether these words are what the domain spells ("Lechner" ~ lechner.at, lechner-group.com). */
export function matchesDomain(tokens: readonly string[], domainKeys: readonly string[]): boolean {
  const forms = domainKeyOf(tokens);
  return domainKeys.some((key) =>
    forms.some((form) => form.length >= 3 && (form === key || (form.length >= 4 && key.startsWith(form)))),
  );
}
