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
