import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CardFields, readCardText, readContactCode } from '../../../lib/cards';

const KEYS = [
  'prefix',
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'department',
  'emails',
  'phones',
  'websites',
  'address',
];
const ADDRESS_KEYS = ['street', 'postalCode', 'city', 'region', 'country'];

/** Letters and digits only, lower case, an OCR "0" counted as "o": the form in which every value must occur in the input. */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/0/g, 'o')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Independent of the readers: the forms a payload's text can take once decoded. */
function decodedForms(input: string): string[] {
  const unfolded = input.replace(/\r?\n[ \t]|=\r?\n/g, '');
  const qp = (text: string, charset: string) => {
    const bytes = [...text.matchAll(/=([\dA-Fa-f]{2})|[\s\S]/gu)].flatMap((m) =>
      m[1] ? [parseInt(m[1], 16)] : [...new TextEncoder().encode(m[0])],
    );
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  };
  const percent = (text: string) =>
    text.replace(/%([\dA-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  const unescape = (text: string) => text.replace(/\\[nN]/g, ' ').replace(/\\(.)/gu, '$1');
  const forms: string[] = [];
  for (const base of [input, unfolded])
    for (const decoded of [base, qp(base, 'utf-8'), qp(base, 'iso-8859-1'), percent(base)])
      forms.push(squash(decoded), squash(unescape(decoded)));
  return forms;
}

function checkShape(result: CardFields, input: string): void {
  const forms = decodedForms(input);
  expect(KEYS).toEqual(expect.arrayContaining(Object.keys(result)));
  for (const list of [result.emails, result.phones, result.websites]) expect(Array.isArray(list)).toBe(true);
  const strings: unknown[] = [
    ...Object.entries(result)
      .filter(([key]) => !['emails', 'phones', 'websites', 'address'].includes(key))
      .map(([, value]) => value),
    ...result.emails,
    ...result.phones,
    ...result.websites,
  ];
  if (result.address !== undefined) {
    expect(ADDRESS_KEYS).toEqual(expect.arrayContaining(Object.keys(result.address)));
    strings.push(...Object.values(result.address));
  }
  for (const value of strings) {
    expect(typeof value).toBe('string');
    const text = value as string;
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/[\p{Cc}\uFFFD]/u);
    const key = squash(text);
    expect(key).not.toBe('');
    expect(forms.some((form) => form.includes(key))).toBe(true);
  }
}

const cardWords = fc.constantFrom(
  'Dr. Anna Berger',
  'Mag.a',
  'Geschäftsführerin',
  'Head of Sales',
  'Lechner Bau GmbH',
  'Wimmer & Söhne',
  'Kärntner Straße 12',
  'A-1010 Wien',
  'CH-8001 Zürich',
  '00-950 Warszawa',
  '1012 AB Amsterdam',
  'Österreich',
  'T +43 1 234 56 78',
  'M +43 660 123 45 67',
  'Fax +43 1 234 56 79',
  'E anna.berger @ lechner . at',
  'www.lechner.at',
  'R0BERT HUBER',
  '| CE0 |',
  '王小明',
  'Ayşe Yılmaz',
  '<b>x</b>',
  '\\;\\:',
  '\u0000\u200b',
  ' · ',
  '',
);
const cardText = fc
  .array(fc.oneof(cardWords, fc.string({ maxLength: 20 })), { maxLength: 14 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => lines.join(nl)));

const vcardValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'M=C3=BCller',
    'K=C3=A4rntner=\r\n Stra=C3=9Fe',
    'a\\,b\\;c\\nd',
    '\\',
    '=ZZ',
    '<script>x</script>',
    'tel:+43-1-234',
  ),
);
const vcardLine = fc
  .tuple(
    fc.constantFrom('N', 'FN', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'URL', 'ADR', 'NOTE', 'PHOTO', 'X-Y', 'item1.TEL'),
    fc.constantFrom(
      '',
      ';CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE',
      ';QUOTED-PRINTABLE',
      ';TYPE=work,cell',
      ';TYPE="a:b"',
      ';ENCODING=b',
      ';CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE',
    ),
    vcardValue,
  )
  .map(([name, params, value]) => `${name}${params}:${value}`);
const vcard = fc
  .tuple(
    fc.constantFrom('2.1', '3.0', '4.0'),
    fc.array(vcardLine, { maxLength: 12 }),
    fc.constantFrom('\r\n', '\n'),
    fc.boolean(),
  )
  .map(([version, lines, nl, closed]) =>
    ['BEGIN:VCARD', `VERSION:${version}`, ...lines, ...(closed ? ['END:VCARD'] : [])].join(nl),
  );
const mecard = fc
  .array(fc.tuple(fc.constantFrom('N', 'TEL', 'EMAIL', 'ORG', 'TITLE', 'URL', 'ADR', 'NOTE'), vcardValue), {
    maxLength: 8,
  })
  .map((fields) => `MECARD:${fields.map(([k, v]) => `${k}:${v}`).join(';')};;`);
const uri = fc
  .tuple(
    fc.constantFrom('mailto:', 'MATMSG:TO:', 'tel:', 'SMSTO:', 'https://', 'www.', 'WIFI:'),
    fc.string({ maxLength: 40 }),
  )
  .map(([a, b]) => a + b);

describe('readCardText: properties', () => {
  it('never throws and returns only values found in the text (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkShape(readCardText(s), s)),
      { numRuns: 500 },
    );
  }, 60_000);
  it('never throws and returns only values found in the text (card-like lines)', () => {
    fc.assert(
      fc.property(cardText, (s) => checkShape(readCardText(s), s)),
      { numRuns: 500 },
    );
  }, 60_000);
  it('never throws on non-strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => 'x', 10n])
      expect(readCardText(value as unknown as string)).toEqual({ emails: [], phones: [], websites: [] });
  });
  it('stays bounded on huge text', () => {
    const result = readCardText('Anna Berger\nanna@lechner.at\n'.repeat(100_000));
    expect(result.emails).toEqual(['anna@lechner.at']);
  });
});

describe('readContactCode: properties', () => {
  it('never throws and returns only values found in the payload (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkShape(readContactCode(s), s)),
      { numRuns: 500 },
    );
  }, 60_000);
  it('never throws and returns only values found in the payload (vCard, MECARD, URIs)', () => {
    fc.assert(
      fc.property(fc.oneof(vcard, mecard, uri), (s) => checkShape(readContactCode(s), s)),
      { numRuns: 1000 },
    );
  }, 60_000);
});
