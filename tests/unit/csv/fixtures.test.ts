import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import { contactsToVCard } from '../../../lib/vcard';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');

describe('imports of realistic samples', () => {
  it('Google (new), with BOM, multi-line cells and " ::: " multi-values', () => {
    const { contacts, errors, format, delimiter } = csvToContacts(fixture('google-new.csv'));
    expect({ errors, format, delimiter }).toEqual({ errors: [], format: 'google', delimiter: ',' });
    expect(contacts).toStrictEqual([
      {
        prefix: 'Dr.',
        firstName: 'Anna',
        lastName: 'Berger',
        company: 'Huber & Söhne GmbH',
        jobTitle: 'Head of Purchasing',
        department: 'Einkauf',
        email: 'anna.berger@huber.at',
        phone: '+43 660 1234567',
        address: 'Mariahilfer Straße 1\n1060 Wien\nAustria',
        linkedin: 'https://www.linkedin.com/in/anna-berger',
        website: 'https://huber.at',
        metAt: 'Weihnachtsfeier Huber AG',
        tags: ['Kunden', 'Wien'],
        partnerFit: [],
        notes:
          'Talked about "Lieferketten", skiing; wants the brochure\n\nE-mail: anna@example.com\nPhone: +43 1 234 56 78',
      },
      {
        firstName: 'Markus',
        lastName: 'Öztürk',
        company: 'Lumen Partners OG',
        email: 'markus@lumen.at',
        phone: '+43 664 1112223',
        tags: [],
        partnerFit: [],
        notes: 'E-mail: m.oeztuerk@gmail.com\nPhone: +43 1 2223334\nHobby: Segeln',
      },
      {
        prefix: 'Mag.',
        firstName: 'Lisa Maria',
        lastName: 'Gruber',
        company: 'Gruber Consulting e.U.',
        tags: [],
        partnerFit: [],
      },
    ]);
  });

  it('Google (old), LF line ends, full name split when given names are absent', () => {
    const { contacts, errors, format } = csvToContacts(fixture('google-old.csv'));
    expect({ errors, format }).toEqual({ errors: [], format: 'google-old' });
    expect(contacts).toStrictEqual([
      {
        firstName: 'Eva',
        middleName: 'Maria',
        lastName: 'Koller',
        company: 'Koller IT GmbH',
        jobTitle: 'Geschäftsführerin',
        email: 'eva.koller@koller-it.at',
        phone: '+43 316 777888',
        website: 'https://koller-it.at',
        notes: 'Kennt den Einkauf bei Huber.',
        tags: ['Partner'],
        partnerFit: [],
      },
      {
        prefix: 'Prof. Dr.',
        firstName: 'Hans',
        lastName: 'von Stein',
        email: 'hans@vonstein.de',
        tags: [],
        partnerFit: [],
      },
    ]);
  });

  it('Outlook (61 columns)', () => {
    const { contacts, errors, format } = csvToContacts(fixture('outlook-61.csv'));
    expect({ errors, format }).toEqual({ errors: [], format: 'outlook' });
    expect(contacts).toStrictEqual([
      {
        prefix: 'DI',
        firstName: 'Petra',
        lastName: 'Wagner',
        jobTitle: 'Prokuristin',
        company: 'Bau Wagner AG',
        website: 'https://bau-wagner.at',
        email: 'petra.wagner@bau-wagner.at',
        phone: '+43 676 9990001',
        address: 'Ringstraße 5, 1010 Wien, Österreich',
        tags: [],
        partnerFit: [],
        notes: 'Sehr nett.\r\nSucht Partner für Photovoltaik.\n\nBusiness Phone: +43 1 5550100',
      },
      {
        firstName: 'Thomas',
        lastName: 'Leitner',
        company: 'Leitner & Co KG',
        email: 'thomas@leitner.at',
        phone: '+43 2236 12345',
        linkedin: 'https://www.linkedin.com/in/thomas-leitner',
        tags: [],
        partnerFit: [],
        notes: 'E-mail 2 Address: t.leitner@gmx.at',
      },
    ]);
  });

  it('classic Outlook (92 columns, semicolons): Categories and Referred By', () => {
    const { contacts, errors, format, delimiter } = csvToContacts(fixture('outlook-92.csv'));
    expect({ errors, format, delimiter }).toEqual({ errors: [], format: 'outlook-classic', delimiter: ';' });
    expect(contacts).toStrictEqual([
      {
        prefix: 'Mag.',
        firstName: 'Karl',
        lastName: 'Fischer',
        company: 'Fischer Steuerberatung GmbH',
        jobTitle: 'Partner',
        phone: '+43 512 123456',
        email: 'karl@fischer.at',
        introducedBy: 'Maria Huber',
        tags: ['Kunden', 'Weihnachtsfeier 2025'],
        partnerFit: [],
        notes: 'Braucht jemanden für IT-Sicherheit; passt zu Koller IT.',
      },
      {
        firstName: 'Sabine',
        lastName: 'Mayr',
        company: 'Mayr Events',
        address: 'Hauptplatz 3, 4020 Linz',
        tags: [],
        partnerFit: [],
      },
    ]);
  });

  it('what an import returns is accepted as is by every export', () => {
    for (const name of ['google-new.csv', 'google-old.csv', 'outlook-61.csv', 'outlook-92.csv']) {
      const { contacts } = csvToContacts(fixture(name));
      for (const format of ['full', 'google', 'outlook'] as const) {
        expect(csvToContacts(contactsToCsv(contacts, format)).errors).toEqual([]);
      }
      expect(contactsToVCard(contacts)).toMatch(/^BEGIN:VCARD\r\n/);
      expect(csvToContacts(contactsToCsv(contacts, 'full')).contacts).toStrictEqual(contacts);
    }
  });

  it('reports line numbers of the file, counting line breaks inside quoted cells', () => {
    const text = fixture('google-new.csv').replace('Markus,,Öztürk', 'Markus,,Öztürk,extra');
    expect(csvToContacts(text).errors).toEqual([{ line: 5, message: expect.stringMatching(/expected 40 columns/) }]);
  });

  it('tolerates header case and whitespace', () => {
    const text = ' first  NAME ,LAST name,e-MAIL address\r\nAnna,Berger,a@b.at\r\n';
    expect(csvToContacts(text).contacts).toStrictEqual([
      { firstName: 'Anna', lastName: 'Berger', email: 'a@b.at', tags: [], partnerFit: [] },
    ]);
  });

  it('reads tab-separated files', () => {
    const text = 'First Name\tLast Name\tLabels\nAnna\tBerger\t* myContacts ::: VIP\n';
    expect(csvToContacts(text)).toMatchObject({ delimiter: '\t', contacts: [{ firstName: 'Anna', tags: ['VIP'] }] });
  });
});
