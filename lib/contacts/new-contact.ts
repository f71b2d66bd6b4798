import type { ContactData } from '../model/contact';
import { readQuickAdd, type QuickAddContact } from '../quick-add';
import { contextLine } from './follow-up';

/** "wien, Bau ,wien" → ["wien", "Bau"]: comma-separated, trimmed, without repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

const LINKEDIN = /(?:^|[/.])linkedin\.com\//i;

/**
 * A contact from parsed quick-add fields and what the form adds; empty texts are left out. A typed
 * e-mail or website counts as a work one (a contact met at a business party); a phone keeps the
 * label it was typed with ("Mobil:", "Tel.", "Fax"), "other" without one.
 */
export function newContact(fields: QuickAddContact, extra: Partial<ContactData> = {}): ContactData {
  const { emails, phones, websites, ...names } = fields;
  const data: ContactData = {
    emails: emails.map((value) => ({ label: 'work', value })),
    phones: phones.map(({ value, label }) => ({ label, value })),
    addresses: [],
    websites: websites.map((value) => ({ label: LINKEDIN.test(value) ? 'LinkedIn' : 'work', value })),
    tags: [],
    partnerFit: [],
  };
  for (const [key, value] of Object.entries({ ...names, ...extra }) as [
    keyof ContactData,
    ContactData[keyof ContactData],
  ][]) {
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept !== undefined && kept !== '') Object.assign(data, { [key]: kept });
  }
  return data;
}

type Entry = string | { value: string };
const filled = (entries: readonly Entry[]): boolean =>
  entries.some((entry) => (typeof entry === 'string' ? entry : entry.value).trim() !== '');

/** Whether parsed fields (or a contact being typed) name someone: a name, an e-mail or a phone number. */
export function identifiesSomeone(fields: {
  firstName?: string;
  lastName?: string;
  emails: readonly Entry[];
  phones: readonly Entry[];
}): boolean {
  return Boolean(fields.firstName?.trim() || fields.lastName?.trim() || filled(fields.emails) || filled(fields.phones));
}

/** Several people, one quick-add line each; lines that name nobody are skipped. */
export function parseContactLines(text: string): QuickAddContact[] {
  return text.split('\n').map(readQuickAdd).filter(identifiesSomeone);
}

/** What the user noted in the debrief for one person met. */
export interface MetNote {
  discussed: string;
  promised: string;
}

/**
 * The people met at an event as new contacts, each with an open follow-up: the context line
 * says where we met and what we discussed.
 */
export function metContacts(
  people: readonly QuickAddContact[],
  notes: readonly (MetNote | undefined)[],
  event: { id: string; title: string },
  followUpDue: string,
): ContactData[] {
  return people.map((fields, i) =>
    newContact(fields, {
      eventId: event.id,
      metAt: event.title,
      followUpDue,
      followUpStatus: 'open',
      followUpContext: contextLine(event.title, notes[i]?.discussed),
      followUpPromise: notes[i]?.promised,
    }),
  );
}
