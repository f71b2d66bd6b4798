import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToContacts } from '../../../lib/csv';
import type { ContactInput } from '../../../lib/model/contact';
import { contactsToVCard } from '../../../lib/vcard';
import { contactArb } from '../csv/arbitraries';

interface Property {
  name: string;
  params: string[];
  value: string;
}

/** Independent reader: unfold (RFC 6350 3.2), then split each line into name, parameters and raw value. */
function parseVCards(text: string): Property[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  const cards: Property[][] = [];
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const property = { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
    if (property.name === 'BEGIN') cards.push([]);
    cards[cards.length - 1]?.push(property);
  }
  return cards;
}

/** Splits on unescaped separators and undoes the text escapes. */
function unescape(value: string, separator?: ',' | ';'): string[] {
  const parts: string[] = [''];
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\') {
      const next = value[++i];
      parts[parts.length - 1] += next === 'n' || next === 'N' ? '\n' : (next ?? '');
    } else if (char === separator) parts.push('');
    else parts[parts.length - 1] += char ?? '';
  }
  return parts;
}

const get = (card: Property[], name: string) => card.filter((p) => p.name === name);
const text = (card: Property[], name: string) => {
  const [property] = get(card, name);
  return property && unescape(property.value)[0];
};

// eslint-disable-next-line no-control-regex -- the controls vCard values can't hold
const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
/** What a text becomes in a vCard value: line breaks as \n, control characters dropped. */
const inVCard = (value: string) => value.replace(/\r\n|\r/g, '\n').replace(CONTROLS, '');
/** Blank values are left out. */
const expected = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : inVCard(value);

describe('contactsToVCard', () => {
  const anna: ContactInput = {
    id: '0F8FAD5B-D9CB-469F-A165-70867728950E',
    updatedAt: '2025-12-13T08:00:00.000Z',
    prefix: 'Dr.',
    firstName: 'Anna',
    lastName: 'van der Berg',
    company: 'Huber; Söhne, GmbH',
    department: 'Einkauf',
    jobTitle: 'Leiterin',
    email: 'anna@huber.at',
    phone: '+43 660 1234567',
    website: 'https://huber.at',
    linkedin: 'https://linkedin.com/in/anna',
    address: 'Ringstraße 5\n1010 Wien',
    notes: 'Backslash \\ comma , semicolon ; newline\r\nend',
    tags: ['Kunde, VIP', 'Wien'],
    partnerFit: ['Koller IT'],
    metAt: 'Weihnachtsfeier',
    followUpStatus: 'open',
  };

  it('writes the required properties, escaped, with CRLF', () => {
    const vcard = contactsToVCard([anna]);
    expect(vcard).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Dr. Anna van der Berg',
        'N:van der Berg;Anna;;Dr.;',
        'ORG:Huber\\; Söhne\\, GmbH;Einkauf',
        'TITLE:Leiterin',
        'EMAIL;TYPE=work:anna@huber.at',
        'TEL;TYPE=cell:+43 660 1234567',
        'ADR;TYPE=work:;;Ringstraße 5\\n1010 Wien;;;;',
        'URL;TYPE=work:https://huber.at',
        'URL:https://linkedin.com/in/anna',
        'NOTE:Backslash \\\\ comma \\, semicolon \\; newline\\nend',
        'CATEGORIES:Kunde\\, VIP,Wien',
        'X-STERNSTUNDE-MET-AT:Weihnachtsfeier',
        'X-STERNSTUNDE-PARTNER-FIT:Koller IT',
        'X-STERNSTUNDE-FOLLOW-UP-STATUS:open',
        'UID:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
        'REV:20251213T080000Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('always has a formatted name', () => {
    const names = [
      { company: 'Lumen OG', email: 'x@y.at' },
      { email: 'x@y.at' },
      { phone: '+43 1' },
      { firstName: '  ' },
      { id: 'not-a-uuid' },
    ].map((fields) => text(parseVCards(contactsToVCard([{ tags: [], partnerFit: [], ...fields }]))[0] ?? [], 'FN'));
    expect(names).toEqual(['Lumen OG', 'x@y.at', '+43 1', 'Unnamed contact', 'Unnamed contact']);
    expect(contactsToVCard([{ id: 'a;b', tags: [], partnerFit: [] }])).toContain('UID;VALUE=text:a\\;b\r\n');
    expect(contactsToVCard([])).toBe('');
  });

  it('folds at 75 octets without splitting multi-byte characters', () => {
    const notes = `${'ä'.repeat(50)}${'😀'.repeat(30)}${'x'.repeat(200)}`;
    const vcard = contactsToVCard([{ notes, tags: [], partnerFit: [] }]);
    const bytes = new TextEncoder().encode(vcard);
    const physical = new TextDecoder().decode(bytes).split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Each physical line is valid UTF-8 on its own: no character was cut.
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || (bytes[i] === 13 && bytes[i + 1] === 10)) {
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(start, i))).not.toThrow();
        start = i + 2;
      }
    }
    expect(text(parseVCards(vcard)[0] ?? [], 'NOTE')).toBe(notes);
  });

  it('any contact: lines fit, and unfolding + parsing gives the fields back', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 1, maxLength: 3 }), (contacts) => {
        const vcard = contactsToVCard(contacts);
        for (const line of vcard.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const cards = parseVCards(vcard);
        expect(cards).toHaveLength(contacts.length);
        contacts.forEach((contact, i) => {
          const card = cards[i] ?? [];
          expect(card.map((p) => p.name).slice(0, 3)).toEqual(['BEGIN', 'VERSION', 'FN']);
          expect(card[card.length - 1]?.name).toBe('END');
          expect(text(card, 'VERSION')).toBe('4.0');
          expect(text(card, 'FN')?.trim()).not.toBe('');
          const n = unescape(get(card, 'N')[0]?.value ?? '', ';');
          expect(n).toEqual(
            [contact.lastName, contact.firstName, contact.middleName, contact.prefix, contact.suffix].map((part) =>
              part === undefined ? '' : inVCard(part),
            ),
          );
          expect(text(card, 'NOTE')).toBe(expected(contact.notes));
          expect(text(card, 'TITLE')).toBe(expected(contact.jobTitle));
          expect(text(card, 'X-STERNSTUNDE-MET-AT')).toBe(expected(contact.metAt));
          const categories = get(card, 'CATEGORIES')[0];
          expect(categories ? unescape(categories.value, ',') : []).toEqual(
            contact.tags.filter((tag) => tag.trim() !== '').map((tag) => expected(tag)),
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('accepts what csvToContacts returns', () => {
    const { contacts } = csvToContacts('First Name,Last Name,Labels\r\nAnna,Berger,* myContacts ::: VIP\r\n');
    expect(contactsToVCard(contacts)).toContain('CATEGORIES:VIP\r\n');
  });
});
