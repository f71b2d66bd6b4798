// fast-check generators for contacts with text that is hard on CSV and spreadsheets.
import fc from 'fast-check';
import type {
  ContactAddress,
  ContactEmail,
  ContactInput,
  ContactPhone,
  ContactWebsite,
} from '../../../lib/model/contact';

const TRICKY = [
  'ä',
  'Ö',
  'ß',
  '€',
  '😀',
  '👩‍💼',
  '"',
  "'",
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '=',
  '+',
  '-',
  '@',
  '\\',
  ':',
  '[',
  ']',
  '^',
];
const PIECES = [
  '=1+1',
  '+43 660 1234567',
  '+1 (555) 010-0199',
  '-x',
  '@x',
  "'=x",
  "''+1",
  '=HYPERLINK("x")',
  ' :: ',
  ' ::: ',
  'Müller',
  '""',
  '\\"',
  '{"label":"x"}',
];

/** Text built from tricky characters, formula-like pieces and plain unicode. */
export const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

const COMMON = ['work', 'home', 'mobile', 'other'] as const;
/** Custom labels people use (Google's, Outlook's column names, their own). */
export const CUSTOM_LABELS = ['Fax', 'LinkedIn', 'Assistant', 'Work Fax', 'Pager', 'ältere', 'Büro (alt)', 'Car'];
export const realisticLabel = fc.constantFrom<string>(...COMMON, ...CUSTOM_LABELS);

interface Texts {
  text: fc.Arbitrary<string>;
  label: fc.Arbitrary<string>;
}

const entries = ({ text, label }: Texts, maxLength: number) => ({
  email: fc.record({ label, value: text }) as fc.Arbitrary<ContactEmail>,
  phone: fc.record(
    { label, value: text, e164: fc.constant('+436601234567') },
    { requiredKeys: ['label', 'value'] },
  ) as fc.Arbitrary<ContactPhone>,
  website: fc.record({ label, value: text }) as fc.Arbitrary<ContactWebsite>,
  address: fc.record(
    {
      label,
      street: text,
      extended: text,
      poBox: text,
      postalCode: text,
      city: text,
      region: text,
      country: text,
      formatted: text,
    },
    { requiredKeys: ['label'] },
  ) as fc.Arbitrary<ContactAddress>,
  maxLength,
});

/** A contact whose optional fields are randomly absent or drawn from `text`, with lists of `maxLength` entries. */
export function contactOf(texts: Texts, options: { maxLength?: number; birthday?: fc.Arbitrary<string> } = {}) {
  const { text } = texts;
  const e = entries(texts, options.maxLength ?? 4);
  const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: e.maxLength });
  return (
    fc
      .record(
        {
          id: text,
          createdAt: text,
          updatedAt: text,
          prefix: text,
          firstName: text,
          middleName: text,
          lastName: text,
          suffix: text,
          nickname: text,
          company: text,
          jobTitle: text,
          department: text,
          birthday: options.birthday ?? text,
          emails: list(e.email),
          phones: list(e.phone),
          addresses: list(e.address),
          websites: list(e.website),
          notes: text,
          tags: fc.array(text, { maxLength: 4 }),
          eventId: text,
          metAt: text,
          introducedBy: text,
          partnerFit: fc.array(text, { maxLength: 4 }),
          followUpDue: text,
          followUpStatus: fc.constantFrom('open' as const, 'done' as const),
          followUpPromise: text,
          followUpContext: text,
          followUpEmail: text,
        },
        { requiredKeys: ['emails', 'phones', 'addresses', 'websites', 'tags', 'partnerFit'] },
      )
      // fc.record builds null-prototype objects; the importer builds plain ones.
      .map((contact): ContactInput => JSON.parse(JSON.stringify(contact)) as ContactInput)
  );
}

/** Anything: optional fields absent, empty or tricky, labels common, custom or tricky. */
export const contactArb: fc.Arbitrary<ContactInput> = contactOf({
  text: trickyText,
  label: fc.oneof(realisticLabel, trickyText),
});

/** A birthday as the model has it. */
export const birthdayArb = fc
  .tuple(
    fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(
    ([year, month, day]) =>
      `${year === undefined ? '-' : String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

/** Trimmed, non-empty text: tricky characters inside, nothing Google or Outlook trim away. */
export const cellText = trickyText.map((text) => text.replace(/[\0\uFFFD]/g, '').trim()).filter((text) => text !== '');

/** What every file format gives back of a contact's phones: e164 is derived and left out of files. */
export const withoutE164 = (contact: ContactInput): ContactInput => ({
  ...contact,
  phones: contact.phones.map(({ label, value }) => ({ label, value })),
});
