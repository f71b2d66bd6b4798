import { describe, expect, it } from 'vitest';
import { mergeReadings, readCardTextLabelled, readContactCode, readContactCodeLabelled } from '../../../lib/cards';

const crlf = (...lines: string[]) => lines.join('\r\n');
const none = { emails: [], phones: [], websites: [] };

describe('readContactCode: vCard', () => {
  it('reads vCard 2.1 with quoted-printable, CHARSET=UTF-8, a soft line break and bare types', () => {
    const card = crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;Dr.;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=B6rg M=C3=BCller',
      'ORG:Lechner AG;Einkauf',
      'TITLE:Leiter',
      'TEL;WORK;VOICE:+43 1 234 56 78',
      'TEL;CELL:+43 660 1234567',
      'TEL;WORK;FAX:+43 1 234 56 79',
      'EMAIL;PREF;INTERNET:joerg.mueller@lechner.at',
      'ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;K=C3=A4rntner Stra=C3=9Fe 1=',
      '2;Wien;;1010;=C3=96sterreich',
      'END:VCARD',
    );
    expect(readContactCode(card)).toEqual({
      prefix: 'Dr.',
      firstName: 'Jörg',
      lastName: 'Müller',
      company: 'Lechner AG',
      department: 'Einkauf',
      jobTitle: 'Leiter',
      emails: ['joerg.mueller@lechner.at'],
      phones: ['+43 1 234 56 78', '+43 660 1234567'],
      websites: [],
      address: { street: 'Kärntner Straße 12', city: 'Wien', postalCode: '1010', country: 'Österreich' },
    });
    expect(readContactCodeLabelled(card).phones).toEqual([
      { value: '+43 1 234 56 78', label: 'work' },
      { value: '+43 660 1234567', label: 'mobile' },
      { value: '+43 1 234 56 79', label: 'fax' },
    ]);
  });

  it('reads vCard 2.1 quoted-printable in ISO-8859-1', () => {
    const card = crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:B=E4r;Ren=E9',
      'END:VCARD',
    );
    expect(readContactCode(card)).toEqual({ ...none, firstName: 'René', lastName: 'Bär' });
  });

  it('reads vCard 3.0 with folded lines, escapes, TYPE lists and several e-mails, phones and URLs', () => {
    const card = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:van der Berg;Anna;Maria;Mag.a;MBA',
      'FN:Mag.a Anna Maria van der Berg',
      'ORG:Wimmer & Söhne Maschinenbau GmbH;Vertrieb\\, Export',
      'TITLE:Head of Corporate Communications and Public',
      '  Affairs',
      'EMAIL;TYPE=INTERNET,WORK:anna.vanderberg@wimmer.at',
      'EMAIL;TYPE=HOME:anna@gmail.com',
      'TEL;TYPE=WORK,VOICE:+43 7242 12345',
      'TEL;TYPE="cell,voice":+43 664 1234567',
      'URL:https://www.wimmer.at',
      'URL;TYPE=linkedin:https://www.linkedin.com/in/anna-vdb',
      'item1.ADR;TYPE=WORK:;;Industriestraße 7\\nHalle 2;Wels;Oberösterreich;4600;Austria',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
      'END:VCARD',
    );
    expect(readContactCode(card)).toEqual({
      prefix: 'Mag.a',
      firstName: 'Anna Maria',
      lastName: 'van der Berg',
      company: 'Wimmer & Söhne Maschinenbau GmbH',
      department: 'Vertrieb, Export',
      jobTitle: 'Head of Corporate Communications and Public Affairs',
      emails: ['anna.vanderberg@wimmer.at', 'anna@gmail.com'],
      phones: ['+43 7242 12345', '+43 664 1234567'],
      websites: ['https://www.wimmer.at', 'https://www.linkedin.com/in/anna-vdb'],
      address: {
        street: 'Industriestraße 7 Halle 2',
        city: 'Wels',
        region: 'Oberösterreich',
        postalCode: '4600',
        country: 'Austria',
      },
    });
  });

  it('reads vCard 4.0 with tel: URIs, LF line ends and tab folding', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Sarah Thompson',
      'N:Thompson;Sarah;;;',
      'ORG:Northwind Traders Ltd',
      'TEL;VALUE=uri;TYPE="voice,work":tel:+44-20-7946-0958;ext=12',
      'TEL;VALUE=uri;TYPE=cell:tel:+44-7700-900123',
      'EMAIL:sarah.thompson@north',
      '\twind.co.uk',
      'END:VCARD',
    ].join('\n');
    expect(readContactCode(card)).toEqual({
      firstName: 'Sarah',
      lastName: 'Thompson',
      company: 'Northwind Traders Ltd',
      emails: ['sarah.thompson@northwind.co.uk'],
      phones: ['+44-20-7946-0958', '+44-7700-900123'],
      websites: [],
    });
  });

  it('reads a whole address written into the street, one line each (2.1 quoted-printable, 3.0 \\n)', () => {
    const address = { street: 'Kärntner Straße 12', postalCode: '1010', city: 'Wien' };
    const qp = 'ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;K=C3=A4rntner Stra=C3=9Fe 12=0D=0A1010 Wien;;;;';
    expect(readContactCode(crlf('BEGIN:VCARD', 'VERSION:2.1', 'N:Berger;Anna', qp, 'END:VCARD')).address).toEqual(
      address,
    );
    const escaped = 'ADR:;;Kärntner Straße 12\\n1010 Wien\\nÖsterreich;;;;';
    expect(readContactCode(crlf('BEGIN:VCARD', 'VERSION:3.0', 'N:Berger;Anna', escaped, 'END:VCARD')).address).toEqual({
      ...address,
      country: 'Österreich',
    });
  });

  it('splits FN like quick add when N is missing, and reads only the first card', () => {
    const card = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Prof. Dr. Martin Schneider',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Other Person',
      'END:VCARD',
    );
    expect(readContactCode(card)).toEqual({ ...none, prefix: 'Prof. Dr.', firstName: 'Martin', lastName: 'Schneider' });
  });

  it('takes text before BEGIN:VCARD and lower-case property names', () => {
    expect(readContactCode('scan me\nbegin:vcard\nversion:3.0\nn:Huber;Eva\nemail:eva@huber.at\nend:vcard')).toEqual({
      ...none,
      firstName: 'Eva',
      lastName: 'Huber',
      emails: ['eva@huber.at'],
    });
  });
});

