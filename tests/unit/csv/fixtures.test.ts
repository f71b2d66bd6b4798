import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import type { ContactInput } from '../../../lib/model/contact';
import { contactsToVCard } from '../../../lib/vcard';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
const lists = { emails: [], phones: [], addresses: [], websites: [], tags: [], partnerFit: [] };

/** The header and the rows of a file as objects, read by papaparse (not our reader). */
function table(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  const [header = [], ...data] = parsed.data;
  return { header, rows: data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))) };
}
const filled = (row: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(row ?? {}).filter(([, value]) => value !== ''));

const hofer: ContactInput = {
  ...lists,
  prefix: 'Mag.',
  firstName: 'Stefanie',
  lastName: 'Hofer',
  nickname: 'Steffi',
  company: 'Alpen Logistik GmbH',
  jobTitle: 'Head of Procurement',
  department: 'Einkauf',
  birthday: '1984-03-09',
  emails: [
    { label: 'work', value: 's.hofer@alpen-logistik.at' },
    { label: 'home', value: 'steffi.hofer@gmx.at' },
  ],
  phones: [
    { label: 'mobile', value: '+43 664 1234567' },
    { label: 'work', value: '+43 1 5550100' },
    { label: 'Work Fax', value: '+43 1 5550199' },
  ],
  addresses: [
    {
      label: 'work',
      formatted: 'Lagerstraße 12\n1110 Wien\nAT',
      street: 'Lagerstraße 12',
      city: 'Wien',
      postalCode: '1110',
      country: 'AT',
    },
  ],
  websites: [{ label: 'work', value: 'https://alpen-logistik.at' }],
  tags: ['Kunden'],
  notes: 'Met at the Christmas party of Huber AG.\nWants a quote for Q1.',
};
const brandl: ContactInput = {
  ...lists,
  firstName: 'Jonas',
  lastName: 'Brandl',
  company: 'Brandl Bau GmbH & Co. KG',
  jobTitle: 'Projektleiter',
  birthday: '--11-23',
  emails: [
    { label: 'work', value: 'jonas.brandl@brandl-bau.de' },
    { label: 'other', value: 'j.brandl@web.de' },
  ],
  phones: [
    { label: 'mobile', value: '+49 171 2345678' },
    { label: 'work', value: '+49 89 1234-560' },
    { label: 'home', value: '+49 89 7654321' },
  ],
  addresses: [
    {
      label: 'work',
      formatted: 'Leopoldstraße 44\n80802 München\nDE',
      street: 'Leopoldstraße 44',
      city: 'München',
      postalCode: '80802',
      country: 'DE',
    },
    {
      label: 'home',
      formatted: 'Am Hang 3\n82319 Starnberg\nDE',
      street: 'Am Hang 3',
      extended: 'Haus B',
      city: 'Starnberg',
      region: 'Bayern',
      postalCode: '82319',
      country: 'DE',
    },
  ],
  websites: [{ label: 'Profile', value: 'https://www.linkedin.com/in/jonas-brandl' }],
  tags: ['Partner'],
  // Google's Event 1 (no field in the model) as a note line.
  notes: 'Anniversary: 2015-09-12',
};
const dubois: ContactInput = {
  ...lists,
  firstName: 'Claire',
  lastName: 'Dubois',
  company: 'Atelier Lumière',
  emails: [
    { label: 'work', value: 'claire@atelier-lumiere.fr' },
    { label: 'home', value: 'claire.dubois@orange.fr' },
  ],
  // Two mobiles in one cell, joined with " ::: " as Google writes values of one label.
  phones: [
    { label: 'mobile', value: '+33 6 12 34 56 78' },
    { label: 'mobile', value: '+33 6 98 76 54 32' },
    { label: 'work', value: '+33 1 23 45 67 89' },
  ],
  // Kept exactly: the blank line, the indent, the line break at the end.
  notes: 'Prefers English.\n\n  Follow up after Jan 6.\n',
};
const steiner: ContactInput = {
  ...lists,
  prefix: 'Dr.',
  firstName: 'Markus',
  middleName: 'J.',
  lastName: 'Steiner',
  suffix: 'MBA',
  nickname: 'Max',
  jobTitle: 'Geschäftsführer',
  department: 'Beratung',
  company: 'Steiner Consulting GmbH',
  birthday: '1979-07-14',
  emails: [
    { label: 'other', value: 'markus.steiner@steiner-consulting.at' },
    { label: 'other', value: 'm.steiner@gmail.com' },
  ],
  phones: [
    { label: 'work', value: '+43 1 2223344' },
    { label: 'mobile', value: '+43 699 11223344' },
    { label: 'home', value: '+43 1 4445566' },
  ],
  addresses: [
    { label: 'work', street: 'Kärntner Ring 10', city: 'Wien', postalCode: '1010', country: 'Österreich' },
    { label: 'home', street: 'Gartengasse 3', city: 'Wien', postalCode: '1050' },
  ],
  websites: [{ label: 'work', value: 'https://steiner-consulting.at' }],
  notes: 'Kennt den CFO von Huber.\r\nRückruf im Jänner.',
};
const fink: ContactInput = {
  ...lists,
  firstName: 'Laura',
  lastName: 'Fink',
  jobTitle: 'Art Director',
  company: 'Fink Design',
  emails: [
    { label: 'other', value: 'laura.fink@fink-design.de' },
    { label: 'other', value: 'laura@fink.family' },
  ],
  phones: [
    { label: 'work', value: '+49 30 1234567' },
    { label: 'work', value: '+49 30 1234568' },
    { label: 'mobile', value: '+49 160 9876543' },
    { label: 'Fax', value: '+49 30 1234569' },
  ],
  websites: [{ label: 'home', value: 'https://laurafink.de' }],
};

