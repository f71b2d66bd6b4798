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
import type { SternstundeDB } from '../../../lib/db/database';
import { addPartner } from '../../../lib/db/partners';
import { updateSettings } from '../../../lib/db/settings';
import { databaseRows } from '../data/backup-arbitraries';
import { createTestDb } from './test-db';

async function fill(db: SternstundeDB, tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name]);
  });
}

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
        await fill(source, tables);
        const backup = await createBackup(source);
        expect(backup).toMatchObject({ app: 'sternstunde', format: 1, schemaVersion: source.verno });
        for (const name of BACKUP_TABLES) expect(backup.tables[name]).toEqual(inKeyOrder(tables[name]));

        const target = createTestDb();
        await restoreBackup(target, parseBackup(backupToJson(backup), target.verno));
        expect((await createBackup(target)).tables).toEqual(backup.tables);
      }),
      { numRuns: 60 },
    );
  });

  it('replaces what was there', async () => {
    const db = createTestDb();
    await addPartner(db, 'Koller IT', 'Bau');
    const backup = await createBackup(db);
    await addContact(db, { firstName: 'Later', tags: [], partnerFit: [] });
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
