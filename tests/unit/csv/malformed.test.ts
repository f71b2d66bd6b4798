import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';

const HEADER = 'First Name,Last Name,E-mail Address,Company';

/** Latin-1 bytes of "Jörg Müller" decoded as UTF-8, as a browser's FileReader would. */
const misDecoded = new TextDecoder('utf-8').decode(
  Uint8Array.from([...`${HEADER}\r\nJ\xf6rg,M\xfcller,j@x.at,X\r\n`].map((c) => c.charCodeAt(0))),
);

const fileLevel: [name: string, text: string, message: RegExp, line?: number][] = [
  ['empty input', '', /empty/],
  ['whitespace only', ' \r\n\t \n ', /empty/],
  ['only a BOM', '\uFEFF', /empty/],
  ['BOM and blank lines', '\uFEFF\r\n\r\n', /empty/],
  ['header only', `${HEADER}\r\n`, /no contacts found/],
  ['header and blank lines', `${HEADER}\r\n\r\n,,,\r\n`, /no contacts found/, 1],
  ['unknown header', 'Foo,Bar,Baz\r\n1,2,3\r\n', /unknown header/],
  ['wrong delimiter (pipe)', 'First Name|Last Name|E-mail Address\r\nA|B|c@d.e\r\n', /unknown header/],
  ['one column only', 'First Name\r\nAnna\r\n', /unknown header/],
  [
    'duplicate header',
    'First Name,Last Name,first name ,Company\r\nA,B,C,D\r\n',
    /duplicate column "first name" \(columns 1 and 3\)/,
  ],
  ['NUL bytes (binary)', 'PK\u0003\u0004\u0000\u0000\u0014\u0000', /binary/],
  ['UTF-16 read as UTF-8', 'F\0i\0r\0s\0t\0 \0N\0a\0m\0e\0', /binary.*UTF-16/],
  ['Latin-1 decoded as UTF-8 (U+FFFD)', misDecoded, /not UTF-8.*save the file as UTF-8/, 2],
  ['unclosed quote', `${HEADER}\r\nAnna,Berger,a@b.at,X\r\n"Jörg,Müller,j@x.at,Y\r\nEva,K,e@k.at,Z\r\n`, /quote/, 3],
  ['stray text after a closing quote', `${HEADER}\r\nAnna,"Berger"x,a@b.at,X\r\n`, /quote/, 2],
  ['unclosed quote in the header', '"First Name,Last Name\r\nA,B\r\n', /quote/, 1],
  ['over 10 MB', `${HEADER}\r\n${'Anna,Berger,a@b.at,X\r\n'.repeat(500_000)}`, /too large.*10 MB/],
  ['over 10 MB in UTF-8 bytes only', `${HEADER}\r\n${'Ä,Ö,ü@ß.at,€\r\n'.repeat(600_000)}`, /too large/],
];

describe('file-level rejections: one clear error, no contacts', () => {
  it.each(fileLevel)('%s', (_name, text, message, line = 1) => {
    const started = performance.now();
    const result = csvToContacts(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.contacts).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(message);
    expect(result.errors[0]?.line).toBe(line);
  });

  it('has at least 15 cases', () => expect(fileLevel.length).toBeGreaterThanOrEqual(15));
});

