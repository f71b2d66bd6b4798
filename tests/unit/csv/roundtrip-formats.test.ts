// Round-trip property tests for Google and Outlook CSV: what each format can
// carry comes back equal; what it can't is stated where the expectation is built.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import type { ContactAddress, ContactInput } from '../../../lib/model/contact';
import { CUSTOM_LABELS, birthdayArb, cellText, contactOf, trickyText, withoutE164 } from './arbitraries';

/** Property runs take seconds on a loaded machine: more than the default 5 s. */
const PROPERTY_TIMEOUT = 60_000;

const unique = (items: readonly string[]) => [...new Set(items)];
const dateArb = birthdayArb.filter((date) => !date.startsWith('--'));

/** The user's notes: any text that isn't blank (kept exactly, surrounding whitespace included). */
const notesArb = trickyText
  .map((text) => text.replace(/[\0\uFFFD]/g, ''))
  .filter((text) => text.trim() !== '' && !text.includes('[Sternstunde]') && !text.includes('--- Sternstunde ---'));

/** Fields no CSV of Google or Outlook carries: the stored identity and the event id. */
function carried(contact: ContactInput): ContactInput {
  const { id, createdAt, updatedAt, eventId, ...rest } = withoutE164(contact);
  void [id, createdAt, updatedAt, eventId];
  return rest;
}

/** A value's JSON with its keys in one order: two equal objects built in different orders sort alike. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const sorted = <T>(list: readonly T[]): T[] => [...list].sort((a, b) => canonical(a).localeCompare(canonical(b)));

function csvContacts(text: fc.Arbitrary<string>, label: fc.Arbitrary<string>, listItem: (item: string) => string) {
  return fc
    .tuple(contactOf({ text, label }, { birthday: birthdayArb }), dateArb, fc.option(notesArb, { nil: undefined }))
    .map(([contact, due, notes]): ContactInput => {
      const result: ContactInput = {
        ...contact,
        // Needs some content to be a row at all.
        firstName: contact.firstName ?? 'Anna',
        tags: unique(
          contact.tags.map(listItem).filter((tag) => !tag.startsWith('*') && tag.toLowerCase() !== 'sternstunde'),
        ),
        partnerFit: unique(contact.partnerFit.map(listItem)),
      };
      // Dates travel as M/D/YYYY: a date, not a time.
      if (contact.followUpDue !== undefined) result.followUpDue = due;
      if (notes === undefined) delete result.notes;
      else result.notes = notes;
      return result;
    });
}

const roundTrip = (contacts: ContactInput[], format: 'google' | 'outlook', delimiter: ',' | ';') => {
  const result = csvToContacts(contactsToCsv(contacts, format, { delimiter }));
  expect(result.errors).toEqual([]);
  return result.contacts;
};

describe('Google CSV round-trip', () => {
  // " ::: " separates several values in one Google cell: text can't hold ":::".
  const text = cellText.map((t) => t.replaceAll(':::', ': :')).filter((t) => t.trim() === t && t !== '');
  const label = fc.constantFrom('work', 'home', 'mobile', 'other', ...CUSTOM_LABELS);
  // Labels (the tags) are joined with " ::: "; partner fit is one "a; b" custom field.
  const arb = csvContacts(text, label, (item) => item.replaceAll(';', ','));

  for (const delimiter of [',', ';'] as const) {
    it(
      `every value and label of every list entry comes back in order (delimiter ${delimiter})`,
      () => {
        fc.assert(
          fc.property(fc.array(arb, { minLength: 1, maxLength: 4 }), (contacts) => {
            const expected = contacts.map((contact) => ({
              ...carried(contact),
              // Google has no address without any part.
              addresses: contact.addresses.filter((a) => Object.keys(a).length > 1),
            }));
            expect(roundTrip(contacts, 'google', delimiter)).toStrictEqual(expected);
          }),
          { numRuns: 200 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }
});

describe('Outlook CSV round-trip', () => {
  // The Sternstunde block in Notes is line based: a lone CR becomes a line break, a label can't hold ":".
  const text = cellText.map((t) => t.replace(/\r\n?/g, '\n')).filter((t) => t.trim() === t && t !== '');
  const label = fc.constantFrom(
    'work',
    'home',
    'mobile',
    'other',
    'Fax',
    'LinkedIn',
    'Assistant',
    'Pager',
    'ältere',
    'Büro (alt)',
    'Car',
  );
  // Tags and partner fit are "a; b" lines in the block.
  const arb = csvContacts(text, label, (item) => item.replaceAll(';', ','));

  /** The one address per kind (work, home, other) that Outlook's columns hold: the first that has no extended part or PO box. */
  function expectedAddresses(addresses: readonly ContactAddress[]): ContactAddress[] {
    const used = new Set<string>();
    return addresses
      .filter((a) => Object.keys(a).length > 1)
      .map((address) => {
        const { label, street, postalCode, city, region, country, formatted, extended, poBox } = address;
        if (!['work', 'home', 'other'].includes(label) || used.has(label) || extended || poBox) return address;
        used.add(label);
        const parts = { street, postalCode, city, region, country };
        const hasParts = Object.values(parts).some((part) => part !== undefined);
        // Outlook has no column for the one-text form: with parts it is left out, alone it is the street.
        const inColumns: ContactAddress = hasParts ? { label, ...parts } : { label, street: formatted };
        return JSON.parse(JSON.stringify(inColumns)) as ContactAddress;
      });
  }

  for (const delimiter of [',', ';'] as const) {
    it(
      `every value comes back; labels wherever Outlook or the notes block has a place for them (delimiter ${delimiter})`,
      () => {
        fc.assert(
          fc.property(fc.array(arb, { minLength: 1, maxLength: 4 }), (contacts) => {
            const back = roundTrip(contacts, 'outlook', delimiter);
            expect(back).toHaveLength(contacts.length);
            contacts.forEach((contact, i) => {
              const got = back[i] as ContactInput;
              const want = carried(contact);
              // E-mail Address, E-mail 2 and 3 have no label: those come back as "other"; more travel in the block, labelled.
              const emails = want.emails.map((e, n) => (n < 3 ? { label: 'other', value: e.value } : e));
              // Outlook's columns have a fixed order: phones, addresses and websites come back as a set.
              expect({
                ...got,
                phones: sorted(got.phones),
                addresses: sorted(got.addresses),
                websites: sorted(got.websites),
              }).toStrictEqual({
                ...want,
                emails,
                phones: sorted(want.phones),
                addresses: sorted(expectedAddresses(want.addresses)),
                websites: sorted(want.websites),
              });
            });
          }),
          { numRuns: 200 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }
});
