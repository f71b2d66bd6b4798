import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { csvToContacts } from '../../../lib/csv';
import type { ContactAddress, ContactInput } from '../../../lib/model/contact';
import { contactsToVCard } from '../../../lib/vcard';
import { contactArb, contactOf, realisticLabel, trickyText } from '../csv/arbitraries';

/** One property of a card as Mozilla's parser (ical.js) gives it: jCard [name, params, type, ...values]. */
interface Prop {
  name: string;
  params: Record<string, string | string[]>;
  type: string;
  values: unknown[];
}

/** Every card of the text, read by ical.js. */
function readCards(text: string): Prop[][] {
  // One card parses to a jCard, several to a list of them.
  const parsed = ICAL.parse(text) as unknown as unknown[];
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return cards.map((card) => {
    expect(card[0]).toBe('vcard');
    return (card[1] as unknown[][]).map(([name, params, type, ...values]) => ({
      name: name as string,
      params: params as Prop['params'],
      type: type as string,
      values,
    }));
  });
}

/** ical.js leaves X- properties as they are written ("unknown"): undo the TEXT escapes, split lists on unescaped commas. */
function unescape(value: string, separator?: ','): string[] {
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

const types = (prop: Prop): string[] => {
  const type = prop.params['type'];
  return (Array.isArray(type) ? type : type === undefined ? [] : [type]).map((t) => t.toLowerCase());
};

/** The label a property carries: the X-ABLabel of its group, else from TYPE. */
function labelOf(card: Prop[], prop: Prop): string {
  const group = prop.params['group'];
  const ablabel = card.find((p) => p.name === 'x-ablabel' && p.params['group'] === group && group !== undefined);
  if (ablabel) return unescape(String(ablabel.values[0]))[0] ?? '';
  const t = types(prop);
  if (t.includes('work')) return 'work';
  if (t.includes('home')) return 'home';
  if (prop.name === 'tel' && t.includes('cell')) return 'mobile';
  return 'other';
}

const all = (card: Prop[], name: string) => card.filter((p) => p.name === name);
const first = (card: Prop[], name: string) => all(card, name)[0];
const textOf = (card: Prop[], name: string): string | undefined => {
  const prop = first(card, name);
  if (!prop) return undefined;
  return prop.type === 'unknown' ? unescape(String(prop.values[0]))[0] : String(prop.values[0]);
};

// eslint-disable-next-line no-control-regex -- the controls vCard values can't hold
const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
/** What a text becomes in a vCard value: line breaks as \n, control characters dropped. */
const inVCard = (value: string) => value.replace(/\r\n|\r/g, '\n').replace(CONTROLS, '');
const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
/** Blank values are left out. */
const expected = (value: string | undefined) => (present(value) ? inVCard(value) : undefined);

/** The lists as a reader of the card sees them: value and label of each EMAIL, TEL, ADR, URL. */
function listsOf(card: Prop[]) {
  const labelled = (name: string) =>
    all(card, name).map((p) => ({ label: labelOf(card, p), value: String(p.values[0]) }));
  return {
    emails: labelled('email'),
    phones: labelled('tel'),
    websites: labelled('url'),
    addresses: all(card, 'adr').map((p) => ({
      label: labelOf(card, p),
      components: p.values[0] as string[],
      formatted: p.params['label'],
    })),
  };
}

/** A custom label travels as X-ABLabel text: line breaks as \n, controls dropped. */
const labelIn = (label: string) => (['work', 'home', 'mobile', 'other'].includes(label) ? label : inVCard(label));

/** What the card must hold of the contact's lists. URLs can't hold line breaks or controls. */
function expectedLists(contact: ContactInput) {
  const valued = (list: readonly { label: string; value: string }[], clean = inVCard) =>
    list.filter((e) => present(e.value)).map((e) => ({ label: labelIn(e.label), value: clean(e.value) }));
  return {
    emails: valued(contact.emails),
    phones: valued(contact.phones),
    // eslint-disable-next-line no-control-regex -- the controls a URI can't hold
    websites: valued(contact.websites, (v) => v.replace(/[\0-\x1F\x7F]/g, '')),
    addresses: contact.addresses
      .filter((a) =>
        [a.poBox, a.extended, a.street, a.city, a.region, a.postalCode, a.country, a.formatted].some(present),
      )
      .map((a: ContactAddress) => {
        const parts = [a.poBox, a.extended, a.street, a.city, a.region, a.postalCode, a.country];
        // An address that is only one text is also the street, for readers that ignore LABEL.
        if (!parts.some(present)) parts[2] = a.formatted;
        return {
          label: labelIn(a.label),
          components: parts.map((part) => (present(part) ? inVCard(part) : '')),
          formatted: present(a.formatted) ? inVCard(a.formatted) : undefined,
        };
      }),
  };
}

const lists = { emails: [], phones: [], addresses: [], websites: [], tags: [], partnerFit: [] };

describe('contactsToVCard', () => {
  const anna: ContactInput = {
    ...lists,
    id: '0F8FAD5B-D9CB-469F-A165-70867728950E',
    updatedAt: '2025-12-13T08:00:00.000Z',
    prefix: 'Dr.',
    firstName: 'Anna',
    middleName: 'Maria',
    lastName: 'van der Berg',
    suffix: 'MBA',
    nickname: 'Anni',
    company: 'Huber; Söhne, GmbH',
    department: 'Einkauf',
    jobTitle: 'Leiterin',
    birthday: '--04-12',
    emails: [
      { label: 'work', value: 'anna@huber.at' },
      { label: 'home', value: 'anna@gmx.at' },
    ],
    phones: [
      { label: 'mobile', value: '+43 660 1234567', e164: '+436601234567' },
      { label: 'work', value: '+43 1 5550100' },
      { label: 'Fax', value: '+43 1 5550199' },
    ],
    addresses: [
      {
        label: 'work',
        street: 'Ringstraße 5',
        postalCode: '1010',
        city: 'Wien',
        country: 'AT',
        formatted: 'Ringstraße 5\n1010 Wien "AT"',
      },
    ],
    websites: [
      { label: 'work', value: 'https://huber.at' },
      { label: 'LinkedIn', value: 'https://linkedin.com/in/anna' },
    ],
    notes: 'Backslash \\ comma , semicolon ; newline\r\nend',
    tags: ['Kunde, VIP', 'Wien'],
    partnerFit: ['Koller IT'],
    metAt: 'Weihnachtsfeier',
    followUpStatus: 'open',
    followUpEmail: 'anna@gmx.at',
  };

  it('writes several EMAIL, TEL, ADR and URL with TYPE, custom labels as X-ABLabel, escaped, with CRLF', () => {
    const vcard = contactsToVCard([anna]).replace(/\r\n /g, '');
    expect(vcard).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Dr. Anna Maria van der Berg MBA',
        'N:van der Berg;Anna;Maria;Dr.;MBA',
        'NICKNAME:Anni',
        'ORG:Huber\\; Söhne\\, GmbH;Einkauf',
        'TITLE:Leiterin',
        'BDAY:--0412',
        'EMAIL;TYPE=work:anna@huber.at',
        'EMAIL;TYPE=home:anna@gmx.at',
        'TEL;TYPE=cell;VALUE=text:+43 660 1234567',
        'TEL;TYPE=work,voice;VALUE=text:+43 1 5550100',
        'item1.TEL;TYPE=fax;VALUE=text:+43 1 5550199',
        'item1.X-ABLabel:Fax',
        `ADR;TYPE=work;LABEL="Ringstraße 5^n1010 Wien ^'AT^'":;;Ringstraße 5;Wien;;1010;AT`,
        'URL;TYPE=work:https://huber.at',
        'item2.URL:https://linkedin.com/in/anna',
        'item2.X-ABLabel:LinkedIn',
        'NOTE:Backslash \\\\ comma \\, semicolon ; newline\\nend',
        'CATEGORIES:Kunde\\, VIP,Wien',
        'X-STERNSTUNDE-MET-AT:Weihnachtsfeier',
        'X-STERNSTUNDE-PARTNER-FIT:Koller IT',
        'X-STERNSTUNDE-FOLLOW-UP-STATUS:open',
        'X-STERNSTUNDE-FOLLOW-UP-EMAIL:anna@gmx.at',
        'UID:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
        'REV:20251213T080000Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it("Mozilla's parser reads every value and label back", () => {
    const [card = []] = readCards(contactsToVCard([anna]));
    expect(listsOf(card)).toStrictEqual(expectedLists(anna));
    expect(first(card, 'n')?.values[0]).toEqual(['van der Berg', 'Anna', 'Maria', 'Dr.', 'MBA']);
    expect(first(card, 'org')?.values[0]).toEqual(['Huber; Söhne, GmbH', 'Einkauf']);
    expect(first(card, 'bday')?.values[0]).toBe('--04-12');
    expect(textOf(card, 'nickname')).toBe('Anni');
    expect(textOf(card, 'note')).toBe('Backslash \\ comma , semicolon ; newline\nend');
    expect(first(card, 'categories')?.values).toEqual(['Kunde, VIP', 'Wien']);
    expect(textOf(card, 'x-sternstunde-follow-up-email')).toBe('anna@gmx.at');
    // e164 is derived: not in the card.
    expect(contactsToVCard([anna])).not.toContain('+436601234567');
  });

  it('writes a birthday with year in basic format, and accepts old-model contacts', () => {
    const old = { firstName: 'Eva', birthday: '1985-04-12', email: 'eva@x.at', phone: '+43 1', address: 'Weg 1, Wien' };
    const [card = []] = readCards(contactsToVCard([old]));
    expect(contactsToVCard([old])).toContain('BDAY:19850412\r\n');
    expect(first(card, 'bday')?.values[0]).toBe('1985-04-12');
    expect(listsOf(card)).toStrictEqual({
      emails: [{ label: 'work', value: 'eva@x.at' }],
      phones: [{ label: 'mobile', value: '+43 1' }],
      websites: [],
      addresses: [{ label: 'work', components: ['', '', 'Weg 1, Wien', '', '', '', ''], formatted: 'Weg 1, Wien' }],
    });
  });

  it('always has a formatted name', () => {
    const names = [
      { company: 'Lumen OG', emails: [{ label: 'work', value: 'x@y.at' }] },
      { emails: [{ label: 'work', value: 'x@y.at' }] },
      { phones: [{ label: 'mobile', value: '+43 1' }] },
      { firstName: '  ' },
      { id: 'not-a-uuid' },
    ].map((fields) => textOf(readCards(contactsToVCard([{ ...lists, ...fields }]))[0] ?? [], 'fn'));
    expect(names).toEqual(['Lumen OG', 'x@y.at', '+43 1', 'Unnamed contact', 'Unnamed contact']);
    expect(contactsToVCard([{ ...lists, id: 'a;b' }])).toContain('UID;VALUE=text:a;b\r\n');
    expect(contactsToVCard([])).toBe('');
  });

  it('folds at 75 octets without splitting multi-byte characters', () => {
    const notes = `${'ä'.repeat(50)}${'😀'.repeat(30)}${'x'.repeat(200)}`;
    const vcard = contactsToVCard([{ ...lists, notes }]);
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
    expect(textOf(readCards(vcard)[0] ?? [], 'note')).toBe(notes);
  });

  const checkCard = (contact: ContactInput, card: Prop[]) => {
    expect(card.map((p) => p.name).slice(0, 2)).toEqual(['version', 'fn']);
    expect(textOf(card, 'version')).toBe('4.0');
    expect(textOf(card, 'fn')?.trim()).not.toBe('');
    expect(first(card, 'n')?.values[0]).toEqual(
      [contact.lastName, contact.firstName, contact.middleName, contact.prefix, contact.suffix].map((part) =>
        part === undefined ? '' : inVCard(part),
      ),
    );
    expect(textOf(card, 'note')).toBe(expected(contact.notes));
    expect(textOf(card, 'title')).toBe(expected(contact.jobTitle));
    expect(textOf(card, 'nickname')).toBe(expected(contact.nickname));
    expect(first(card, 'org')?.values[0]).toEqual(
      present(contact.company) || present(contact.department)
        ? [contact.company, contact.department].map((part) => (part === undefined ? '' : inVCard(part)))
        : undefined,
    );
    const bday = first(card, 'bday');
    expect(bday && (bday.type === 'text' ? bday.values[0] : String(bday.values[0]))).toBe(
      present(contact.birthday) ? inVCard(contact.birthday.trim()) : undefined,
    );
    expect(listsOf(card)).toStrictEqual(expectedLists(contact));
    expect(first(card, 'categories')?.values ?? []).toEqual(contact.tags.filter(present).map(inVCard));
    for (const [property, field] of [
      ['x-sternstunde-met-at', 'metAt'],
      ['x-sternstunde-introduced-by', 'introducedBy'],
      ['x-sternstunde-follow-up-promise', 'followUpPromise'],
      ['x-sternstunde-follow-up-context', 'followUpContext'],
      ['x-sternstunde-follow-up-email', 'followUpEmail'],
    ] as const) {
      expect(textOf(card, property)).toBe(expected(contact[field]));
    }
    const partners = first(card, 'x-sternstunde-partner-fit');
    expect(partners ? unescape(String(partners.values[0]), ',') : []).toEqual(
      contact.partnerFit.filter(present).map(inVCard),
    );
  };

  /**
   * Mozilla's parser takes an escaped backslash before a component separator
   * or list item ("\\;", "\\,") for an escaped one: backslashes are left out of
   * the parts of N, ORG and ADR and of the tags here (our escaping of them is
   * checked by the exact test above).
   */
  const forMozilla = (contact: ContactInput): ContactInput => {
    const clean = (part: string | undefined) => part?.replace(/\\/g, '');
    const copy: ContactInput = { ...contact };
    for (const field of ['lastName', 'firstName', 'middleName', 'prefix', 'suffix', 'company', 'department'] as const) {
      if (copy[field] !== undefined) copy[field] = clean(copy[field]);
    }
    copy.tags = contact.tags.map((tag) => tag.replace(/\\/g, ''));
    // A URI can't hold a backslash (RFC 3986), and Mozilla's parser reads escapes in URL values.
    copy.websites = contact.websites.map((website) => ({ ...website, value: website.value.replace(/\\/g, '') }));
    copy.addresses = contact.addresses.map(
      (address) =>
        Object.fromEntries(
          Object.entries(address).map(([key, value]) => [key, key === 'label' ? value : clean(value)]),
        ) as unknown as ContactAddress,
    );
    return copy;
  };

  it("any contact, several labelled values per field: lines fit, and Mozilla's parser gives every value and label back", () => {
    fc.assert(
      fc.property(fc.array(contactArb.map(forMozilla), { minLength: 1, maxLength: 3 }), (contacts) => {
        const vcard = contactsToVCard(contacts);
        for (const line of vcard.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const cards = readCards(vcard);
        expect(cards).toHaveLength(contacts.length);
        contacts.forEach((contact, i) => checkCard(contact, cards[i] ?? []));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('realistic contacts with birthdays: the same', () => {
    const birthday = fc.constantFrom('1985-04-12', '--12-24', '2001-01-31');
    fc.assert(
      fc.property(contactOf({ text: trickyText, label: realisticLabel }, { birthday }).map(forMozilla), (contact) => {
        checkCard(contact, readCards(contactsToVCard([contact]))[0] ?? []);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('accepts what csvToContacts returns', () => {
    const { contacts } = csvToContacts(
      'First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\r\nAnna,Berger,* myContacts ::: VIP,* Work,a@b.at\r\n',
    );
    expect(contactsToVCard(contacts)).toContain('CATEGORIES:VIP\r\n');
    expect(contactsToVCard(contacts)).toContain('EMAIL;TYPE=work:a@b.at\r\n');
  });
});
