import type { Contact } from '../model/contact';
import { foldText } from '../text/fold';
import { phoneDigits } from './phone';

/** A contact with the lowercase text that search looks through, computed once per load. */
export interface SearchEntry {
  contact: Contact;
  haystack: string;
  /** The digits of every phone, as typed and in E.164, space-separated: phones are found by digits. */
  digits: string;
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

/** Folded "last first e-mail company": the list's order. */
function sortKey(contact: Contact): string {
  return foldText(
    [contact.lastName, contact.firstName, contact.emails[0]?.value, contact.company].map((v) => v ?? '').join('\u0001'),
  );
}

const phoneDigitsOf = (contact: Contact): string =>
  contact.phones.flatMap((p) => [phoneDigits(p.value), ...(p.e164 ? [phoneDigits(p.e164)] : [])]).join(' ');

/**
 * Name, company, every e-mail and tags of each contact as one folded string (and every phone's
 * digits as another), computed once per load so that a keystroke only scans strings; sorted by
 * last name, first name.
 */
export function buildSearchIndex(contacts: readonly Contact[]): SearchEntry[] {
  return contacts
    .map((contact) => ({
      contact,
      key: sortKey(contact),
      haystack: foldText(
        [
          contact.prefix,
          contact.firstName,
          contact.lastName,
          contact.company,
          contact.department,
          ...contact.emails.map((e) => e.value),
          ...contact.tags,
        ]
          .filter(Boolean)
          .join(' '),
      ),
      digits: phoneDigitsOf(contact),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ contact, haystack, digits }) => ({ contact, haystack, digits }));
}

/** Whether an open follow-up of the contact is due at or before `dueBy` (ISO, same zone). */
export function isFollowUpDue(contact: Pick<Contact, 'followUpDue' | 'followUpStatus'>, dueBy: string): boolean {
  return contact.followUpDue !== undefined && contact.followUpStatus !== 'done' && contact.followUpDue <= dueBy;
}

// A query of at least this many digits, and nothing but phone punctuation besides, also searches phones.
const MIN_QUERY_DIGITS = 3;

/**
 * The digit strings a phone-like query ("0664 12", "+43 664") is looked up by: its digits, and
 * without the trunk zero ("0664" is "664" in "+43 664 …"); undefined for other queries.
 */
function phoneQuery(query: string): string[] | undefined {
  if (!/^[\d\s()+\-./]+$/.test(query)) return undefined;
  const digits = phoneDigits(query);
  if (digits.length < MIN_QUERY_DIGITS) return undefined;
  const national = digits.replace(/^0+/, '');
  return national !== digits && national.length >= MIN_QUERY_DIGITS ? [digits, national] : [digits];
}

/** The contacts matching the filter, in index order, at most `limit` of them. */
export function searchContacts(index: readonly SearchEntry[], filter: ContactFilter, limit: number): SearchResult {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  const phone = phoneQuery(filter.query);
  const contacts: Contact[] = [];
  let total = 0;
  for (const entry of index) {
    if (filter.eventId !== undefined && entry.contact.eventId !== filter.eventId) continue;
    if (filter.dueBy !== undefined && !isFollowUpDue(entry.contact, filter.dueBy)) continue;
    const byText = words.every((word) => entry.haystack.includes(word));
    if (!byText && !(phone && phone.some((digits) => entry.digits.includes(digits)))) continue;
    total++;
    if (contacts.length < limit) contacts.push(entry.contact);
  }
  return { contacts, total };
}
