import type { Contact, ContactData } from '../model/contact';
import type { Debrief, TargetStatus } from '../model/records';
import { addContact } from './contacts';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

export function getDebrief(db: SternstundeDB, eventId: string): Promise<Debrief | undefined> {
  return db.debriefs.where('eventId').equals(eventId).first();
}

/** Creates or updates the one debrief of an event. */
export async function saveDebrief(
  db: SternstundeDB,
  eventId: string,
  fields: Pick<Debrief, 'learned'> & Partial<Pick<Debrief, 'rating'>>,
): Promise<Debrief> {
  return db.transaction('rw', db.debriefs, async () => {
    const existing = await getDebrief(db, eventId);
    if (!existing) return insertRow(db.debriefs, { eventId, ...fields });
    await patchRow(db.debriefs, existing.id, fields);
    return (await db.debriefs.get(existing.id)) as Debrief;
  });
}

/** Ids of the events that have a debrief. */
export async function listDebriefedEventIds(db: SternstundeDB): Promise<Set<string>> {
  const keys = await db.debriefs.orderBy('eventId').keys();
  return new Set(keys.map(String));
}

/** Everything the user settles in one debrief of an event. */
export interface DebriefSession {
  eventId: string;
  learned: string;
  rating?: number;
  /** Goals of the prep, reached or not. */
  goals: { id: string; done: boolean }[];
  /** People planned, met or missed. */
  people: { id: string; status: TargetStatus }[];
  /** People met, each with a follow-up. */
  contacts: ContactData[];
}

/** Saves a debrief with its goals, people and new contacts at once; returns the new contacts. */
export async function saveDebriefSession(db: SternstundeDB, session: DebriefSession): Promise<Contact[]> {
  // Settings: addContact reads the phone country.
  return db.transaction('rw', [db.debriefs, db.goals, db.targets, db.contacts, db.settings], async () => {
    await saveDebrief(db, session.eventId, { learned: session.learned, rating: session.rating });
    for (const goal of session.goals) await patchRow(db.goals, goal.id, { done: goal.done });
    for (const person of session.people) await patchRow(db.targets, person.id, { status: person.status });
    const contacts: Contact[] = [];
    for (const data of session.contacts) contacts.push(await addContact(db, data));
    return contacts;
  });
}
