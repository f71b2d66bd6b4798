import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import type { ContactInput } from '../../../lib/model/contact';

/**
 * A strict RFC 4180 reader written for this test only: every record ends in
 * CRLF, quotes only around whole fields, "" inside quotes, nothing else.
 */
function readStrict(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] !== '"') break;
        field += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === delimiter) {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  if (row.length > 0) throw new Error('last record lacks CRLF');
  return rows;
}

const GOOGLE_17 = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
];
const group = (name: string) => [`${name} - Label`, `${name} - Value`];
const address = (n: number) =>
  ['Label', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address'].map(
    (part) => `Address ${n} - ${part}`,
  );
/** Google's groups for the most entries any exported contact has: E-mail, Phone, Address, Website in that order. */
const googleGroups = (emails: number, phones: number, addresses: number, websites: number) => [
  ...Array.from({ length: emails }, (_, i) => group(`E-mail ${i + 1}`)).flat(),
  ...Array.from({ length: phones }, (_, i) => group(`Phone ${i + 1}`)).flat(),
  ...Array.from({ length: addresses }, (_, i) => address(i + 1)).flat(),
  ...Array.from({ length: websites }, (_, i) => group(`Website ${i + 1}`)).flat(),
];
const custom = (n: number) =>
  Array.from({ length: n }, (_, i) => [`Custom Field ${i + 1} - Label`, `Custom Field ${i + 1} - Value`]).flat();

const OUTLOOK_61 =
  `First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes`.split(
    ',',
  );

const FULL_HEADER = [
  'sternstunde',
  'id',
  'createdAt',
  'updatedAt',
  'prefix',
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'nickname',
  'company',
  'jobTitle',
  'department',
  'birthday',
  'emails',
  'phones',
  'addresses',
  'websites',
  'notes',
  'tags',
  'eventId',
  'metAt',
  'introducedBy',
  'partnerFit',
  'followUpDue',
  'followUpStatus',
  'followUpPromise',
  'followUpContext',
  'followUpEmail',
];

const lists = { emails: [], phones: [], addresses: [], websites: [], tags: [], partnerFit: [] };

const anna: ContactInput = {
  prefix: 'Dr.',
  firstName: 'Anna',
  lastName: 'van der Berg',
  nickname: 'Anni',
  company: 'Huber & Söhne, Wien',
  jobTitle: 'Einkauf',
  department: 'Beschaffung',
  birthday: '1980-04-12',
  emails: [
    { label: 'work', value: 'anna@huber.at' },
    { label: 'home', value: 'anna@gmx.at' },
  ],
  phones: [
    { label: 'mobile', value: '+43 660 1234567', e164: '+436601234567' },
    { label: 'work', value: '+1 (555) 010-0199' },
    { label: 'Fax', value: '+43 1 5550199' },
  ],
  addresses: [{ label: 'work', street: 'Ringstraße 5', postalCode: '1010', city: 'Wien', country: 'AT' }],
  websites: [
    { label: 'work', value: 'https://huber.at' },
    { label: 'LinkedIn', value: 'https://www.linkedin.com/in/anna' },
  ],
  notes: '=1+1 "quoted"; done',
  tags: ['Kunde', 'Wien'],
  metAt: 'Weihnachtsfeier Huber AG',
  introducedBy: '@maria',
  partnerFit: ['Koller IT', 'Bau Wagner'],
  followUpDue: '2025-12-15T08:00:00.000Z',
  followUpStatus: 'open',
  followUpPromise: '-send brochure',
  followUpContext: 'Punsch stand\nLieferketten',
  followUpEmail: 'anna@gmx.at',
};
const bare: ContactInput = { ...lists, firstName: 'Tab', lastName: '\tstart' };

function parsed(format: 'full' | 'google' | 'outlook', delimiter: ',' | ';' = ',') {
  const text = contactsToCsv([anna, bare], format, { delimiter });
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = readStrict(text.slice(1), delimiter);
  const [header, ...data] = rows;
  const cell = (row: number, column: string) => data[row]?.[header?.indexOf(column) ?? -1];
  return { text, rows, header, data, cell };
}

describe('exact headers', () => {
  it('Google: the 17 columns, groups for the most entries any contact has, one custom field slot per extra in use', () => {
    expect(parsed('google').header).toEqual([...GOOGLE_17, ...googleGroups(2, 3, 1, 2), ...custom(8)]);
    const plain = readStrict(contactsToCsv([bare], 'google').slice(1), ',')[0];
    expect(plain).toEqual([...GOOGLE_17, ...googleGroups(1, 1, 1, 1), ...custom(1)]);
  });

  it('Outlook: exactly the 61 columns in order', () => {
    expect(parsed('outlook').header).toEqual(OUTLOOK_61);
    expect(readStrict(contactsToCsv([], 'outlook').slice(1), ',')).toEqual([OUTLOOK_61]);
  });

  it("'full': the marker column, then one column per field", () => {
    expect(parsed('full').header).toEqual(FULL_HEADER);
  });
});

