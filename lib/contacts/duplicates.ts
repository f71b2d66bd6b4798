import type { Contact, ContactData, ContactPhone } from '../model/contact';
import { phoneDigits } from './phone';
import { foldText } from '../text/fold';

export type DuplicateReason = 'email' | 'phone' | 'name';

export interface Duplicate {
  contact: Contact;
  reason: DuplicateReason;
}

type Identity = Pick<ContactData, 'firstName' | 'lastName' | 'company'> & {
  emails?: readonly { value: string }[];
  phones?: readonly Pick<ContactPhone, 'value' | 'e164'>[];
};

/** Folded, single-spaced, without dots: "Lechner  AG." and "lechner ag" are the same. */
function key(value: string | undefined): string {
  return foldText(value ?? '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Fewer digits than this are an extension or a typo, not a number that names one person.
const MIN_PHONE_DIGITS = 6;

/** The keys a phone is compared by: its E.164 form when known, and its digits when they are enough. */
export function phoneMatchKeys(phone: Pick<ContactPhone, 'value' | 'e164'>): string[] {
  const digits = phoneDigits(phone.value);
  return [...(phone.e164 ? [phone.e164] : []), ...(digits.length >= MIN_PHONE_DIGITS ? [digits] : [])];
}

const phoneKeys = (phones: Identity['phones']): Set<string> => new Set((phones ?? []).flatMap(phoneMatchKeys));

const emailKeys = (emails: Identity['emails']): Set<string> =>
  new Set((emails ?? []).map((email) => key(email.value)).filter((k) => k !== ''));

const shares = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));

/**
 * Why `stored` is the same person as `candidate`, or undefined: any e-mail in common, any phone in
 * common (same E.164 form, or the same digits), or the same name + company.
 */
export function duplicateReason(candidate: Identity, stored: Identity): DuplicateReason | undefined {
  if (shares(emailKeys(candidate.emails), emailKeys(stored.emails))) return 'email';
  if (shares(phoneKeys(candidate.phones), phoneKeys(stored.phones))) return 'phone';
  const name = key(`${candidate.firstName ?? ''} ${candidate.lastName ?? ''}`);
  const company = key(candidate.company);
  const sameName = name !== '' && name === key(`${stored.firstName ?? ''} ${stored.lastName ?? ''}`);
  if (sameName && company !== '' && company === key(stored.company)) return 'name';
  return undefined;
}

const RANK: Record<DuplicateReason, number> = { email: 0, phone: 1, name: 2 };

/** The stored contacts that are the same person as `candidate`: e-mail matches first, then phone, then name. */
export function findDuplicates(candidate: Identity, stored: readonly Contact[]): Duplicate[] {
  const found: Duplicate[] = [];
  for (const contact of stored) {
    const reason = duplicateReason(candidate, contact);
    if (reason) found.push({ contact, reason });
  }
  return found.sort((a, b) => RANK[a.reason] - RANK[b.reason]);
}

const unique = (values: string[]) => [...new Set(values)];

/** `stored` plus the entries of `incoming` it doesn't have yet (compared by `same`); undefined when nothing is new. */
function joinList<T>(stored: readonly T[], incoming: readonly T[], same: (a: T, b: T) => boolean): T[] | undefined {
  const added = incoming.filter(
    (entry, i) => !stored.some((s) => same(s, entry)) && incoming.findIndex((e) => same(e, entry)) === i,
  );
  return added.length === 0 ? undefined : [...stored, ...added];
}

const samePhone = (a: ContactPhone, b: ContactPhone): boolean =>
  (a.e164 !== undefined && a.e164 === b.e164) || phoneDigits(a.value) === phoneDigits(b.value);

/**
 * The changes that merge `incoming` into `stored`: empty fields are filled, e-mails, phones,
 * addresses, websites, tags and partner fits joined (what is new is added after what is stored),
 * notes appended; what `stored` already has wins.
 */
export function mergeChanges(stored: ContactData, incoming: ContactData): Partial<ContactData> {
  const changes: Partial<ContactData> = {};
  for (const [field, value] of Object.entries(incoming) as [keyof ContactData, ContactData[keyof ContactData]][]) {
    if (Array.isArray(value) || field === 'notes') continue;
    if (value !== undefined && value !== '' && (stored[field] === undefined || stored[field] === '')) {
      Object.assign(changes, { [field]: value });
    }
  }
  const emails = joinList(stored.emails, incoming.emails, (a, b) => key(a.value) === key(b.value));
  if (emails) changes.emails = emails;
  const phones = joinList(stored.phones, incoming.phones, samePhone);
  if (phones) changes.phones = phones;
  const addresses = joinList(stored.addresses, incoming.addresses, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  if (addresses) changes.addresses = addresses;
  const websites = joinList(stored.websites, incoming.websites, (a, b) => a.value.trim() === b.value.trim());
  if (websites) changes.websites = websites;
  const tags = unique([...stored.tags, ...incoming.tags]);
  if (tags.length !== stored.tags.length) changes.tags = tags;
  const partnerFit = unique([...stored.partnerFit, ...incoming.partnerFit]);
  if (partnerFit.length !== stored.partnerFit.length) changes.partnerFit = partnerFit;
  const notes = incoming.notes?.trim();
  if (notes && !stored.notes?.includes(notes)) changes.notes = stored.notes ? `${stored.notes}\n${notes}` : notes;
  return changes;
}
