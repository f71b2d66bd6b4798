import type { Contact } from '../model/contact';

/** A contact with the lowercase text that search looks through, computed once per load. */
export interface SearchEntry {
  contact: Contact;
  haystack: string;
}

export interface ContactFilter {
  /** Words typed into the search box; every word must occur. */
  query: string;
  /** Only contacts met at this event. */
  eventId?: string;
  /** Only open follow-ups due at or before this ISO time. */
  dueBy?: string;
}

export interface SearchResult {
  contacts: Contact[];
  /** How many matched in all, beyond the `limit` shown. */
  total: number;
}

/** Lowercase, without diacritics: "Müller" is found by "muller" and "müller". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded "last first e-mail company": the list's order. */
function sortKey(contact: Contact): string {
  return foldText(
    [contact.lastName, contact.firstName, contact.email, contact.company].map((v) => v ?? '').join('\u0001'),
  );
}

/**
 * Name, company, e-mail and tags of each contact as one folded string, computed once per load so
 * that a keystroke only scans strings; sorted by last name, first name.
 */
export function buildSearchIndex(contacts: readonly Contact[]): SearchEntry[] {
  return contacts
    .map((contact) => ({
      contact,
      key: sortKey(contact),
      haystack: foldText(
        [contact.prefix, contact.firstName, contact.lastName, contact.company, contact.email, ...contact.tags]
          .filter(Boolean)
          .join(' '),
      ),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ contact, haystack }) => ({ contact, haystack }));
}

/** Whether an open follow-up of the contact is due at or before `dueBy` (ISO, same zone). */
export function isFollowUpDue(contact: Pick<Contact, 'followUpDue' | 'followUpStatus'>, dueBy: string): boolean {
  return contact.followUpDue !== undefined && contact.followUpStatus !== 'done' && contact.followUpDue <= dueBy;
}

/** The contacts matching the filter, in index order, at most `limit` of them. */
export function searchContacts(index: readonly SearchEntry[], filter: ContactFilter, limit: number): SearchResult {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  const contacts: Contact[] = [];
  let total = 0;
  for (const entry of index) {
    if (filter.eventId !== undefined && entry.contact.eventId !== filter.eventId) continue;
    if (filter.dueBy !== undefined && !isFollowUpDue(entry.contact, filter.dueBy)) continue;
    if (!words.every((word) => entry.haystack.includes(word))) continue;
    total++;
    if (contacts.length < limit) contacts.push(entry.contact);
  }
  return { contacts, total };
}