describe('file shape (read back with an independent strict RFC 4180 reader)', () => {
  for (const format of ['full', 'google', 'outlook'] as const) {
    for (const delimiter of [',', ';'] as const) {
      it(`${format} with "${delimiter}": BOM, CRLF records, equal row widths`, () => {
        const { rows, text } = parsed(format, delimiter);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(new Set(rows.map((row) => row.length)).size).toBe(1);
        expect(rows).toHaveLength(3);
        // papaparse with an explicit config agrees with the strict reader.
        expect(Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true }).data).toEqual(
          rows,
        );
      });
    }
  }

  it('no cell of any format starts with a formula character, but phone numbers are left as they are', () => {
    const phone = /^\+[ \d()/.-]*\d[ \d()/.-]*$/;
    for (const format of ['full', 'google', 'outlook'] as const) {
      for (const row of parsed(format).data) {
        for (const cell of row) if (!phone.test(cell)) expect(cell).not.toMatch(/^(?:\s*[=+\-@]|[\t\r])/);
      }
    }
    const text = contactsToCsv([{ ...lists, phones: [{ label: 'work', value: '+1 (555) 010-0199' }] }], 'google');
    expect(text).toContain(',+1 (555) 010-0199,');
    expect(text).not.toContain("'+");
  });

  it('the guard catches formulas after leading spaces and line breaks, and + or - text that is no phone number', () => {
    const tricky: ContactInput = {
      ...lists,
      firstName: '  =cmd',
      lastName: '\n@SUM(1)',
      company: '+SUM(A1)',
      jobTitle: '-2+3',
      phones: [{ label: 'work', value: '+43 1 =x' }],
    };
    for (const format of ['google', 'outlook', 'full'] as const) {
      const { rows } = { rows: readStrict(contactsToCsv([tricky], format).slice(1), ',') };
      const [header = [], row = []] = rows;
      const cell = (name: string) => row[header.indexOf(name)];
      const names = {
        google: ['First Name', 'Last Name', 'Organization Name', 'Organization Title'],
        outlook: ['First Name', 'Last Name', 'Company', 'Job Title'],
        full: ['firstName', 'lastName', 'company', 'jobTitle'],
      }[format];
      expect(names.map(cell)).toEqual(["'  =cmd", "'\n@SUM(1)", "'+SUM(A1)", "'-2+3"]);
    }
    expect(contactsToCsv([tricky], 'google')).toContain(",'+43 1 =x,");
    // full undoes the guard exactly; Google and Outlook trim the cells they read.
    expect(csvToContacts(contactsToCsv([tricky], 'full')).contacts).toStrictEqual([tricky]);
  });

  it('Google cells', () => {
    const { cell } = parsed('google');
    expect(cell(0, 'Name Prefix')).toBe('Dr.');
    expect(cell(0, 'Last Name')).toBe('van der Berg');
    expect(cell(0, 'Nickname')).toBe('Anni');
    expect(cell(0, 'Organization Name')).toBe('Huber & Söhne, Wien');
    expect(cell(0, 'Organization Department')).toBe('Beschaffung');
    expect(cell(0, 'Birthday')).toBe('1980-04-12');
    expect(cell(0, 'Notes')).toBe(`'=1+1 "quoted"; done`);
    expect(cell(0, 'Labels')).toBe('* myContacts ::: Sternstunde ::: Kunde ::: Wien');
    expect([1, 2].map((n) => [cell(0, `E-mail ${n} - Label`), cell(0, `E-mail ${n} - Value`)])).toEqual([
      ['* Work', 'anna@huber.at'],
      ['Home', 'anna@gmx.at'],
    ]);
    expect([1, 2, 3].map((n) => [cell(0, `Phone ${n} - Label`), cell(0, `Phone ${n} - Value`)])).toEqual([
      ['* Mobile', '+43 660 1234567'],
      ['Work', '+1 (555) 010-0199'],
      ['Fax', '+43 1 5550199'],
    ]);
    expect(
      ['Label', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country'].map((p) =>
        cell(0, `Address 1 - ${p}`),
      ),
    ).toEqual(['Work', '', 'Ringstraße 5', 'Wien', '', '', '1010', 'AT']);
    expect([cell(0, 'Website 2 - Label'), cell(0, 'Website 2 - Value')]).toEqual([
      'LinkedIn',
      'https://www.linkedin.com/in/anna',
    ]);
    const customs = Array.from({ length: 8 }, (_, i) => [
      cell(0, `Custom Field ${i + 1} - Label`),
      cell(0, `Custom Field ${i + 1} - Value`),
    ]);
    expect(customs).toEqual([
      ['Met at', 'Weihnachtsfeier Huber AG'],
      ['Introduced by', "'@maria"],
      ['Partner fit', 'Koller IT; Bau Wagner'],
      ['Follow-up due', '12/15/2025'],
      ['Follow-up status', 'open'],
      ['Follow-up promise', "'-send brochure"],
      ['Follow-up context', 'Punsch stand\nLieferketten'],
      ['Follow-up e-mail', 'anna@gmx.at'],
    ]);
    expect(cell(1, 'Last Name')).toBe("'\tstart");
    expect(cell(1, 'Labels')).toBe('* myContacts ::: Sternstunde');
    expect(cell(1, 'E-mail 1 - Label')).toBe('');
    expect(cell(1, 'Phone 2 - Label')).toBe('');
    expect(cell(1, 'Custom Field 1 - Label')).toBe('');
  });

  it('Outlook cells, with the Sternstunde fields and what has no column as readable note lines', () => {
    const { cell } = parsed('outlook');
    expect(cell(0, 'Title')).toBe('Dr.');
    expect(cell(0, 'Nickname')).toBe('Anni');
    expect(cell(0, 'Department')).toBe('Beschaffung');
    expect(cell(0, 'Birthday')).toBe('4/12/1980');
    expect(cell(0, 'E-mail Address')).toBe('anna@huber.at');
    expect(cell(0, 'E-mail 2 Address')).toBe('anna@gmx.at');
    expect(cell(0, 'Mobile Phone')).toBe('+43 660 1234567');
    expect(cell(0, 'Business Phone')).toBe('+1 (555) 010-0199');
    expect(cell(0, 'Business Fax')).toBe('+43 1 5550199');
    expect(cell(0, 'Business Street')).toBe('Ringstraße 5');
    expect(cell(0, 'Business Postal Code')).toBe('1010');
    expect(cell(0, 'Business City')).toBe('Wien');
    expect(cell(0, 'Business Country/Region')).toBe('AT');
    expect(cell(0, 'Web Page')).toBe('https://huber.at');
    expect(cell(0, 'Personal Web Page')).toBe('');
    expect(cell(0, 'Notes')).toBe(
      [
        `'=1+1 "quoted"; done`,
        '',
        '[Sternstunde]',
        'Met at: Weihnachtsfeier Huber AG',
        'Introduced by: @maria',
        'Partner fit: Koller IT; Bau Wagner',
        'Follow-up due: 12/15/2025',
        'Follow-up status: open',
        'Follow-up promise: -send brochure',
        'Follow-up context: Punsch stand',
        '  Lieferketten',
        'Follow-up e-mail: anna@gmx.at',
        'Tags: Kunde; Wien',
        'Website (LinkedIn): https://www.linkedin.com/in/anna',
      ].join('\n'),
    );
    expect(cell(1, 'Notes')).toBe('');
  });

  it('Outlook: a 4th e-mail, a 3rd work phone, a 2nd home address go into the block and come back', () => {
    const many: ContactInput = {
      ...lists,
      firstName: 'Viel',
      emails: ['a@x.at', 'b@x.at', 'c@x.at', 'd@x.at'].map((value, i) => ({ label: i === 3 ? 'home' : 'work', value })),
      phones: [
        { label: 'work', value: '+43 1 1' },
        { label: 'work', value: '+43 1 2' },
        { label: 'work', value: '+43 1 3' },
      ],
      addresses: [
        { label: 'home', street: 'Gasse 1', city: 'Wien' },
        { label: 'home', street: 'Weg 2\nHinterhaus', postalCode: '5020', city: 'Salzburg' },
      ],
      birthday: '--12-24',
    };
    const text = contactsToCsv([many], 'outlook');
    const [header = [], row = []] = readStrict(text.slice(1), ',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('E-mail 3 Address')).toBe('c@x.at');
    expect([cell('Business Phone'), cell('Business Phone 2')]).toEqual(['+43 1 1', '+43 1 2']);
    expect(cell('Home Street')).toBe('Gasse 1');
    expect(cell('Birthday')).toBe('');
    expect(cell('Notes')).toBe(
      [
        '[Sternstunde]',
        'E-mail (home): d@x.at',
        'Phone (work): +43 1 3',
        'Address 1 (home) street: Weg 2',
        '  Hinterhaus',
        'Address 1 (home) postal code: 5020',
        'Address 1 (home) city: Salzburg',
        'Birthday: --12-24',
      ].join('\n'),
    );
    const [back] = csvToContacts(text).contacts;
    expect(back).toStrictEqual({
      ...many,
      // Outlook's e-mail columns have no label.
      emails: many.emails.map((e, i) => (i < 3 ? { label: 'other', value: e.value } : e)),
    });
  });

  it("'full' cells: lists as JSON, formulas and the empty string guarded, phone numbers as they are", () => {
    const text = contactsToCsv([{ ...anna, nickname: '' }], 'full');
    const [header = [], row = []] = readStrict(text.slice(1), ',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('sternstunde')).toBe('full-2');
    expect(cell('tags')).toBe('["Kunde","Wien"]');
    expect(cell('emails')).toBe('[{"label":"work","value":"anna@huber.at"},{"label":"home","value":"anna@gmx.at"}]');
    expect(cell('phones')).toBe(
      '[{"label":"mobile","value":"+43 660 1234567"},{"label":"work","value":"+1 (555) 010-0199"},{"label":"Fax","value":"+43 1 5550199"}]',
    );
    expect(cell('addresses')).toBe(
      '[{"label":"work","street":"Ringstraße 5","postalCode":"1010","city":"Wien","country":"AT"}]',
    );
    expect(cell('nickname')).toBe("'");
    expect(cell('middleName')).toBe('');
    expect(cell('introducedBy')).toBe("'@maria");
  });
});