describe('row-level errors: the line of the row, other rows still returned', () => {
  it('ragged rows', () => {
    const text = `${HEADER}\r\nAnna,Berger,a@b.at,X\r\nToo,Few\r\n"Multi\nLine",B,c@d.e,Y\r\nToo,Many,c@d.e,Y,Z\r\nEva,K,e@k.at,Z\r\n`;
    const result = csvToContacts(text);
    expect(result.contacts.map((c) => c.firstName)).toEqual(['Anna', 'Multi\nLine', 'Eva']);
    expect(result.errors).toEqual([
      { line: 3, message: 'expected 4 columns like the header, found 2' },
      { line: 6, message: 'expected 4 columns like the header, found 5' },
    ]);
  });

  it('rows delimited differently from the header', () => {
    const result = csvToContacts(`${HEADER}\nAnna;Berger;a@b.at;X\nEva,K,e@k.at,Z\n`);
    expect(result.errors).toEqual([{ line: 2, message: 'expected 4 columns like the header, found 1' }]);
    expect(result.contacts).toHaveLength(1);
  });

  it("bad cells of the 'full' format", () => {
    const good = contactsToCsv(
      [
        {
          firstName: 'A',
          tags: ['x'],
          partnerFit: [],
          emails: [{ label: 'work', value: 'a@b.at' }],
          phones: [],
          addresses: [],
          websites: [],
          followUpStatus: 'open',
        },
      ],
      'full',
    ).trimEnd();
    const [header = '', row = ''] = good.split('\r\n');
    const bad = [
      row.replace('"[""x""]"', 'x'),
      row.replace('full-2', 'full-9'),
      row.replace(',open,', ',maybe,'),
      row.replace('A', '\\"unterminated'),
      row.replace('""label"":""work""', '""label"":1'),
      row.replace('""value"":""a@b.at""', '""mail"":""a@b.at""'),
      row.replace(/"\[\{.*?\}\]"/, '"{""label"":""work""}"'),
    ];
    const result = csvToContacts([header, row, ...bad].join('\n'));
    expect(result.contacts).toHaveLength(1);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^tags: expected a JSON list like \["a","b"\]/),
      expect.stringMatching(/unsupported Sternstunde format "full-9"/),
      expect.stringMatching(/^followUpStatus: expected "open" or "done"/),
      expect.stringMatching(/^firstName: malformed escaped text/),
      expect.stringMatching(/^emails: expected a JSON list like \[\{"label":"work","value":"a@b.at"\}\]/),
      expect.stringMatching(/^emails: expected a JSON list/),
      expect.stringMatching(/^emails: expected a JSON list/),
    ]);
  });

  it('bad list cells of every kind: a clear error, never a throw', () => {
    const header = 'sternstunde,firstName,emails,phones,addresses,websites,tags,partnerFit';
    const rows = [
      'full-2,A,"[{""label"":""work"",""value"":null}]",[],[],[],[],[]',
      'full-2,A,[],"[{""value"":""+43 1""}]",[],[],[],[]',
      'full-2,A,[],[],"[{""label"":""work"",""city"":5}]",[],[],[]',
      'full-2,A,[],[],[],"[""https://x.at""]",[],[]',
      'full-2,A,[],[],[],[],[1],[]',
      'full-2,A,[],[],[],[],[],{}',
      'full-2,A,[],[],[],[],[],"[""__proto__""]"',
      'full-2,A,"[{""label"":""work"",""value"":""a@b.at"",""__proto__"":{""x"":1}}]",[],[],[],[],[]',
    ];
    const result = csvToContacts([header, ...rows].join('\r\n'));
    expect(result.errors.map((e) => e.message.split(':')[0])).toEqual([
      'emails',
      'phones',
      'addresses',
      'websites',
      'tags',
      'partnerFit',
    ]);
    expect(result.contacts).toStrictEqual([
      { firstName: 'A', emails: [], phones: [], addresses: [], websites: [], tags: [], partnerFit: ['__proto__'] },
      // Unknown keys of an entry are dropped.
      {
        firstName: 'A',
        emails: [{ label: 'work', value: 'a@b.at' }],
        phones: [],
        addresses: [],
        websites: [],
        tags: [],
        partnerFit: [],
      },
    ]);
  });

  it('an empty Google row', () => {
    const result = csvToContacts('First Name,Last Name,Labels\r\nA,B,\r\n,,* myContacts\r\n');
    expect(result.errors).toEqual([{ line: 3, message: expect.stringMatching(/empty row/) }]);
    expect(result.contacts).toHaveLength(1);
  });
});

describe('never throws', () => {
  const headers = [
    'sternstunde,firstName,emails,phones,addresses,websites,tags,partnerFit,followUpStatus',
    'First Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Street,Birthday,Custom Field 1 - Label,Custom Field 1 - Value',
    'First Name,E-mail Address,Mobile Phone,Business Street,Birthday,Notes',
  ];
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      'full-2',
      '[',
      '[{}]',
      '[{"label":1}]',
      '"',
      '* ',
      ' ::: ',
      '0/0/00',
      '--13-40',
      '[Sternstunde]\nPhone (x): 1',
    ),
  );

  it('on any text, and on any cells under a header it knows: contacts or errors with a line, nothing thrown', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .tuple(fc.constantFrom(...headers), fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 4 }))
            .map(([header, rows]) => [header, ...rows.map((row) => row.join(','))].join('\r\n')),
        ),
        (text) => {
          const result = csvToContacts(text);
          expect(Array.isArray(result.contacts)).toBe(true);
          for (const error of result.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.message).not.toBe('');
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
