import type { Table } from 'dexie';
import { CONTACT_TEXT_FIELDS, type Contact } from '../model/contact';
import type { Debrief, EventRecord, Goal, Partner, Target } from '../model/records';
import type { SettingsRow } from '../model/settings';
import type { SternstundeDB } from './database';

export const BACKUP_APP = 'sternstunde';
export const BACKUP_FORMAT = 1;
/** Backups larger than this are refused before reading. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** Every table of the database, all of which a backup holds. */
export interface BackupTables {
  events: EventRecord[];
  goals: Goal[];
  targets: Target[];
  contacts: Contact[];
  partners: Partner[];
  debriefs: Debrief[];
  settings: SettingsRow[];
}

export type BackupTableName = keyof BackupTables;

/** The whole database as one JSON document. */
export interface Backup {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  /** The database version (Dexie `verno`) the rows were written with. */
  schemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
}

/** Why a file is not a backup this version can restore. */
export type BackupProblem =
  | 'notJson'
  | 'notBackup'
  | 'otherApp'
  | 'newerFormat'
  | 'newerSchema'
  | 'missingTable'
  | 'unknownTable'
  | 'badRow'
  | 'duplicateKey';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    /** Where: a table name or `table[row].field`. */
    readonly detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'BackupError';
  }
}

type FieldType = 'string' | 'number' | 'boolean' | 'strings' | 'array' | 'object' | 'any';

/** The fields a row must have (and the optional ones it may have) and their types. */
interface RowSpec {
  key: string;
  required: Record<string, FieldType>;
  optional: Record<string, FieldType>;
}

const STORED = { id: 'string', createdAt: 'string', updatedAt: 'string' } as const;
const texts = (...names: string[]): Record<string, FieldType> =>
  Object.fromEntries(names.map((name) => [name, 'string' as const]));

const SPECS: Record<BackupTableName, RowSpec> = {
  events: {
    key: 'id',
    required: { ...STORED, ...texts('source', 'calendarId', 'title', 'url'), allDay: 'boolean', guests: 'array' },
    optional: {
      ...texts('start', 'end', 'location', 'description', 'organizer', 'host', 'override', 'notes'),
      detection: 'object',
    },
  },
  goals: {
    key: 'id',
    required: { ...STORED, ...texts('eventId', 'text'), done: 'boolean', order: 'number' },
    optional: { target: 'number' },
  },
  targets: {
    key: 'id',
    required: { ...STORED, ...texts('eventId', 'name', 'status'), askHost: 'boolean' },
    optional: texts('email', 'company', 'why', 'contactId'),
  },
  contacts: {
    key: 'id',
    required: { ...STORED, tags: 'strings', partnerFit: 'strings' },
    optional: texts(...CONTACT_TEXT_FIELDS),
  },
  partners: { key: 'id', required: { ...STORED, ...texts('name', 'lookingFor') }, optional: texts('notes') },
  debriefs: { key: 'id', required: { ...STORED, ...texts('eventId', 'learned') }, optional: { rating: 'number' } },
  settings: { key: 'key', required: { key: 'string', value: 'any' }, optional: {} },
};

export const BACKUP_TABLES = Object.keys(SPECS) as BackupTableName[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === type && (type !== 'number' || Number.isFinite(value));
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'any':
      return value !== undefined;
  }
}

function checkRows(name: BackupTableName, rows: unknown): void {
  if (!Array.isArray(rows)) throw new BackupError('missingTable', name);
  const spec = SPECS[name];
  const keys = new Set<unknown>();
  rows.forEach((row: unknown, i) => {
    const where = `${name}[${i}]`;
    if (!isRecord(row)) throw new BackupError('badRow', where);
    for (const [field, type] of Object.entries(spec.required)) {
      if (!hasType(row[field], type)) throw new BackupError('badRow', `${where}.${field}`);
    }
    for (const [field, type] of Object.entries(spec.optional)) {
      if (Object.hasOwn(row, field) && !hasType(row[field], type)) throw new BackupError('badRow', `${where}.${field}`);
    }
    const key = row[spec.key];
    if (keys.has(key)) throw new BackupError('duplicateKey', `${where}.${spec.key}`);
    keys.add(key);
  });
}

/**
 * Reads a backup file's text and checks it completely: JSON, our app, a format and database
 * version this version knows, every table, and every row's fields. Throws a BackupError.
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
  for (const name of Object.keys(tables)) {
    if (!Object.hasOwn(SPECS, name)) throw new BackupError('unknownTable', name.slice(0, 40));
  }
  for (const name of BACKUP_TABLES) checkRows(name, tables[name]);
  return data as unknown as Backup;
}

const tablesOf = (db: SternstundeDB): { [K in BackupTableName]: Table<BackupTables[K][number], string> } => ({
  events: db.events,
  goals: db.goals,
  targets: db.targets,
  contacts: db.contacts,
  partners: db.partners,
  debriefs: db.debriefs,
  settings: db.settings,
});

/** A consistent snapshot of the whole database. */
export async function createBackup(db: SternstundeDB): Promise<Backup> {
  const tables = tablesOf(db);
  return db.transaction('r', Object.values(tables), async () => {
    const rows = await Promise.all(BACKUP_TABLES.map((name) => tables[name].toArray()));
    return {
      app: BACKUP_APP,
      format: BACKUP_FORMAT,
      schemaVersion: db.verno,
      exportedAt: new Date().toISOString(),
      tables: Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, rows[i]])) as unknown as BackupTables,
    };
  });
}

/** The backup file's text. */
export const backupToJson = (backup: Backup): string => `${JSON.stringify(backup, null, 1)}\n`;

/** Replaces everything with the backup's rows, in one transaction: all or nothing. */
export async function restoreBackup(db: SternstundeDB, backup: Backup): Promise<void> {
  const tables = tablesOf(db);
  await db.transaction('rw', Object.values(tables), async () => {
    for (const name of BACKUP_TABLES) {
      const table = tables[name] as Table<unknown, string>;
      await table.clear();
      await table.bulkAdd(backup.tables[name]);
    }
  });
}

/** Deletes every row of every table, in one transaction. */
export async function eraseEverything(db: SternstundeDB): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}
