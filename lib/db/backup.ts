import type { Table } from 'dexie';
import { BackupError } from './backup-error';
import { BACKUP_TABLES, type BackupTableName, type BackupTables, readTables } from './backup-rows';
import { fromContactRow, toContactRow } from './contact-row';
import type { SternstundeDB } from './database';
import type { Contact } from '../model/contact';
import { upgradeContact } from '../model/contact-upgrade';
import { phoneCountry } from './phone-country';
import { blobToDataUrl, dataUrlToBlob } from './photo-data-url';
import type { PhotoRow } from './photo-row';

export { BackupError, type BackupProblem } from './backup-error';
export { BACKUP_TABLES, type BackupPhoto, type BackupTableName, type BackupTables } from './backup-rows';

export const BACKUP_APP = 'sternstunde';
export const BACKUP_FORMAT = 1;
/** Backups larger than this are refused before reading. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** The whole database as one JSON document. */
export interface Backup {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  /**
   * The database version (Dexie `verno`) the rows were written with. Once read, the rows are
   * upgraded to the current version, which this then names.
   */
  schemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file's text and checks it completely: JSON, our app, a format and database
 * version this version knows, every table, and every row's fields and their meaning. Rows of an
 * older database version come back upgraded to `schemaVersion`. Throws a BackupError.
 */
export function parseBackup(text: string, schemaVersion: number): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new BackupError('notJson');
  }
  if (!isRecord(data)) throw new BackupError('notBackup');
  if (data.app !== BACKUP_APP) {
    throw new BackupError(data.app === undefined ? 'notBackup' : 'otherApp', String(data.app).slice(0, 40));
  }
  const { format, schemaVersion: version, exportedAt, tables } = data;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    throw new BackupError('notBackup', 'format');
  if (format > BACKUP_FORMAT) throw new BackupError('newerFormat', String(format));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('notBackup', 'schemaVersion');
  }
  if (version > schemaVersion) throw new BackupError('newerSchema', String(version));
  if (typeof exportedAt !== 'string') throw new BackupError('notBackup', 'exportedAt');
  if (!isRecord(tables)) throw new BackupError('notBackup', 'tables');
  // Only the known parts are kept: unknown keys of the file itself are dropped.
  return { app: BACKUP_APP, format: BACKUP_FORMAT, schemaVersion, exportedAt, tables: readTables(version, tables) };
}

/** The tables, contacts with their stored index keys. */
const tablesOf = (db: SternstundeDB) => ({
  events: db.events,
  goals: db.goals,
  targets: db.targets,
  contacts: db.contacts,
  partners: db.partners,
  debriefs: db.debriefs,
  settings: db.settings,
  photos: db.photos,
});

/** A consistent snapshot of the whole database; contacts without their derived index keys. */
export async function createBackup(db: SternstundeDB): Promise<Backup> {
  const tables = tablesOf(db);
  const snapshot = await db.transaction('r', Object.values(tables), async () => {
    const rows = await Promise.all(BACKUP_TABLES.map((name) => tables[name].toArray()));
    return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, rows[i]])) as unknown as Omit<
      BackupTables,
      'photos'
    > & { photos: PhotoRow[] };
  });
  // Outside the transaction: reading a Blob's bytes is no IndexedDB request and would end it.
  const photos = await Promise.all(snapshot.photos.map(async (p) => ({ ...p, image: await blobToDataUrl(p.image) })));
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    schemaVersion: db.verno,
    exportedAt: new Date().toISOString(),
    // upgradeContact: a row stored in the old shape still leaves as a current contact.
    tables: {
      ...snapshot,
      contacts: snapshot.contacts.map((row) => upgradeContact<Contact>(fromContactRow(row))),
      photos,
    },
  };
}

/** The backup file's text. */
export const backupToJson = (backup: Backup): string => `${JSON.stringify(backup, null, 1)}\n`;

// Settings first: the restored phone country decides the contacts' E.164 keys.
const RESTORE_ORDER: readonly BackupTableName[] = ['settings', ...BACKUP_TABLES.filter((name) => name !== 'settings')];

/**
 * Replaces everything with the backup's rows, in one transaction: all or nothing. The contacts'
 * index keys and E.164 forms are computed anew, never taken from the file.
 */
export async function restoreBackup(db: SternstundeDB, backup: Backup): Promise<void> {
  const tables = tablesOf(db);
  const photos = backup.tables.photos.map((p) => ({ ...p, image: dataUrlToBlob(p.image) }));
  await db.transaction('rw', Object.values(tables), async () => {
    for (const name of RESTORE_ORDER) {
      const table = tables[name] as Table<unknown, string>;
      await table.clear();
      if (name === 'contacts') {
        const country = await phoneCountry(db);
        await table.bulkAdd(backup.tables.contacts.map((contact) => toContactRow(contact, country)));
      } else if (name === 'photos') {
        await table.bulkAdd(photos);
      } else {
        await table.bulkAdd(backup.tables[name]);
      }
    }
  });
}

/** Deletes every row of every table, in one transaction. */
export async function eraseEverything(db: SternstundeDB): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}