describe('re-import of our own Google and Outlook exports', () => {
  const { id, createdAt, updatedAt, eventId, ...carried } = anna;
  void [id, createdAt, updatedAt, eventId];
  const phones = anna.phones.map(({ label, value }) => ({ label, value }));

  it('google: every value and label', () => {
    const { contacts, errors } = csvToContacts(contactsToCsv([anna, bare], 'google', { delimiter: ';' }));
    expect(errors).toEqual([]);
    expect(contacts[0]).toStrictEqual({ ...carried, phones, followUpDue: '2025-12-15' });
    // Trimmed like all Google/Outlook text: the tab is whitespace.
    expect(contacts[1]).toStrictEqual({ ...lists, firstName: 'Tab', lastName: 'start' });
  });

  it('outlook: every value; e-mail labels and the order of phones are not in the format', () => {
    const { contacts, errors } = csvToContacts(contactsToCsv([anna, bare], 'outlook', { delimiter: ';' }));
    expect(errors).toEqual([]);
    expect(contacts[0]).toStrictEqual({
      ...carried,
      emails: anna.emails.map(({ value }) => ({ label: 'other', value })),
      // In Outlook's column order: Business Phone, Mobile Phone, Business Fax.
      phones: [phones[1], phones[0], phones[2]],
      followUpDue: '2025-12-15',
    });
    expect(contacts[1]).toStrictEqual({ ...lists, firstName: 'Tab', lastName: 'start' });
  });
});

