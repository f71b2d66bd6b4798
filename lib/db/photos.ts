import type { SternstundeDB } from './database';

/**
 * Photos of business cards the user chose to keep ("keep the photo"), one row per photo.
 * Needs schema v4 `photos: 'id, contactId'` (proposed; wired into schema.ts by the lead): until
 * then `photosStored` is false and the capture page does not offer to keep photos.
 */
export interface PhotoRow {
  id: string;
  contactId: string;
  /** The image as the user gave it (JPEG, PNG, HEIC …), unchanged. */
  image: Blob;
  createdAt: string;
}

const PHOTOS = 'photos';
const table = (db: SternstundeDB) => db.table<PhotoRow, string>(PHOTOS);

/** Whether this database version has the photos table. */
export function photosStored(db: SternstundeDB): boolean {
  return db.tables.some((t) => t.name === PHOTOS);
}

export async function addPhoto(db: SternstundeDB, contactId: string, image: Blob): Promise<PhotoRow> {
  const row: PhotoRow = { id: crypto.randomUUID(), contactId, image, createdAt: new Date().toISOString() };
  await table(db).add(row);
  return row;
}

export function listPhotosOf(db: SternstundeDB, contactId: string): Promise<PhotoRow[]> {
  return table(db).where('contactId').equals(contactId).toArray();
}

export function deletePhoto(db: SternstundeDB, id: string): Promise<void> {
  return table(db).delete(id);
}

/** Removes a contact's photos (when the contact is deleted, or the user removes them). */
export function deletePhotosOf(db: SternstundeDB, contactId: string): Promise<number> {
  return table(db).where('contactId').equals(contactId).delete();
}