describe('readContactCode: other payloads', () => {
  it('reads MECARD with escaped ";" and ":" and family name first', () => {
    expect(
      readContactCode(
        'MECARD:N:Berger,Anna;ORG:Lechner\\; Partner AG;TEL:+436601234567;EMAIL:anna@lechner.at;URL:https\\://www.lechner.at;TITLE:CFO;NOTE:met at the party;;',
      ),
    ).toEqual({
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner; Partner AG',
      jobTitle: 'CFO',
      emails: ['anna@lechner.at'],
      phones: ['+436601234567'],
      websites: ['https://www.lechner.at'],
    });
  });

  it('reads a MECARD address in vCard order, and a name without a comma', () => {
    expect(readContactCode('MECARD:N:Eva Huber;ADR:,,Hauptplatz 3,Graz,,8010,Österreich;;')).toEqual({
      ...none,
      firstName: 'Eva',
      lastName: 'Huber',
      address: { street: 'Hauptplatz 3', city: 'Graz', postalCode: '8010', country: 'Österreich' },
    });
  });

  it('reads BIZCARD: first and last name, title, company, address, phones (fax left out), e-mail', () => {
    const payload =
      'BIZCARD:N:Anna;X:Berger;T:CFO;C:Lechner AG;A:Kärntner Straße 12, 1010 Wien;B:+43 1 234 56 78;M:+43 660 1234567;F:+43 1 234 56 79;E:anna@lechner.at;;';
    expect(readContactCode(payload)).toEqual({
      ...none,
      firstName: 'Anna',
      lastName: 'Berger',
      jobTitle: 'CFO',
      company: 'Lechner AG',
      address: { street: 'Kärntner Straße 12', postalCode: '1010', city: 'Wien' },
      phones: ['+43 1 234 56 78', '+43 660 1234567'],
      emails: ['anna@lechner.at'],
    });
    expect(readContactCodeLabelled(payload).phones.map((p) => p.label)).toEqual(['work', 'mobile', 'fax']);
  });

  it('reads MATMSG', () => {
    expect(readContactCode('MATMSG:TO:office@lechner.at;SUB:Hallo;BODY:Text;;')).toEqual({
      ...none,
      emails: ['office@lechner.at'],
    });
  });

  it('reads mailto: with several addresses and a query', () => {
    expect(readContactCode('mailto:anna@lechner.at,ben%40lechner.at?subject=Hi&to=cleo@lechner.at&body=x')).toEqual({
      ...none,
      emails: ['anna@lechner.at', 'ben@lechner.at', 'cleo@lechner.at'],
    });
  });

  it('reads tel: and SMSTO:', () => {
    expect(readContactCode('tel:+43-1-234567')).toEqual({ ...none, phones: ['+43-1-234567'] });
    expect(readContactCode('TEL:+43 660 1234567')).toEqual({ ...none, phones: ['+43 660 1234567'] });
    expect(readContactCode('SMSTO:+436601234567:Hallo')).toEqual({ ...none, phones: ['+436601234567'] });
  });

  it('reads a plain URL into websites only, a LinkedIn profile too', () => {
    expect(readContactCode('https://www.linkedin.com/in/anna-berger-123/')).toEqual({
      ...none,
      websites: ['https://www.linkedin.com/in/anna-berger-123/'],
    });
    expect(readContactCode('  www.lechner.at  ')).toEqual({ ...none, websites: ['www.lechner.at'] });
  });

  it('reads nothing from other schemes', () => {
    for (const payload of [
      'WIFI:T:WPA;S:party;P:secret;;',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'geo:48.2,16.3',
    ])
      expect(readContactCode(payload)).toEqual(none);
  });

  it('reads plain text like a printed card', () => {
    expect(readContactCode('Anna Berger\nCFO\nLechner AG\nanna@lechner.at')).toEqual({
      ...none,
      firstName: 'Anna',
      lastName: 'Berger',
      jobTitle: 'CFO',
      company: 'Lechner AG',
      emails: ['anna@lechner.at'],
    });
  });
});

