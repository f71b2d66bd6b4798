import type { SternstundeDB } from './database';
import type { PhotoRow } from './photo-row';

export async function addPhoto(db: SternstundeDB, contactId: string, image: Blob): Promise<PhotoRow> {
  const row: PhotoRow = { id: crypto.randomUUID(), contactId, image, createdAt: new Date().toISOString() };
  await db.photos.add(row);
  return row;
}

export function listPhotosOf(db: SternstundeDB, contactId: string): Promise<PhotoRow[]> {
  return db.photos.where('contactId').equals(contactId).sortBy('createdAt');
}

/** Deletes one photo and returns it, so the caller can offer undo. */
export function deletePhoto(db: SternstundeDB, id: string): Promise<PhotoRow | undefined> {
  return db.transaction('rw', db.photos, async () => {
    const row = await db.photos.get(id);
    await db.photos.delete(id);
    return row;
  });
}

/** Puts deleted photos back as they were (undo). */
export async function restorePhotos(db: SternstundeDB, rows: readonly PhotoRow[]): Promise<void> {
  await db.photos.bulkPut([...rows]);
}
