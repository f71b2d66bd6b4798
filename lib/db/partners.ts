import type { Partner } from '../model/records';
import type { SternstundeDB } from './database';
import { insertRow } from './rows';

export async function addPartner(
  db: SternstundeDB,
  name: string,
  lookingFor: string,
  notes?: string,
): Promise<Partner> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A partner needs a name');
  return insertRow(db.partners, { name: trimmed, lookingFor: lookingFor.trim(), notes });
}

export function listPartners(db: SternstundeDB): Promise<Partner[]> {
  return db.partners.orderBy('name').toArray();
}

/** Deletes a partner and returns it, so the caller can offer undo. */
export async function deletePartner(db: SternstundeDB, id: string): Promise<Partner | undefined> {
  return db.transaction('rw', db.partners, async () => {
    const partner = await db.partners.get(id);
    await db.partners.delete(id);
    return partner;
  });
}

export async function restorePartner(db: SternstundeDB, partner: Partner): Promise<void> {
  await db.partners.put(partner);
}