describe('imports of realistic exports with several e-mails and phones', () => {
  it('Google Contacts (its header order, BOM, "* " primary marks, " ::: " joined values)', () => {
    const { contacts, errors, format } = csvToContacts(fixture('google-contacts.csv'));
    expect({ errors, format }).toEqual({ errors: [], format: 'google' });
    expect(contacts).toStrictEqual([hofer, brandl, dubois]);
  });

  it('Outlook (61 columns): every phone and address column in its own entry with its label', () => {
    const { contacts, errors, format } = csvToContacts(fixture('outlook-contacts.csv'));
    expect({ errors, format }).toEqual({ errors: [], format: 'outlook' });
    expect(contacts).toStrictEqual([steiner, fink]);
  });
});

describe('imports of older samples', () => {
  it('Google (new), multi-line cells and " ::: " multi-values in labels and values', () => {
    const { contacts, errors, format, delimiter } = csvToContacts(fixture('google-new.csv'));
    expect({ errors, format, delimiter }).toEqual({ errors: [], format: 'google', delimiter: ',' });
    expect(contacts).toStrictEqual([
      {
        ...lists,
        prefix: 'Dr.',
        firstName: 'Anna',
        lastName: 'Berger',
        company: 'Huber & Söhne GmbH',
        jobTitle: 'Head of Purchasing',
        department: 'Einkauf',
        birthday: '1980-04-12',
        emails: [
          { label: 'work', value: 'anna.berger@huber.at' },
          { label: 'home', value: 'anna@example.com' },
        ],
        phones: [
          { label: 'mobile', value: '+43 660 1234567' },
          { label: 'work', value: '+43 1 234 56 78' },
        ],
        addresses: [
          {
            label: 'work',
            formatted: 'Mariahilfer Straße 1\n1060 Wien\nAustria',
            street: 'Mariahilfer Straße 1',
            city: 'Wien',
            postalCode: '1060',
            country: 'Austria',
          },
        ],
        websites: [
          { label: 'Profile', value: 'https://www.linkedin.com/in/anna-berger' },
          { label: 'work', value: 'https://huber.at' },
        ],
        metAt: 'Weihnachtsfeier Huber AG',
        tags: ['Kunden', 'Wien'],
        notes: 'Talked about "Lieferketten", skiing; wants the brochure',
      },
      {
        ...lists,
        firstName: 'Markus',
        lastName: 'Öztürk',
        company: 'Lumen Partners OG',
        // One label for both values of the group; one label per value when the label cell has as many.
        emails: [
          { label: 'work', value: 'markus@lumen.at' },
          { label: 'work', value: 'm.oeztuerk@gmail.com' },
        ],
        phones: [
          { label: 'mobile', value: '+43 664 1112223' },
          { label: 'work', value: '+43 1 2223334' },
        ],
        // A custom field that isn't one of ours has no field: a note line.
        notes: 'Hobby: Segeln',
      },
      { ...lists, prefix: 'Mag.', firstName: 'Lisa Maria', lastName: 'Gruber', company: 'Gruber Consulting e.U.' },
    ]);
  });

  it('Google (old), LF line ends, full name split when given names are absent', () => {
    const { contacts, errors, format } = csvToContacts(fixture('google-old.csv'));
    expect({ errors, format }).toEqual({ errors: [], format: 'google-old' });
    expect(contacts).toStrictEqual([
      {
        ...lists,
        firstName: 'Eva',
        middleName: 'Maria',
        lastName: 'Koller',
        company: 'Koller IT GmbH',
        jobTitle: 'Geschäftsführerin',
        emails: [{ label: 'work', value: 'eva.koller@koller-it.at' }],
        phones: [{ label: 'work', value: '+43 316 777888' }],
        websites: [{ label: 'work', value: 'https://koller-it.at' }],
        notes: 'Kennt den Einkauf bei Huber.',
        tags: ['Partner'],
      },
      {
        ...lists,
        prefix: 'Prof. Dr.',
        firstName: 'Hans',
        lastName: 'von Stein',
        emails: [{ label: 'home', value: 'hans@vonstein.de' }],
      },
    ]);
  });

  it('Outlook (61 columns), CRLF kept inside the notes', () => {
    const { contacts, errors, format } = csvToContacts(fixture('outlook-61.csv'));
    expect({ errors, format }).toEqual({ errors: [], format: 'outlook' });
    expect(contacts).toStrictEqual([
      {
        ...lists,
        prefix: 'DI',
        firstName: 'Petra',
        lastName: 'Wagner',
        jobTitle: 'Prokuristin',
        company: 'Bau Wagner AG',
        birthday: '1980-04-12',
        emails: [{ label: 'other', value: 'petra.wagner@bau-wagner.at' }],
        phones: [
          { label: 'work', value: '+43 1 5550100' },
          { label: 'mobile', value: '+43 676 9990001' },
        ],
        addresses: [{ label: 'work', street: 'Ringstraße 5', city: 'Wien', postalCode: '1010', country: 'Österreich' }],
        websites: [{ label: 'work', value: 'https://bau-wagner.at' }],
        notes: 'Sehr nett.\r\nSucht Partner für Photovoltaik.',
      },
      {
        ...lists,
        firstName: 'Thomas',
        lastName: 'Leitner',
        company: 'Leitner & Co KG',
        emails: [
          { label: 'other', value: 'thomas@leitner.at' },
          { label: 'other', value: 't.leitner@gmx.at' },
        ],
        phones: [{ label: 'home', value: '+43 2236 12345' }],
        websites: [{ label: 'home', value: 'https://www.linkedin.com/in/thomas-leitner' }],
      },
    ]);
  });

  it('classic Outlook (92 columns, semicolons): Categories and Referred By', () => {
    const { contacts, errors, format, delimiter } = csvToContacts(fixture('outlook-92.csv'));
    expect({ errors, format, delimiter }).toEqual({ errors: [], format: 'outlook-classic', delimiter: ';' });
    expect(contacts).toStrictEqual([
      {
        ...lists,
        prefix: 'Mag.',
        firstName: 'Karl',
        lastName: 'Fischer',
        company: 'Fischer Steuerberatung GmbH',
        jobTitle: 'Partner',
        phones: [{ label: 'work', value: '+43 512 123456' }],
        emails: [{ label: 'other', value: 'karl@fischer.at' }],
        introducedBy: 'Maria Huber',
        tags: ['Kunden', 'Weihnachtsfeier 2025'],
        notes: 'Braucht jemanden für IT-Sicherheit; passt zu Koller IT.',
      },
      {
        ...lists,
        firstName: 'Sabine',
        lastName: 'Mayr',
        company: 'Mayr Events',
        addresses: [{ label: 'home', street: 'Hauptplatz 3', city: 'Linz', postalCode: '4020' }],
      },
    ]);
  });
});

