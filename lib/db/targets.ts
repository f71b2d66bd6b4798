import type { Target } from '../model/records';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

export type NewTarget = Pick<Target, 'eventId' | 'name'> &
  Partial<Pick<Target, 'email' | 'company' | 'why' | 'askHost'>>;

/** Adds a person to meet; links the stored contact with the same e-mail. */
export async function addTarget(db: SternstundeDB, target: NewTarget): Promise<Target> {
  const name = target.name.trim();
  if (!name) throw new Error('A person to meet needs a name');
  return db.transaction('rw', db.targets, db.contacts, async () => {
    const email = target.email?.trim().toLowerCase() || undefined;
    const contact = email ? await db.contacts.where('emailKeys').equals(email).first() : undefined;
    return insertRow(db.targets, {
      ...target,
      name,
      email,
      askHost: target.askHost ?? false,
      status: 'planned',
      contactId: contact?.id,
    });
  });
}

/** Adds several people at once (e.g. an event's guests), in one transaction. */
export async function addTargets(db: SternstundeDB, targets: NewTarget[]): Promise<Target[]> {
  return db.transaction('rw', db.targets, db.contacts, () => Promise.all(targets.map((t) => addTarget(db, t))));
}

export function listTargets(db: SternstundeDB, eventId: string): Promise<Target[]> {
  return db.targets.where('eventId').equals(eventId).sortBy('createdAt');
}

export function updateTarget(
  db: SternstundeDB,
  id: string,
  changes: Partial<Pick<Target, 'name' | 'email' | 'company' | 'why' | 'askHost' | 'status' | 'contactId'>>,
): Promise<void> {
  return patchRow(db.targets, id, changes);
}

export function deleteTarget(db: SternstundeDB, id: string): Promise<void> {
  return db.targets.delete(id);
}

/** Puts a deleted person back as they were (undo). */
export async function restoreTarget(db: SternstundeDB, target: Target): Promise<void> {
  await db.targets.put(target);
}
