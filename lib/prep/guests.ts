import type { Guest } from '../calendars/types';

/** A person to meet as imported from an event's guest list. */
export interface ImportedPerson {
  name: string;
  email?: string;
  company?: string;
}

// Mail providers whose domain says nothing about the employer.
const PERSONAL_MAIL = new Set([
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'live',
  'msn',
  'yahoo',
  'icloud',
  'me',
  'mac',
  'aol',
  'proton',
  'protonmail',
  'gmx',
  'web',
  't-online',
  'freenet',
  'posteo',
  'mailbox',
  'aon',
  'chello',
  'a1',
  'bluewin',
  'hispeed',
  'sunrise',
  'orange',
  'free',
  'laposte',
  'libero',
  'tiscali',
  'ziggo',
  'kpnmail',
  'seznam',
  'wp',
  'o2',
  'interia',
  'mail',
  'yandex',
  'zoho',
  'fastmail',
  'hey',
  'tutanota',
  'tuta',
  'arcor',
  'ewe',
  'kabelmail',
  'vodafone',
]);
// Second-level domains under which the registrable name is one label further left (example.co.uk).
const SECOND_LEVEL = new Set(['co', 'com', 'or', 'ac', 'gv', 'org', 'net', 'gov', 'edu']);
// Rooms and shared resources appear as guests; they are not people.
const RESOURCE_DOMAIN = /(^|\.)resource\.calendar\.google\.com$|^group\.calendar\.google\.com$/;

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
// Legal forms keep their own spelling: "lechner-ag" → "Lechner AG".
const LEGAL_FORMS: Record<string, string> = {
  ag: 'AG',
  gmbh: 'GmbH',
  kg: 'KG',
  og: 'OG',
  se: 'SE',
  ug: 'UG',
  ltd: 'Ltd',
  llc: 'LLC',
  inc: 'Inc',
  plc: 'PLC',
  sa: 'SA',
  sarl: 'SARL',
  srl: 'Srl',
  spa: 'SpA',
  bv: 'BV',
  nv: 'NV',
  ab: 'AB',
  as: 'AS',
  oy: 'Oy',
  sro: 's.r.o.',
  kft: 'Kft',
};

/** "lechner-bau.at" → "Lechner Bau"; undefined for personal mail providers. */
export function companyFromEmail(email: string): string | undefined {
  const domain = email.split('@')[1]?.toLowerCase().trim();
  if (!domain || !domain.includes('.')) return undefined;
  const labels = domain.split('.');
  labels.pop(); // top-level domain
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const name = labels.at(-1);
  if (!name || PERSONAL_MAIL.has(name)) return undefined;
  return name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => LEGAL_FORMS[word] ?? capitalise(word))
    .join(' ');
}

/** "anna.berger" → "Anna Berger": a readable name when the calendar shows only the address. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return (
    local
      .split(/[._+-]+/)
      .filter(Boolean)
      .map(capitalise)
      .join(' ') || email
  );
}

/** A guest as a person to meet, or undefined for rooms and entries without name or address. */
export function guestToPerson(guest: Guest): ImportedPerson | undefined {
  const email = guest.email?.trim().toLowerCase() || undefined;
  if (email && RESOURCE_DOMAIN.test(email.split('@')[1] ?? '')) return undefined;
  const shownName = guest.name?.trim();
  // Calendars show the address as the name when they know no name.
  const name = shownName && shownName.toLowerCase() !== email ? shownName : email ? nameFromEmail(email) : undefined;
  if (!name) return undefined;
  const company = email ? companyFromEmail(email) : undefined;
  return { name, ...(email && { email }), ...(company && { company }) };
}

/** The guests not yet on the list (by e-mail, else by name), as people to meet; never the user. */
export function newPeopleFromGuests(
  guests: Guest[],
  existing: { name: string; email?: string }[],
  self?: string,
): ImportedPerson[] {
  const known = new Set(existing.map((p) => (p.email ?? p.name).toLowerCase()));
  if (self) known.add(self.toLowerCase());
  const people: ImportedPerson[] = [];
  for (const guest of guests) {
    const person = guestToPerson(guest);
    if (!person || guest.response === 'organizer') continue;
    const key = (person.email ?? person.name).toLowerCase();
    if (known.has(key)) continue;
    known.add(key);
    people.push(person);
  }
  return people;
}