describe('exports of the imported contacts', () => {
  const google = csvToContacts(fixture('google-contacts.csv')).contacts;
  const outlook = csvToContacts(fixture('outlook-contacts.csv')).contacts;

  it("Google: Google's own groups, each value in its own group with Google's label, numbers without apostrophe", () => {
    const { header, rows } = table(contactsToCsv([...google, ...outlook], 'google'));
    const groups = header.slice(17).filter((h) => !h.startsWith('Custom Field'));
    expect(groups).toEqual([
      ...['E-mail 1', 'E-mail 2'].flatMap((g) => [`${g} - Label`, `${g} - Value`]),
      ...['Phone 1', 'Phone 2', 'Phone 3', 'Phone 4'].flatMap((g) => [`${g} - Label`, `${g} - Value`]),
      ...['Address 1', 'Address 2'].flatMap((g) =>
        ['Label', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address'].map(
          (part) => `${g} - ${part}`,
        ),
      ),
      'Website 1 - Label',
      'Website 1 - Value',
    ]);
    expect(filled(rows[0])).toMatchObject({
      'E-mail 1 - Label': '* Work',
      'E-mail 1 - Value': 's.hofer@alpen-logistik.at',
      'E-mail 2 - Label': 'Home',
      'E-mail 2 - Value': 'steffi.hofer@gmx.at',
      'Phone 1 - Label': '* Mobile',
      'Phone 1 - Value': '+43 664 1234567',
      'Phone 2 - Label': 'Work',
      'Phone 2 - Value': '+43 1 5550100',
      'Phone 3 - Label': 'Work Fax',
      'Phone 3 - Value': '+43 1 5550199',
      'Address 1 - Street': 'Lagerstraße 12',
      Birthday: '1984-03-09',
      Nickname: 'Steffi',
      'Organization Department': 'Einkauf',
    });
    expect(filled(rows[2])).toMatchObject({
      'Phone 1 - Value': '+33 6 12 34 56 78',
      'Phone 2 - Value': '+33 6 98 76 54 32',
      'Phone 3 - Label': 'Work',
      Notes: 'Prefers English.\n\n  Follow up after Jan 6.\n',
    });
    expect(filled(rows[4])).toMatchObject({ 'Phone 4 - Label': 'Fax', 'Phone 4 - Value': '+49 30 1234569' });
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^'\+/);
  });

  it('Outlook: each e-mail, phone and address in its column; what has none in the Sternstunde block', () => {
    const { header, rows } = table(contactsToCsv([...outlook, ...google], 'outlook'));
    expect(header).toHaveLength(61);
    expect(filled(rows[0])).toStrictEqual({
      'First Name': 'Markus',
      'Middle Name': 'J.',
      'Last Name': 'Steiner',
      Title: 'Dr.',
      Suffix: 'MBA',
      Nickname: 'Max',
      'E-mail Address': 'markus.steiner@steiner-consulting.at',
      'E-mail 2 Address': 'm.steiner@gmail.com',
      'Home Phone': '+43 1 4445566',
      'Business Phone': '+43 1 2223344',
      'Mobile Phone': '+43 699 11223344',
      'Job Title': 'Geschäftsführer',
      Department: 'Beratung',
      Company: 'Steiner Consulting GmbH',
      'Business Street': 'Kärntner Ring 10',
      'Business City': 'Wien',
      'Business Postal Code': '1010',
      'Business Country/Region': 'Österreich',
      'Home Street': 'Gartengasse 3',
      'Home City': 'Wien',
      'Home Postal Code': '1050',
      'Web Page': 'https://steiner-consulting.at',
      Birthday: '7/14/1979',
      Notes: 'Kennt den CFO von Huber.\r\nRückruf im Jänner.',
    });
    expect(filled(rows[1])).toMatchObject({
      'Business Phone': '+49 30 1234567',
      'Business Phone 2': '+49 30 1234568',
      'Mobile Phone': '+49 160 9876543',
      'Business Fax': '+49 30 1234569',
      'Personal Web Page': 'https://laurafink.de',
    });
    // Google's "Work Fax" is Outlook's Business Fax.
    expect(filled(rows[2])).toMatchObject({ 'Business Fax': '+43 1 5550199', 'Mobile Phone': '+43 664 1234567' });
    // Brandl: the home address has an extended part (no column), the birthday no year, LinkedIn no column.
    expect(filled(rows[3])['Notes']).toBe(
      [
        'Anniversary: 2015-09-12',
        '',
        '[Sternstunde]',
        'Tags: Partner',
        'Website (Profile): https://www.linkedin.com/in/jonas-brandl',
        'Address 1 (home) street: Am Hang 3',
        'Address 1 (home) extended: Haus B',
        'Address 1 (home) postal code: 82319',
        'Address 1 (home) city: Starnberg',
        'Address 1 (home) region: Bayern',
        'Address 1 (home) country: DE',
        'Address 1 (home) formatted: Am Hang 3',
        '  82319 Starnberg',
        '  DE',
        'Birthday: --11-23',
      ].join('\n'),
    );
    expect(filled(rows[3])).toMatchObject({ 'Home Phone': '+49 89 7654321', 'Business Street': 'Leopoldstraße 44' });
    // Claire: two mobiles, one Mobile Phone column: the second is in the block.
    expect(filled(rows[4])['Notes']).toBe(
      'Prefers English.\n\n  Follow up after Jan 6.\n\n\n[Sternstunde]\nPhone (mobile): +33 6 98 76 54 32',
    );
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^'\+/);
  });

  it('what an import returns is accepted as is by every export, and full gives it back exactly', () => {
    for (const name of [
      'google-contacts.csv',
      'outlook-contacts.csv',
      'google-new.csv',
      'google-old.csv',
      'outlook-61.csv',
      'outlook-92.csv',
    ]) {
      const { contacts } = csvToContacts(fixture(name));
      for (const format of ['full', 'google', 'outlook'] as const) {
        expect(csvToContacts(contactsToCsv(contacts, format)).errors).toEqual([]);
      }
      expect(contactsToVCard(contacts)).toMatch(/^BEGIN:VCARD\r\n/);
      expect(csvToContacts(contactsToCsv(contacts, 'full')).contacts).toStrictEqual(contacts);
    }
  });

  it('Google and Outlook files of imported contacts import again to the same contacts', () => {
    expect(csvToContacts(contactsToCsv(google, 'google')).contacts).toStrictEqual(google);
    expect(csvToContacts(contactsToCsv(outlook, 'outlook')).contacts).toStrictEqual(outlook);
  });
});

describe('reading', () => {
  it('reports line numbers of the file, counting line breaks inside quoted cells', () => {
    const text = fixture('google-new.csv').replace('Markus,,Öztürk', 'Markus,,Öztürk,extra');
    expect(csvToContacts(text).errors).toEqual([{ line: 5, message: expect.stringMatching(/expected 40 columns/) }]);
  });

  it('tolerates header case and whitespace', () => {
    const text = ' first  NAME ,LAST name,e-MAIL address\r\nAnna,Berger,a@b.at\r\n';
    expect(csvToContacts(text).contacts).toStrictEqual([
      { ...lists, firstName: 'Anna', lastName: 'Berger', emails: [{ label: 'other', value: 'a@b.at' }] },
    ]);
  });

  it('reads tab-separated files', () => {
    const text = 'First Name\tLast Name\tLabels\nAnna\tBerger\t* myContacts ::: VIP\n';
    expect(csvToContacts(text)).toMatchObject({ delimiter: '\t', contacts: [{ firstName: 'Anna', tags: ['VIP'] }] });
  });
});
