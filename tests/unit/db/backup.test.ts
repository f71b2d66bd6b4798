import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  type BackupTables,
  backupToJson,
  createBackup,
  eraseEverything,
  parseBackup,
  restoreBackup,
} from '../../../lib/db/backup';
import { addContact } from '../../../lib/db/contacts';
import { fromContactRow, toContactRow } from '../../../lib/db/contact-row';
import type { SternstundeDB } from '../../../lib/db/database';
import { addPartner } from '../../../lib/db/partners';
import { phoneCountry } from '../../../lib/db/phone-country';
import { dataUrlToBlob } from '../../../lib/db/photo-data-url';
import { updateSettings } from '../../../lib/db/settings';
import { databaseRows } from '../data/backup-arbitraries';
import { createTestDb } from './test-db';

/** Stores the rows as the app would: contacts with their index keys. Returns the contacts as exported. */
async function fill(db: SternstundeDB, tables: BackupTables): Promise<BackupTables['contacts']> {
  return db.transaction('rw', db.tables, async () => {
    await db.settings.bulkAdd(tables.settings);
    const country = await phoneCountry(db);
    const contacts = tables.contacts.map((c) => toContactRow(c, country));
    await db.contacts.bulkAdd(contacts);
    for (const name of BACKUP_TABLES) {
      if (name === 'photos')
        await db.photos.bulkAdd(tables.photos.map((p) => ({ ...p, image: dataUrlToBlob(p.image) })));
      else if (name !== 'settings' && name !== 'contacts') await db.table(name).bulkAdd(tables[name]);
    }
    return contacts.map(fromContactRow);
  });
}

const country = (tables: BackupTables) => {
  const chosen = tables.settings.find((s) => s.key === 'phoneCountry')?.value;
  return chosen ? (chosen as 'AT') : undefined;
};

/** Rows in primary-key order (code-unit order, like IndexedDB's for strings). */
const inKeyOrder = (rows: readonly object[]) => {
  const key = (row: object) => String('id' in row ? row.id : 'key' in row ? row.key : '');
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

describe('backup and restore', () => {
  it('round-trips any database through the JSON file into an empty one', async () => {
    await fc.assert(
      fc.asyncProperty(databaseRows, async (tables) => {
        const source = createTestDb();
        const contacts = await fill(source, tables);
        const backup = await createBackup(source);
        expect(backup).toMatchObject({ app: 'sternstunde', format: 1, schemaVersion: source.verno });
        for (const name of BACKUP_TABLES) {
          expect(backup.tables[name]).toEqual(inKeyOrder(name === 'contacts' ? contacts : tables[name]));
        }
        // The file holds the contacts without their derived index keys.
        for (const contact of backup.tables.contacts) expect(Object.keys(contact)).not.toContain('emailKeys');

        const target = createTestDb();
        await restoreBackup(target, parseBackup(backupToJson(backup), target.verno));
        expect((await createBackup(target)).tables).toEqual(backup.tables);
        // Restore computed the index keys anew.
        const stored = await target.contacts.toArray();
        expect(stored).toEqual(inKeyOrder(contacts.map((c) => toContactRow(c, country(tables)))));
      }),
      { numRuns: 40 },
    );
    // Two fresh databases per run: slow on a busy machine, so more time than the default 5 s.
  }, 60_000);

  it('replaces what was there', async () => {
    const db = createTestDb();
    await addPartner(db, 'Koller IT', 'Bau');
    const backup = await createBackup(db);
    await addContact(db, {
      firstName: 'Later',
      emails: [],
      phones: [],
      addresses: [],
      websites: [],
      tags: [],
      partnerFit: [],
    });
    await updateSettings(db, { followUpHours: 24 });
    await restoreBackup(db, backup);
    expect((await createBackup(db)).tables).toEqual(backup.tables);
  });

  it('erases every table', async () => {
    const db = createTestDb();
    await fc.assert(
      fc.asyncProperty(databaseRows, async (tables) => {
        await fill(db, tables);
        await eraseEverything(db);
        const counts = await Promise.all(db.tables.map((table) => table.count()));
        expect(counts).toEqual(db.tables.map(() => 0));
      }),
      { numRuns: 10 },
    );
  });
});
