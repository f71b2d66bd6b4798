import { findDuplicates, mergeChanges, type Duplicate } from '../contacts/duplicates';
import type { Contact, ContactData } from '../model/contact';
import { emailKey, fromContactRow, toContactRow, withPhoneKeys, type ContactRow } from './contact-row';
import type { SternstundeDB } from './database';
import type { PhotoRow } from './photo-row';
import { patchRow } from './rows';
import { phoneCountry } from './phone-country';

const trimmed = <T extends { value: string }>(entries: readonly T[]): T[] =>
  entries.map((e) => ({ ...e, value: e.value.trim() })).filter((e) => e.value !== '');

/**
 * Drops blank list entries (a row the user added and left empty) and the spaces around typed values;
 * values stay as typed otherwise.
 */
function withoutBlankEntries(data: ContactData): ContactData {
  return {
    ...data,
    emails: trimmed(data.emails),
    phones: trimmed(data.phones),
    websites: trimmed(data.websites),
    addresses: data.addresses.filter((a) => Object.entries(a).some(([k, v]) => k !== 'label' && v?.trim())),
  };
}

export async function addContact(db: SternstundeDB, data: ContactData): Promise<Contact> {
  const country = await phoneCountry(db);
  const now = new Date().toISOString();
  const row = toContactRow(
    { ...withoutBlankEntries(data), id: crypto.randomUUID(), createdAt: now, updatedAt: now },
    country,
  );
  await db.contacts.add(row);
  return fromContactRow(row);
}

export async function getContact(db: SternstundeDB, id: string): Promise<Contact | undefined> {
  const row = await db.contacts.get(id);
  return row && fromContactRow(row);
}

/** Rows as contacts: the table's index keys stay inside lib/db. */
const contactsOf = (rows: Promise<ContactRow[]>): Promise<Contact[]> => rows.then((list) => list.map(fromContactRow));

/** Every contact, unordered. */
export function listAllContacts(db: SternstundeDB): Promise<Contact[]> {
  return contactsOf(db.contacts.toArray());
}

/** Contacts that have this e-mail among theirs (case-insensitive). */
export function findContactsByEmail(db: SternstundeDB, email: string): Promise<Contact[]> {
  return contactsOf(db.contacts.where('emailKeys').equals(emailKey(email)).toArray());
}

/** Open follow-ups due at or before `until` (ISO), earliest first. */
export async function listDueFollowUps(db: SternstundeDB, until: string): Promise<Contact[]> {
  const due = await contactsOf(db.contacts.where('followUpDue').belowOrEqual(until).toArray());
  return due.filter((c) => c.followUpStatus !== 'done');
}

/** Changes some fields of a contact; its index keys and phones' E.164 forms follow. */
export async function updateContact(db: SternstundeDB, id: string, changes: Partial<ContactData>): Promise<void> {
  const country = await phoneCountry(db);
  await db.transaction('rw', db.contacts, async () => {
    const stored = await db.contacts.get(id);
    if (!stored) throw new Error(`No row ${id} in contacts`);
    const next = withoutBlankEntries({ ...fromContactRow(stored), ...changes });
    await db.contacts.put(
      toContactRow({ ...next, id, createdAt: stored.createdAt, updatedAt: new Date().toISOString() }, country),
    );
  });
}

/** A deleted contact with the photos deleted with it, all that undo needs to put back. */
export type DeletedContact = Contact & { photos: PhotoRow[] };

/** Deletes a contact and its kept photos and returns them, so the caller can offer undo. */
export async function deleteContact(db: SternstundeDB, id: string): Promise<DeletedContact | undefined> {
  return db.transaction('rw', db.contacts, db.photos, async () => {
    const row = await db.contacts.get(id);
    const photos = await db.photos.where('contactId').equals(id).toArray();
    await db.photos.bulkDelete(photos.map((p) => p.id));
    await db.contacts.delete(id);
    return row && { ...fromContactRow(row), photos };
  });
}

/** Puts a deleted contact back as it was, with its photos when the deletion returned them. */
export async function restoreContact(db: SternstundeDB, contact: Contact | DeletedContact): Promise<void> {
  const { photos = [], ...rest } = contact as Partial<DeletedContact> & Contact;
  const row = toContactRow(rest, await phoneCountry(db));
  await db.transaction('rw', db.contacts, db.photos, async () => {
    await db.contacts.put(row);
    await db.photos.bulkPut(photos);
  });
}

/** Adds a contact met in person; when picked from an event's people to meet, marks that person met. */
export async function addMetContact(db: SternstundeDB, data: ContactData, targetId?: string): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.targets, db.settings, async () => {
    const contact = await addContact(db, data);
    if (targetId) await patchRow(db.targets, targetId, { status: 'met', contactId: contact.id });
    return contact;
  });
}

/** Stored contacts that are the same person: any e-mail or phone in common, or same name + company. */
export async function findDuplicateContacts(
  db: SternstundeDB,
  candidate: Pick<ContactData, 'firstName' | 'lastName' | 'company' | 'emails' | 'phones'>,
): Promise<Duplicate[]> {
  const withKeys = withPhoneKeys(candidate, await phoneCountry(db));
  const emails = withKeys.emails.map((e) => emailKey(e.value)).filter(Boolean);
  const phones = withKeys.phones.flatMap((p) => (p.e164 ? [p.e164] : []));
  const lastName = candidate.lastName?.trim();
  const [byEmail, byPhone, byName] = await Promise.all([
    emails.length ? db.contacts.where('emailKeys').anyOf(emails).toArray() : [],
    phones.length ? db.contacts.where('phoneKeys').anyOf(phones).toArray() : [],
    lastName && candidate.company?.trim() ? db.contacts.where('lastName').equalsIgnoreCase(lastName).toArray() : [],
  ]);
  const seen = new Map([...byEmail, ...byPhone, ...byName].map((c) => [c.id, fromContactRow(c)]));
  return findDuplicates(withKeys, [...seen.values()]);
}

/** Merges new details into a stored contact (fills gaps, keeps what it has); returns the result. */
export async function mergeIntoContact(db: SternstundeDB, id: string, incoming: ContactData): Promise<Contact> {
  const stored = await getContact(db, id);
  if (!stored) throw new Error(`No row ${id} in contacts`);
  const changes = mergeChanges(stored, incoming);
  if (Object.keys(changes).length > 0) await updateContact(db, id, changes);
  return (await getContact(db, id)) as Contact;
}

/** Every open follow-up (due or not), earliest first. */
export async function listOpenFollowUps(db: SternstundeDB): Promise<Contact[]> {
  const planned = await contactsOf(db.contacts.where('followUpDue').above('').toArray());
  return planned.filter((c) => c.followUpStatus !== 'done');
}

/** How many open follow-ups are due at or before `until` (ISO). */
export async function countDueFollowUps(db: SternstundeDB, until: string): Promise<number> {
  return (await listDueFollowUps(db, until)).length;
}

export function setFollowUpStatus(db: SternstundeDB, id: string, status: 'open' | 'done'): Promise<void> {
  return patchRow(db.contacts, id, { followUpStatus: status });
}