describe('contactsToCsv arguments', () => {
  it('defaults to comma and rejects unknown formats and delimiters', () => {
    expect(contactsToCsv([], 'full')).toBe(`\uFEFF${FULL_HEADER.join(',')}\r\n`);
    expect(() => contactsToCsv([], 'vcf' as never)).toThrow(/unknown CSV format/);
    expect(() => contactsToCsv([], 'full', { delimiter: '|' as never })).toThrow(/delimiter/);
  });

  it('accepts contacts of the old model: single e-mail, phone, website, LinkedIn and address, no lists', () => {
    const old = {
      firstName: 'Anna',
      email: 'anna@huber.at',
      phone: '+43 660 1234567',
      website: 'https://huber.at',
      linkedin: 'https://linkedin.com/in/anna',
      address: 'Ringstraße 5, 1010 Wien',
    };
    const [header = [], row = []] = readStrict(contactsToCsv([old], 'google').slice(1), ',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('E-mail 1 - Label'), cell('E-mail 1 - Value')]).toEqual(['Work', 'anna@huber.at']);
    expect([cell('Phone 1 - Label'), cell('Phone 1 - Value')]).toEqual(['Mobile', '+43 660 1234567']);
    expect(cell('Address 1 - Formatted')).toBe('Ringstraße 5, 1010 Wien');
    expect([cell('Website 2 - Label'), cell('Website 2 - Value')]).toEqual([
      'LinkedIn',
      'https://linkedin.com/in/anna',
    ]);
    const outlook = readStrict(contactsToCsv([old], 'outlook').slice(1), ',');
    expect(outlook[1]?.[OUTLOOK_61.indexOf('Business Street')]).toBe('Ringstraße 5, 1010 Wien');
  });
});
