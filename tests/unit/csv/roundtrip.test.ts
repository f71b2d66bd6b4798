import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import type { ContactInput } from '../../../lib/model/contact';
import { contactArb } from './arbitraries';

const roundTrip = (contacts: ContactInput[], delimiter: ',' | ';') =>
  csvToContacts(contactsToCsv(contacts, 'full', { delimiter }));

describe("'full' CSV round-trip", () => {
  for (const delimiter of [',', ';'] as const) {
    it(`gives back exactly what was exported (delimiter ${delimiter})`, () => {
      fc.assert(
        fc.property(fc.array(contactArb, { minLength: 1, maxLength: 5 }), (contacts) => {
          const result = roundTrip(contacts, delimiter);
          expect(result.errors).toEqual([]);
          expect(result.contacts).toStrictEqual(contacts);
          expect(result.format).toBe('full');
          expect(result.delimiter).toBe(delimiter);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('keeps empty strings, empty lists and absent fields apart', () => {
    const contacts: ContactInput[] = [
      { tags: [], partnerFit: [] },
      { firstName: '', lastName: "'", notes: "''", tags: [''], partnerFit: [] },
      { email: '\\x', phone: "'\\", company: '\\', tags: ['a', ''], partnerFit: ['[]'] },
    ];
    expect(roundTrip(contacts, ',').contacts).toStrictEqual(contacts);
  });

  it('survives characters the importer treats as corruption, via an escaped cell', () => {
    const contacts: ContactInput[] = [
      { notes: 'a\0b', company: 'x\uFFFDy', firstName: '\uD800', tags: ['\0'], partnerFit: ['\uFFFD'] },
    ];
    const text = contactsToCsv(contacts, 'full');
    expect(text).not.toMatch(/[\0\uFFFD]/);
    expect(csvToContacts(text).contacts).toStrictEqual(contacts);
  });

  it('round-trips a realistic stored contact', () => {
    const contact: ContactInput = {
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      createdAt: '2025-12-12T19:30:00.000Z',
      updatedAt: '2025-12-13T08:00:00.000Z',
      prefix: 'Mag.',
      firstName: 'Jörg',
      lastName: 'van der Berg',
      company: 'Huber & Söhne GmbH',
      jobTitle: 'Einkauf',
      email: 'joerg@huber.at',
      phone: '+43 660 1234567',
      linkedin: 'https://linkedin.com/in/jvdb',
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
    };
    expect(roundTrip([contact], ';').contacts).toStrictEqual([contact]);
  });
});
