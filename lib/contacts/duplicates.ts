import type { Contact, ContactData } from '../model/contact';
import { foldText } from './search';

export type DuplicateReason = 'email' | 'name';

export interface Duplicate {
  contact: Contact;
  reason: DuplicateReason;
}

type Identity = Pick<ContactData, 'firstName' | 'lastName' | 'company' | 'email'>;

/** Folded, single-spaced, without dots: "Lechner  AG." and "lechner ag" are the same. */
function key(value: string | undefined): string {
  return foldText(value ?? '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why `stored` is the same person as `candidate`, or undefined: same e-mail, or same name + company. */
export function duplicateReason(candidate: Identity, stored: Identity): DuplicateReason | undefined {
  const email = key(candidate.email);
  if (email && email === key(stored.email)) return 'email';
  const name = key(`${candidate.firstName ?? ''} ${candidate.lastName ?? ''}`);
  const company = key(candidate.company);
  const sameName = name !== '' && name === key(`${stored.firstName ?? ''} ${stored.lastName ?? ''}`);
  if (sameName && company !== '' && company === key(stored.company)) return 'name';
  return undefined;
}

/** The stored contacts that are the same person as `candidate`, e-mail matches first. */
export function findDuplicates(candidate: Identity, stored: readonly Contact[]): Duplicate[] {
  const found: Duplicate[] = [];
  for (const contact of stored) {
    const reason = duplicateReason(candidate, contact);
    if (reason) found.push({ contact, reason });
  }
  return found.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'email' ? -1 : 1));
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The changes that merge `incoming` into `stored`: empty fields are filled, tags and partner fits
 * joined, notes appended; what `stored` already has wins.
 */
export function mergeChanges(stored: ContactData, incoming: ContactData): Partial<ContactData> {
  const changes: Partial<ContactData> = {};
  for (const [field, value] of Object.entries(incoming) as [keyof ContactData, ContactData[keyof ContactData]][]) {
    if (field === 'tags' || field === 'partnerFit' || field === 'notes') continue;
    if (value !== undefined && value !== '' && (stored[field] === undefined || stored[field] === '')) {
      Object.assign(changes, { [field]: value });
    }
  }
  const tags = unique([...stored.tags, ...incoming.tags]);
  if (tags.length !== stored.tags.length) changes.tags = tags;
  const partnerFit = unique([...stored.partnerFit, ...incoming.partnerFit]);
  if (partnerFit.length !== stored.partnerFit.length) changes.partnerFit = partnerFit;
  const notes = incoming.notes?.trim();
  if (notes && !stored.notes?.includes(notes)) changes.notes = stored.notes ? `${stored.notes}\n${notes}` : notes;
  return changes;
}
