import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import type { ContactInput } from '../../../lib/model/contact';
import { contactArb, withoutE164 } from './arbitraries';

/** Property runs take seconds on a loaded machine: more than the default 5 s. */
const PROPERTY_TIMEOUT = 60_000;

const roundTrip = (contacts: ContactInput[], delimiter: ',' | ';') =>
  csvToContacts(contactsToCsv(contacts, 'full', { delimiter }));

const lists = { emails: [], phones: [], addresses: [], websites: [], tags: [], partnerFit: [] };

describe("'full' CSV round-trip", () => {
  for (const delimiter of [',', ';'] as const) {
    it(
      `gives back exactly what was exported, every list entry and label (delimiter ${delimiter})`,
      () => {
        fc.assert(
          fc.property(fc.array(contactArb, { minLength: 1, maxLength: 5 }), (contacts) => {
            const result = roundTrip(contacts, delimiter);
            expect(result.errors).toEqual([]);
            // Not carried: a phone's e164, derived from the number when the contact is stored.
            expect(result.contacts).toStrictEqual(contacts.map(withoutE164));
            expect(result.format).toBe('full');
            expect(result.delimiter).toBe(delimiter);
          }),
          { numRuns: 300 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  it('keeps empty strings, empty lists and absent fields apart', () => {
    const contacts: ContactInput[] = [
      { ...lists },
      { ...lists, firstName: '', lastName: "'", notes: "''", tags: [''], emails: [{ label: '', value: '' }] },
      {
        ...lists,
        company: '\\',
        phones: [{ label: "'\\", value: '\\x' }],
        addresses: [{ label: 'work' }, { label: 'home', street: '' }],
        tags: ['a', ''],
        partnerFit: ['[]'],
      },
    ];
    expect(roundTrip(contacts, ',').contacts).toStrictEqual(contacts);
  });

  it('survives characters the importer treats as corruption, via an escaped cell', () => {
    const contacts: ContactInput[] = [
      {
        ...lists,
        notes: 'a\0b',
        company: 'x\uFFFDy',
        firstName: '\uD800',
        tags: ['\0'],
        partnerFit: ['\uFFFD'],
        emails: [{ label: '\0', value: 'a\uFFFD@b' }],
      },
    ];
    const text = contactsToCsv(contacts, 'full');
    expect(text).not.toMatch(/[\0\uFFFD]/);
    expect(csvToContacts(text).contacts).toStrictEqual(contacts);
  });

  it('round-trips a realistic stored contact with several values per field', () => {
    const contact: ContactInput = {
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      createdAt: '2025-12-12T19:30:00.000Z',
      updatedAt: '2025-12-13T08:00:00.000Z',
      prefix: 'Mag.',
      firstName: 'Jörg',
      middleName: 'Maria',
      lastName: 'van der Berg',
      suffix: 'MBA',
      nickname: 'Jö',
      company: 'Huber & Söhne GmbH',
      jobTitle: 'Einkauf',
      department: 'Beschaffung',
      birthday: '--04-12',
      emails: [
        { label: 'work', value: 'joerg@huber.at' },
        { label: 'home', value: 'joerg@gmx.at' },
      ],
      phones: [
        { label: 'mobile', value: '+43 660 1234567' },
        { label: 'work', value: '+43 1 5550100' },
        { label: 'Fax', value: '+43 1 5550199' },
      ],
      addresses: [
        { label: 'work', street: 'Ringstraße 5', postalCode: '1010', city: 'Wien', country: 'Österreich' },
        { label: 'Ferienhaus', formatted: 'Seeweg 1\n5020 Salzburg' },
      ],
      websites: [
        { label: 'work', value: 'https://huber.at' },
        { label: 'LinkedIn', value: 'https://linkedin.com/in/jvdb' },
      ],
      notes: 'Sprach über "Lieferketten";\nwill Broschüre',
      tags: ['Kunde', 'Wien'],
      eventId: 'ev-1',
      metAt: 'Weihnachtsfeier Huber AG',
      introducedBy: 'Maria Huber',
      partnerFit: ['Koller IT', 'Bau Wagner'],
      followUpDue: '2025-12-15T08:00:00.000Z',
      followUpStatus: 'open',
      followUpPromise: 'Broschüre schicken',
      followUpContext: 'Weihnachtsfeier Huber AG; Lieferketten',
      followUpEmail: 'joerg@gmx.at',
    };
    expect(roundTrip([contact], ';').contacts).toStrictEqual([contact]);
  });

  it('leaves e164 out of the file and the import', () => {
    const contact: ContactInput = {
      ...lists,
      phones: [{ label: 'mobile', value: '+43 660 1234567', e164: '+436601234567' }],
    };
    const text = contactsToCsv([contact], 'full');
    expect(text).not.toContain('e164');
    expect(text).not.toContain('+436601234567');
    expect(csvToContacts(text).contacts).toStrictEqual([
      { ...lists, phones: [{ label: 'mobile', value: '+43 660 1234567' }] },
    ]);
  });

  it('reads the older full-1 files, their single fields as the first list entries', () => {
    const text =
      'sternstunde,firstName,email,phone,website,linkedin,address,tags,partnerFit\r\n' +
      'full-1,Anna,anna@huber.at,\'+43 660 1234567,https://huber.at,https://linkedin.com/in/anna,Ringstraße 5,"[""VIP""]",[]\r\n';
    expect(csvToContacts(text)).toMatchObject({
      errors: [],
      contacts: [
        {
          ...lists,
          firstName: 'Anna',
          emails: [{ label: 'work', value: 'anna@huber.at' }],
          phones: [{ label: 'mobile', value: '+43 660 1234567' }],
          websites: [
            { label: 'work', value: 'https://huber.at' },
            { label: 'LinkedIn', value: 'https://linkedin.com/in/anna' },
          ],
          addresses: [{ label: 'work', formatted: 'Ringstraße 5' }],
          tags: ['VIP'],
        },
      ],
    });
  });

  it('accepts contacts of the old model (single fields, no lists) on export', () => {
    const old = { firstName: 'Anna', email: 'anna@huber.at', phone: '+43 660 1234567' } as unknown as ContactInput;
    expect(csvToContacts(contactsToCsv([old], 'full')).contacts).toStrictEqual([
      {
        ...lists,
        firstName: 'Anna',
        emails: [{ label: 'work', value: 'anna@huber.at' }],
        phones: [{ label: 'mobile', value: '+43 660 1234567' }],
      },
    ]);
  });
});
