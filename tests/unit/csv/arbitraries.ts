// fast-check generators for contacts with text that is hard on CSV and spreadsheets.
import fc from 'fast-check';
import type { ContactInput } from '../../../lib/model/contact';

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
];
const PIECES = [
  '=1+1',
  '+43 660 1234567',
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

// Optional keys are left out by fc.record (absent), never set to undefined.
const optional = trickyText;
const list = fc.array(trickyText, { maxLength: 4 });

/** A contact whose optional fields are randomly absent, empty or tricky. */
export const contactArb: fc.Arbitrary<ContactInput> = fc
  .record(
    {
      id: optional,
      createdAt: optional,
      updatedAt: optional,
      prefix: optional,
      firstName: optional,
      middleName: optional,
      lastName: optional,
      suffix: optional,
      company: optional,
      jobTitle: optional,
      department: optional,
      email: optional,
      phone: optional,
      website: optional,
      linkedin: optional,
      address: optional,
      notes: optional,
      tags: list,
      eventId: optional,
      metAt: optional,
      introducedBy: optional,
      partnerFit: list,
      followUpDue: optional,
      followUpStatus: fc.constantFrom('open' as const, 'done' as const),
      followUpPromise: optional,
      followUpContext: optional,
    },
    { requiredKeys: ['tags', 'partnerFit'] },
  )
  // fc.record builds null-prototype objects; the importer builds plain ones.
  .map((contact): ContactInput => ({ ...contact }));
