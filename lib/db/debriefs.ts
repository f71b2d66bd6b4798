import type { Debrief } from '../model/records';
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
