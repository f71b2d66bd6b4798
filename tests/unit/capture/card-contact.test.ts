import { describe, expect, it } from 'vitest';
import { readCardTextLabelled, readContactCodeLabelled } from '../../../lib/cards';
import { cardContact, codeNamesSomeone, uncertainFields } from '../../../lib/capture/card-contact';

const CODE = cardContact(
  readContactCodeLabelled(
    'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hofmann;Clara;;Dr.;\r\nORG:Wimmer GmbH\r\nEMAIL:c.hofmann@wimmer.de\r\nTEL;TYPE=CELL:+49 170 5550123\r\nTEL;TYPE=FAX:+49 89 1234599\r\nEND:VCARD',
  ),
);

describe('cardContact', () => {
  it('keeps every phone with its label, a fax labelled as quick add labels it', () => {
    expect(CODE.phones).toEqual([
      { label: 'mobile', value: '+49 170 5550123' },
      { label: 'Fax', value: '+49 89 1234599' },
    ]);
    expect(CODE).toMatchObject({ prefix: 'Dr.', firstName: 'Clara', lastName: 'Hofmann', company: 'Wimmer GmbH' });
    expect(CODE.emails).toEqual([{ label: 'work', value: 'c.hofmann@wimmer.de' }]);
  });

  it('a LinkedIn profile is labelled LinkedIn, an address only when it has a part', () => {
    const contact = cardContact({
      emails: [],
      phones: [],
      websites: ['https://www.linkedin.com/in/anna'],
      address: {},
    });
    expect(contact.websites).toEqual([{ label: 'LinkedIn', value: 'https://www.linkedin.com/in/anna' }]);
    expect(contact.addresses).toEqual([]);
    expect(cardContact({ emails: [], phones: [], websites: [], address: { city: 'Graz' } }).addresses).toEqual([
      { label: 'work', city: 'Graz' },
    ]);
  });
});

describe('codeNamesSomeone', () => {
  it('a code that is only a URL names nobody; one with a name and a way to reach them does', () => {
    expect(codeNamesSomeone(cardContact(readContactCodeLabelled('https://lechner.at')))).toBe(false);
    expect(codeNamesSomeone(CODE)).toBe(true);
  });
});

describe('uncertainFields', () => {
  const lines = [
    { text: 'Anna Berger', confidence: 93 },
    { text: 'Lechner AG', confidence: 61 },
    { text: 'anna.berger @lechner.at', confidence: 90 },
  ];
  const contact = cardContact(readCardTextLabelled(lines.map((l) => l.text).join('\n')));

  it('marks fields from lines read with low confidence, not those read clearly', () => {
    expect(contact).toMatchObject({ firstName: 'Anna', company: 'Lechner AG' });
    const unsure = uncertainFields(contact, lines);
    expect(unsure).toContain('company');
    expect(unsure).not.toContain('firstName');
    // Spaces around "@" are an OCR slip: the e-mail is still found in its line.
    expect(unsure).not.toContain('emails');
  });

  it('marks a value found in no line (the reader put it together)', () => {
    expect(uncertainFields({ ...contact, lastName: 'Bergmann' }, lines)).toContain('lastName');
  });
});
