import { findDuplicates, mergeChanges, type Duplicate } from '../contacts/duplicates';
import type { Contact, ContactData } from '../model/contact';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

export function addContact(db: SternstundeDB, data: ContactData): Promise<Contact> {
  return insertRow(db.contacts, { ...data, email: data.email?.trim() || undefined });
}

export function getContact(db: SternstundeDB, id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

/** All contacts by last name. */
export function listContacts(db: SternstundeDB): Promise<Contact[]> {
  return db.contacts.orderBy('lastName').toArray();
}

/** Every contact, unordered (listContacts leaves out those without a last name). */
export function listAllContacts(db: SternstundeDB): Promise<Contact[]> {
  return db.contacts.toArray();
}

export function findContactsByEmail(db: SternstundeDB, email: string): Promise<Contact[]> {
  return db.contacts.where('email').equalsIgnoreCase(email.trim()).toArray();
}

export function listContactsOfEvent(db: SternstundeDB, eventId: string): Promise<Contact[]> {
  return db.contacts.where('eventId').equals(eventId).toArray();
}

export function listContactsWithTag(db: SternstundeDB, tag: string): Promise<Contact[]> {
  return db.contacts.where('tags').equals(tag).toArray();
}

/** Open follow-ups due at or before `until` (ISO), earliest first. */
export async function listDueFollowUps(db: SternstundeDB, until: string): Promise<Contact[]> {
  const due = await db.contacts.where('followUpDue').belowOrEqual(until).toArray();
  return due.filter((c) => c.followUpStatus !== 'done');
}

export function updateContact(db: SternstundeDB, id: string, changes: Partial<ContactData>): Promise<void> {
  return patchRow(db.contacts, id, changes);
}

/** Deletes a contact and returns it, so the caller can offer undo. */
export async function deleteContact(db: SternstundeDB, id: string): Promise<Contact | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(id);
    await db.contacts.delete(id);
    return contact;
  });
}

export async function restoreContact(db: SternstundeDB, contact: Contact): Promise<void> {
  await db.contacts.put(contact);
}

/** Adds a contact met in person; when picked from an event's people to meet, marks that person met. */
export async function addMetContact(db: SternstundeDB, data: ContactData, targetId?: string): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.targets, async () => {
    const contact = await addContact(db, data);
    if (targetId) await patchRow(db.targets, targetId, { status: 'met', contactId: contact.id });
    return contact;
  });
}

/** Stored contacts that are the same person: same e-mail, or same name + company. */
export async function findDuplicateContacts(
  db: SternstundeDB,
  candidate: Pick<ContactData, 'firstName' | 'lastName' | 'company' | 'email'>,
): Promise<Duplicate[]> {
  const email = candidate.email?.trim();
  const lastName = candidate.lastName?.trim();
  const [byEmail, byName] = await Promise.all([
    email ? findContactsByEmail(db, email) : [],
    lastName && candidate.company?.trim() ? db.contacts.where('lastName').equalsIgnoreCase(lastName).toArray() : [],
  ]);
  const seen = new Map([...byEmail, ...byName].map((c) => [c.id, c]));
  return findDuplicates(candidate, [...seen.values()]);
}

/** Merges new details into a stored contact (fills gaps, keeps what it has); returns the result. */
export async function mergeIntoContact(db: SternstundeDB, id: string, incoming: ContactData): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const stored = await db.contacts.get(id);
    if (!stored) throw new Error(`No row ${id} in contacts`);
    const changes = mergeChanges(stored, incoming);
    if (Object.keys(changes).length > 0) await patchRow(db.contacts, id, changes);
    return (await db.contacts.get(id)) as Contact;
  });
}

/** Every open follow-up (due or not), earliest first. */
export async function listOpenFollowUps(db: SternstundeDB): Promise<Contact[]> {
  const planned = await db.contacts.where('followUpDue').above('').toArray();
  return planned.filter((c) => c.followUpStatus !== 'done');
}

/** How many open follow-ups are due at or before `until` (ISO). */
export async function countDueFollowUps(db: SternstundeDB, until: string): Promise<number> {
  return (await listDueFollowUps(db, until)).length;
}

export function setFollowUpStatus(db: SternstundeDB, id: string, status: 'open' | 'done'): Promise<void> {
  return patchRow(db.contacts, id, { followUpStatus: status });
}
