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
const GOOGLE_GROUPS = [
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Address 1 - Label',
  'Address 1 - Formatted',
  'Address 1 - Street',
  'Address 1 - City',
  'Address 1 - PO Box',
  'Address 1 - Region',
  'Address 1 - Postal Code',
  'Address 1 - Country',
  'Address 1 - Extended Address',
  'Website 1 - Label',
  'Website 1 - Value',
  'Website 2 - Label',
  'Website 2 - Value',
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
  'company',
  'jobTitle',
  'department',
  'email',
  'phone',
  'website',
  'linkedin',
  'address',
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
];

const anna: ContactInput = {
  prefix: 'Dr.',
  firstName: 'Anna',
  lastName: 'van der Berg',
  company: 'Huber & Söhne, Wien',
  jobTitle: 'Einkauf',
  email: 'anna@huber.at',
  phone: '+43 660 1234567',
  website: 'https://huber.at',
  linkedin: 'https://www.linkedin.com/in/anna',
  address: 'Ringstraße 5\n1010 Wien',
  notes: '=1+1 "quoted"; done',
  tags: ['Kunde', 'Wien'],
  metAt: 'Weihnachtsfeier Huber AG',
  introducedBy: '@maria',
  partnerFit: ['Koller IT', 'Bau Wagner'],
  followUpDue: '2025-12-15T08:00:00.000Z',
  followUpStatus: 'open',
  followUpPromise: '-send brochure',
  followUpContext: 'Punsch stand\nLieferketten',
};
const bare: ContactInput = { firstName: 'Tab', lastName: '\tstart', tags: [], partnerFit: [] };

function parsed(format: 'full' | 'google' | 'outlook', delimiter: ',' | ';' = ',') {
  const text = contactsToCsv([anna, bare], format, { delimiter });
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = readStrict(text.slice(1), delimiter);
  const [header, ...data] = rows;
  const cell = (row: number, column: string) => data[row]?.[header?.indexOf(column) ?? -1];
  return { text, rows, header, data, cell };
}

describe('exact headers', () => {
  it('Google: the 17 columns, the groups, one custom field slot per extra in use', () => {
    expect(parsed('google').header).toEqual([...GOOGLE_17, ...GOOGLE_GROUPS, ...custom(7)]);
    const plain = readStrict(contactsToCsv([bare], 'google').slice(1), ',')[0];
    expect(plain).toEqual([...GOOGLE_17, ...GOOGLE_GROUPS, ...custom(1)]);
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

  it('no cell of any format starts with a formula character', () => {
    for (const format of ['full', 'google', 'outlook'] as const) {
      for (const row of parsed(format).data) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('Google cells', () => {
    const { cell } = parsed('google');
    expect(cell(0, 'Name Prefix')).toBe('Dr.');
    expect(cell(0, 'Last Name')).toBe('van der Berg');
    expect(cell(0, 'Organization Name')).toBe('Huber & Söhne, Wien');
    expect(cell(0, 'Notes')).toBe(`'=1+1 "quoted"; done`);
    expect(cell(0, 'Labels')).toBe('* myContacts ::: Sternstunde ::: Kunde ::: Wien');
    expect(cell(0, 'E-mail 1 - Value')).toBe('anna@huber.at');
    expect(cell(0, 'Phone 1 - Value')).toBe("'+43 660 1234567");
    expect(cell(0, 'Address 1 - Formatted')).toBe('Ringstraße 5\n1010 Wien');
    expect(cell(0, 'Website 2 - Label')).toBe('LinkedIn');
    expect(cell(0, 'Website 2 - Value')).toBe('https://www.linkedin.com/in/anna');
    const customs = Array.from({ length: 7 }, (_, i) => [
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
    ]);
    expect(cell(1, 'Last Name')).toBe("'\tstart");
    expect(cell(1, 'Labels')).toBe('* myContacts ::: Sternstunde');
    expect(cell(1, 'E-mail 1 - Label')).toBe('');
    expect(cell(1, 'Custom Field 1 - Label')).toBe('');
  });

  it('Outlook cells, with the Sternstunde fields as readable note lines', () => {
    const { cell } = parsed('outlook');
    expect(cell(0, 'Title')).toBe('Dr.');
    expect(cell(0, 'E-mail Address')).toBe('anna@huber.at');
    expect(cell(0, 'Mobile Phone')).toBe("'+43 660 1234567");
    expect(cell(0, 'Business Street')).toBe('Ringstraße 5\n1010 Wien');
    expect(cell(0, 'Web Page')).toBe('https://huber.at');
    expect(cell(0, 'Personal Web Page')).toBe('https://www.linkedin.com/in/anna');
    expect(cell(0, 'Notes')).toBe(
      [
        `'=1+1 "quoted"; done`,
        '',
        '--- Sternstunde ---',
        'Met at: Weihnachtsfeier Huber AG',
        'Introduced by: @maria',
        'Partner fit: Koller IT; Bau Wagner',
        'Follow-up due: 12/15/2025',
        'Follow-up status: open',
        'Follow-up promise: -send brochure',
        'Follow-up context: Punsch stand',
        '  Lieferketten',
        'Tags: Kunde; Wien',
      ].join('\n'),
    );
    expect(cell(1, 'Notes')).toBe('');
  });

  it("'full' cells: lists as JSON, formulas and the empty string guarded", () => {
    const text = contactsToCsv([{ ...anna, email: '' }], 'full');
    const [header = [], row = []] = readStrict(text.slice(1), ',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('sternstunde')).toBe('full-1');
    expect(cell('tags')).toBe('["Kunde","Wien"]');
    expect(cell('phone')).toBe("'+43 660 1234567");
    expect(cell('email')).toBe("'");
    expect(cell('middleName')).toBe('');
  });
});

describe('re-import of our own Google and Outlook exports', () => {
  for (const format of ['google', 'outlook'] as const) {
    it(format, () => {
      const { contacts, errors } = csvToContacts(contactsToCsv([anna, bare], format, { delimiter: ';' }));
      expect(errors).toEqual([]);
      const { id, createdAt, updatedAt, eventId, ...carried } = anna;
      void [id, createdAt, updatedAt, eventId];
      expect(contacts[0]).toStrictEqual({ ...carried, followUpDue: '2025-12-15' });
      // Trimmed like all Google/Outlook text: the tab is whitespace.
      expect(contacts[1]).toStrictEqual({ firstName: 'Tab', lastName: 'start', tags: [], partnerFit: [] });
    });
  }
});

describe('contactsToCsv arguments', () => {
  it('defaults to comma and rejects unknown formats and delimiters', () => {
    expect(contactsToCsv([], 'full')).toBe(`\uFEFF${FULL_HEADER.join(',')}\r\n`);
    expect(() => contactsToCsv([], 'vcf' as never)).toThrow(/unknown CSV format/);
    expect(() => contactsToCsv([], 'full', { delimiter: '|' as never })).toThrow(/delimiter/);
  });
});
