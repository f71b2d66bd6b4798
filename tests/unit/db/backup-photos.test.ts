// Kept photos in backups: as data URLs in the JSON, checked on restore, bytes and type unchanged.
import { describe, expect, it } from 'vitest';
import { BackupError, backupToJson, createBackup, parseBackup, restoreBackup } from '../../../lib/db/backup';
import { addContact } from '../../../lib/db/contacts';
import { addPhoto, listPhotosOf } from '../../../lib/db/photos';
import { contactData } from '../contact-data';
import { createTestDb } from './test-db';

const BYTES = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 0xfe];

async function withPhoto() {
  const db = createTestDb();
  const anna = await addContact(db, contactData({ firstName: 'Anna', lastName: 'Berger' }));
  const photo = await addPhoto(db, anna.id, new Blob([new Uint8Array(BYTES)], { type: 'image/jpeg' }));
  await addPhoto(db, anna.id, new Blob(['no type']));
  return { db, anna, photo };
}

type Json = { schemaVersion: number; tables: Record<string, Record<string, unknown>[] | undefined> };
const edited = async (change: (data: Json) => void) => {
  const { db } = await withPhoto();
  const data = JSON.parse(backupToJson(await createBackup(db))) as Json;
  change(data);
  return JSON.stringify(data);
};
const problem = (text: string) => {
  try {
    parseBackup(text, createTestDb().verno);
  } catch (error) {
    return error instanceof BackupError ? `${error.problem} ${error.detail}` : String(error);
  }
  return 'accepted';
};

describe('photos in backups', () => {
  it('travel as data URLs and come back with the same bytes and type', async () => {
    const { db, anna, photo } = await withPhoto();
    const backup = await createBackup(db);
    expect(backup.tables.photos).toHaveLength(2);
    expect(backup.tables.photos.find((p) => p.id === photo.id)).toEqual({
      id: photo.id,
      contactId: anna.id,
      createdAt: photo.createdAt,
      image: `data:image/jpeg;base64,${Buffer.from(BYTES).toString('base64')}`,
    });

    const target = createTestDb();
    await restoreBackup(target, parseBackup(backupToJson(backup), target.verno));
    const photos = await listPhotosOf(target, anna.id);
    const jpeg = photos.find((p) => p.id === photo.id)!;
    expect(jpeg.image).toBeInstanceOf(Blob);
    expect(jpeg.image.type).toBe('image/jpeg');
    expect([...new Uint8Array(await jpeg.image.arrayBuffer())]).toEqual(BYTES);
    const untyped = photos.find((p) => p.id !== photo.id)!;
    expect(untyped.image.type).toBe('');
    expect(await untyped.image.text()).toBe('no type');
  });

  it.each([
    ['not a data URL', 'https://example.com/card.jpg'],
    ['not an image', 'data:text/html;base64,PGI+aGk8L2I+'],
    ['not base64', 'data:image/png;base64,not*base64'],
    ['cut short', 'data:image/png;base64,iVBORw0'],
    ['a number', 42],
  ])('a photo that is %s is refused, naming it', async (_, image) => {
    const text = await edited((d) => (d.tables.photos![0]!.image = image));
    expect(problem(text)).toBe('badRow photos[0].image');
  });

  it('a photo of a contact the backup does not hold is refused', async () => {
    const text = await edited((d) => (d.tables.photos![1]!.contactId = 'someone-else'));
    expect(problem(text)).toBe('badRow photos[1].contactId');
  });

  it('a current backup must have the photos table; one of version 3 restores without and may not have it', async () => {
    expect(problem(await edited((d) => delete d.tables.photos))).toBe('missingTable photos');
    const v3 = await edited((d) => {
      d.schemaVersion = 3;
      delete d.tables.photos;
    });
    const db = createTestDb();
    await restoreBackup(db, parseBackup(v3, db.verno));
    expect(await db.contacts.count()).toBe(1);
    expect(await db.photos.count()).toBe(0);
    expect(problem(await edited((d) => (d.schemaVersion = 3)))).toBe('unknownTable photos');
  });
});