describe('readContactCode: hostile payloads', () => {
  it('drops markup, scripts and values that are not what they claim', () => {
    const card = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:<script>alert(1)</script>;<img src=x onerror=alert(1)>',
      'ORG:<b>Evil</b> Corp',
      'EMAIL:not an e-mail',
      'EMAIL:a@b.at<script>',
      'TEL:call me maybe',
      'URL:javascript:alert(document.cookie)',
      'URL:https://ok.example.com/path',
      'END:VCARD',
    );
    expect(readContactCode(card)).toEqual({ ...none, websites: ['https://ok.example.com/path'] });
  });

  it('survives unbalanced escapes, broken quoted-printable, unknown charsets and control characters', () => {
    const card = crlf(
      'BEGIN:VCARD',
      'N;ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown:Hu=ZZber;E=C3va\\',
      'FN:\u0000\u0007\u001b[31mEva\u200b Huber\\',
      'ORG;PARAM="unclosed:Lechner AG',
      'TITLE:\\',
      'END:VCARD',
    );
    const result = readContactCode(card);
    for (const value of Object.values(result).flat()) {
      expect(JSON.stringify(value)).not.toMatch(/\\u000|\\u001|\ufffd|\u200b/);
    }
    expect(result.emails).toEqual([]);
  });

  it('caps huge payloads and stays quick', () => {
    const huge = 'BEGIN:VCARD\r\nN:' + 'A'.repeat(1_000_000) + ';Eva\r\nEMAIL:eva@huber.at\r\nEND:VCARD';
    expect(readContactCode(huge)).toEqual(none);
    const many = 'BEGIN:VCARD\r\n' + 'EMAIL:x@y.at\r\n'.repeat(100_000) + 'END:VCARD';
    expect(readContactCode(many).emails).toEqual(['x@y.at']);
    expect(readContactCode('MECARD:' + '\\'.repeat(200_000))).toEqual(none);
    expect(readContactCode('mailto:' + '%'.repeat(200_000))).toEqual(none);
    expect(readContactCode(' '.repeat(100_000) + 'tel:+43 1 234567')).toEqual(none);
  });

  it('never throws on non-strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => 'x', 10n])
      expect(readContactCode(value as unknown as string)).toEqual(none);
  });
});

describe('mergeReadings', () => {
  it('lets the code win for every field it has and keeps every contact point once', () => {
    const code = readContactCodeLabelled('MECARD:N:Berger,Anna;EMAIL:anna@lechner.at;TEL:+43 660 1234567;;');
    const printed = readCardTextLabelled(
      'Dr. Anna Bergr\nCFO\nLechner AG\nM +43 660 123 45 67\nT +43 1 234 56 78\nF +43 1 234 56 79\nanna@lechner.at',
    );
    expect(mergeReadings(code, printed)).toEqual({
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      jobTitle: 'CFO',
      company: 'Lechner AG',
      emails: ['anna@lechner.at'],
      phones: [
        { value: '+43 660 1234567', label: 'other' },
        { value: '+43 1 234 56 78', label: 'work' },
        { value: '+43 1 234 56 79', label: 'fax' },
      ],
      websites: [],
    });
  });
});
