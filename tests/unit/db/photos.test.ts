import { describe, expect, it } from 'vitest';
import { addContact, deleteContact, restoreContact } from '../../../lib/db/contacts';
import { addPhoto, deletePhoto, listPhotosOf, restorePhotos } from '../../../lib/db/photos';
import { contactData } from '../contact-data';
import { createTestDb } from './test-db';

const bytes = (blob: Blob) => blob.arrayBuffer().then((b) => [...new Uint8Array(b)]);
const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], { type: 'image/jpeg' });

describe('kept photos', () => {
  it('keeps the photo unchanged with its contact, lists, removes and puts it back', async () => {
    const db = createTestDb();
    const kept = await addPhoto(db, 'anna', jpeg());
    await addPhoto(db, 'max', new Blob(['other'], { type: 'image/png' }));
    const [stored, ...more] = await listPhotosOf(db, 'anna');
    expect(more).toEqual([]);
    expect(stored).toMatchObject({ id: kept.id, contactId: 'anna' });
    expect(stored!.image.type).toBe('image/jpeg');
    expect(await bytes(stored!.image)).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);

    const removed = await deletePhoto(db, kept.id);
    expect(await listPhotosOf(db, 'anna')).toEqual([]);
    expect(await listPhotosOf(db, 'max')).toHaveLength(1);
    await restorePhotos(db, [removed!]);
    expect((await listPhotosOf(db, 'anna')).map((p) => p.id)).toEqual([kept.id]);
  });

  it('are deleted with their contact, and its undo brings them back', async () => {
    const db = createTestDb();
    const anna = await addContact(db, contactData({ firstName: 'Anna', lastName: 'Berger' }));
    const max = await addContact(db, contactData({ firstName: 'Max', lastName: 'Huber' }));
    const photo = await addPhoto(db, anna.id, jpeg());
    await addPhoto(db, max.id, new Blob(['max'], { type: 'image/png' }));

    const deleted = await deleteContact(db, anna.id);
    expect(deleted?.photos.map((p) => p.id)).toEqual([photo.id]);
    expect(await db.photos.where('contactId').equals(anna.id).count()).toBe(0);
    expect(await db.photos.count()).toBe(1);

    await restoreContact(db, deleted!);
    expect(await db.contacts.get(anna.id)).not.toHaveProperty('photos');
    const [back] = await listPhotosOf(db, anna.id);
    expect(back?.id).toBe(photo.id);
    expect(await bytes(back!.image)).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);
  });
});
