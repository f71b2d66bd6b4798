import { describe, expect, it } from 'vitest';
import {
  type Backup,
  BackupError,
  type BackupProblem,
  backupToJson,
  createBackup,
  parseBackup,
  restoreBackup,
} from '../../../lib/db/backup';
import { addContact } from '../../../lib/db/contacts';
import type { SternstundeDB } from '../../../lib/db/database';
import { upsertSeenEvent } from '../../../lib/db/events';
import { addGoal } from '../../../lib/db/goals';
import { addPartner } from '../../../lib/db/partners';
import { updateSettings } from '../../../lib/db/settings';
import { createTestDb } from './test-db';
import { snapshot } from './snapshot';

async function seeded(): Promise<SternstundeDB> {
  const db = createTestDb();
  const event = await upsertSeenEvent(db, snapshot());
  await addGoal(db, event.id, 'Talk to 3 new people', 3);
  await addContact(db, {
    firstName: 'Anna',
    lastName: 'Berger',
    email: 'anna@lechner.at',
    tags: ['bau'],
    partnerFit: [],
  });
  await addPartner(db, 'Koller IT', 'Bau');
  await updateSettings(db, { followUpHours: 24 });
  return db;
}

/** A valid backup as plain JSON data, to be broken by each case. */
type Json = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };
const tamper = (backup: Backup, change: (data: Json) => void): string => {
  const data = JSON.parse(backupToJson(backup)) as Json;
  change(data);
  return JSON.stringify(data);
};
const contact0 = (data: Json) => data.tables.contacts![0]!;

const CASES: [string, BackupProblem, (backup: Backup) => string][] = [
  ['not JSON', 'notJson', () => '{"app": "sternstunde",'],
  ['an empty file', 'notJson', () => ''],
  ['a CSV file', 'notJson', () => 'First Name,Last Name\r\nAnna,Berger\r\n'],
  ['a JSON list', 'notBackup', () => '[]'],
  ['JSON null', 'notBackup', () => 'null'],
  ['no app marker', 'notBackup', (b) => tamper(b, (d) => delete d.app)],
  ["another app's backup", 'otherApp', (b) => tamper(b, (d) => (d.app = 'other-tool'))],
  ['a newer backup format', 'newerFormat', (b) => tamper(b, (d) => (d.format = 2))],
  ['a format that is text', 'notBackup', (b) => tamper(b, (d) => (d.format = '1'))],
  ['a newer database version', 'newerSchema', (b) => tamper(b, (d) => (d.schemaVersion = 99))],
  ['no export date', 'notBackup', (b) => tamper(b, (d) => delete d.exportedAt)],
  ['tables that are a list', 'notBackup', (b) => tamper(b, (d) => (d.tables = [] as never))],
  ['a missing table', 'missingTable', (b) => tamper(b, (d) => delete d.tables.contacts)],
  ['a table that is no list', 'missingTable', (b) => tamper(b, (d) => (d.tables.goals = {} as never))],
  ['an unknown table', 'unknownTable', (b) => tamper(b, (d) => (d.tables.invoices = []))],
  ['a row that is null', 'badRow', (b) => tamper(b, (d) => (d.tables.contacts![0] = null as never))],
  ['a row without id', 'badRow', (b) => tamper(b, (d) => delete contact0(d).id)],
  ['tags that are text', 'badRow', (b) => tamper(b, (d) => (contact0(d).tags = 'bau'))],
  ['an e-mail that is a number', 'badRow', (b) => tamper(b, (d) => (contact0(d).email = 5))],
  ['an event whose allDay is text', 'badRow', (b) => tamper(b, (d) => (d.tables.events![0]!.allDay = 'no'))],
  ['a goal order that is null', 'badRow', (b) => tamper(b, (d) => (d.tables.goals![0]!.order = null))],
  ['a setting without value', 'badRow', (b) => tamper(b, (d) => delete d.tables.settings![0]!.value)],
  ['two rows with the same id', 'duplicateKey', (b) => tamper(b, (d) => d.tables.contacts!.push({ ...contact0(d) }))],
];

describe('malformed backups are refused and change nothing', () => {
  it.each(CASES)('%s', async (_name, problem, make) => {
    const db = await seeded();
    const before = await createBackup(db);
    const text = make(before);
    let error: unknown;
    try {
      await restoreBackup(db, parseBackup(text, db.verno));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem).toBe(problem);
    expect((await createBackup(db)).tables).toEqual(before.tables);
  });

  it('a backup that breaks a unique index is rolled back as a whole', async () => {
    const db = await seeded();
    const before = await createBackup(db);
    // Two events with the same calendar id pass the row checks, but not the database's unique index.
    const text = tamper(before, (d) => {
      const event = d.tables.events![0]!;
      d.tables.events!.push({ ...event, id: 'another-id' });
    });
    await expect(restoreBackup(db, parseBackup(text, db.verno))).rejects.toThrow();
    expect((await createBackup(db)).tables).toEqual(before.tables);
  });

  it('accepts its own file with a byte-order mark', async () => {
    const db = await seeded();
    const backup = await createBackup(db);
    expect(parseBackup(`\uFEFF${backupToJson(backup)}`, db.verno)).toEqual(backup);
  });
});
