import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SternstundeDB } from '../../../lib/db/database';
import { addPhoto, deletePhoto, deletePhotosOf, listPhotosOf, photosStored } from '../../../lib/db/photos';
import { createTestDb } from '../db/test-db';

/** The proposed schema v4 (photos: 'id, contactId') on top of the current versions. */
class WithPhotos extends SternstundeDB {
  constructor() {
    super(`test-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    this.version(this.verno + 1).stores({ photos: 'id, contactId' });
  }
}

describe('photos', () => {
  it('are offered only once the schema has their table', () => {
    expect(photosStored(createTestDb())).toBe(false);
    expect(photosStored(new WithPhotos())).toBe(true);
  });

  it('keeps the photo unchanged with its contact, lists and removes it', async () => {
    const db = new WithPhotos();
    const image = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], { type: 'image/jpeg' });
    const kept = await addPhoto(db, 'anna', image);
    await addPhoto(db, 'anna', new Blob(['second'], { type: 'image/png' }));
    await addPhoto(db, 'max', new Blob(['other'], { type: 'image/png' }));
    const photos = await listPhotosOf(db, 'anna');
    expect(photos).toHaveLength(2);
    const stored = photos.find((p) => p.id === kept.id)!;
    expect(stored.image.type).toBe('image/jpeg');
    expect(new Uint8Array(await stored.image.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]));

    await deletePhoto(db, kept.id);
    expect(await listPhotosOf(db, 'anna')).toHaveLength(1);
    expect(await deletePhotosOf(db, 'anna')).toBe(1);
    expect(await listPhotosOf(db, 'anna')).toEqual([]);
    expect(await listPhotosOf(db, 'max')).toHaveLength(1);
  });
});
