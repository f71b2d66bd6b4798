// A backup written by every earlier database version restores, its rows upgraded as the schema
// upgrades would; a newer one is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, parseBackup, restoreBackup } from '../../../lib/db/backup';
import { getSettings } from '../../../lib/db/settings';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { createTestDb } from './test-db';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/backup/${name}`, import.meta.url), 'utf8');
const original = (name: string) => JSON.parse(fixture(name)) as { tables: Record<string, Record<string, unknown>[]> };

async function restored(name: string) {
  const db = createTestDb();
  await db.open();
  await restoreBackup(db, parseBackup(fixture(name), db.verno));
  return db;
}

describe('backups of earlier database versions', () => {
  it('version 1: every single contact field comes back in its list, events get their host', async () => {
    const db = await restored('schema-v1.json');
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({
      id: 'c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f604',
      prefix: 'Mag.',
      firstName: 'Jörg',
      lastName: 'Müller',
      company: 'Huber & Söhne GmbH',
      notes: 'Sucht einen Partner für die Buchhaltung',
      followUpDue: '2025-12-15T08:00:00.000Z',
      followUpStatus: 'open',
    });
    expect(contact!.emails).toEqual([{ label: 'work', value: 'joerg.mueller@huber.at' }]);
    expect(contact!.phones).toEqual([{ label: 'mobile', value: '+43 660 1234567', e164: '+436601234567' }]);
    expect(contact!.websites).toEqual([
      { label: 'work', value: 'https://huber.at' },
      { label: 'LinkedIn', value: 'https://www.linkedin.com/in/joerg-mueller' },
    ]);
    expect(contact!.addresses).toEqual([{ label: 'work', formatted: 'Hauptplatz 3, 8010 Graz' }]);
    for (const old of ['email', 'phone', 'website', 'linkedin', 'address']) expect(contact).not.toHaveProperty(old);
    // The multi-entry indexes find it.
    expect(await db.contacts.where('emailKeys').equals('joerg.mueller@huber.at').count()).toBe(1);
    expect(await db.contacts.where('phoneKeys').equals('+436601234567').count()).toBe(1);

    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ organizer: 'Maria Lechner', host: 'Maria Lechner' });
    expect(event!.guests).toEqual(original('schema-v1.json').tables.events![0]!.guests);
    expect(await db.goals.count()).toBe(1);
    expect(await db.targets.get('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c03')).toMatchObject({ status: 'planned' });
    expect(await db.partners.count()).toBe(1);
    // Version 1 had no settings: the defaults apply.
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('version 2: contacts get their lists, events their calendarKey, settings stay as they were', async () => {
    const db = await restored('schema-v2.json');
    const sabine = await db.contacts.get('c2a1b0c9-d8e7-4f6a-8b5c-4d3e2f1a0b01');
    expect(sabine).toMatchObject({
      department: 'Einkauf',
      emails: [{ label: 'work', value: 's.hofer@hofer-bau.at' }],
      phones: [{ label: 'mobile', value: '+43 732 987654', e164: '+43732987654' }],
      addresses: [{ label: 'work', formatted: 'Industriezeile 12, 4020 Linz' }],
      websites: [],
      emailKeys: ['s.hofer@hofer-bau.at'],
      phoneKeys: ['+43732987654'],
      followUpStatus: 'done',
    });
    const lukas = await db.contacts.get('c2a1b0c9-d8e7-4f6a-8b5c-4d3e2f1a0b02');
    expect(lukas).toMatchObject({ emails: [], phones: [{ label: 'mobile', value: '+49 30 1234567' }] });

    const events = original('schema-v2.json').tables.events!;
    // v5 names the calendar key calendarKey; nothing else of an event changes.
    for (const { calendarId, ...event } of events) {
      expect(await db.events.get(event.id as string)).toEqual({ ...event, calendarKey: calendarId });
    }
    // v2 events keep the host the user set; one without organizer gets none.
    expect((await db.events.get(events[1]!.id as string))?.host).toBeUndefined();
    expect(await getSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      includeKeywords: ['Jahresabschlussfeier'],
      followUpHours: 72,
      followUpSkipWeekend: false,
    });
    expect(await db.debriefs.toArray()).toEqual(original('schema-v2.json').tables.debriefs);
  });

  it('version 4: events name their calendar key calendarKey, and are found by it; the rest stays', async () => {
    const db = await restored('schema-v4.json');
    const { events, contacts, goals } = original('schema-v4.json').tables;
    for (const { calendarId, ...event } of events!) {
      const restoredEvent = await db.events.get(event.id as string);
      expect(restoredEvent).toEqual({ ...event, calendarKey: calendarId });
      expect(restoredEvent).not.toHaveProperty('calendarId');
    }
    const party = await db.events
      .where('[source+calendarKey]')
      .equals(['google', '5q1s8d4kpl3v0c2n7h6m9g0b1a'])
      .first();
    expect(party?.notes).toBe('Visitenkarten mitnehmen');
    expect(await db.contacts.get(contacts![0]!.id as string)).toMatchObject(contacts![0]!);
    expect(await db.goals.toArray()).toEqual(goals);
    expect(await db.photos.count()).toBe(1);
    expect((await getSettings(db)).followUpHours).toBe(24);
  });

  it('an upgraded backup, backed up again, is a current one that restores to the same data', async () => {
    for (const name of ['schema-v1.json', 'schema-v2.json', 'schema-v4.json']) {
      const db = await restored(name);
      const again = await createBackup(db);
      expect(again.schemaVersion).toBe(db.verno);
      const copy = createTestDb();
      await restoreBackup(copy, parseBackup(JSON.stringify(again), copy.verno));
      expect((await createBackup(copy)).tables).toEqual(again.tables);
    }
  });

  it('a backup of a newer version is refused', () => {
    const db = createTestDb();
    const newer = { ...JSON.parse(fixture('schema-v2.json')), schemaVersion: db.verno + 1 };
    expect(() => parseBackup(JSON.stringify(newer), db.verno)).toThrow(
      new BackupError('newerSchema', String(db.verno + 1)),
    );
  });

  it('a version 1 backup has no settings table, and may not have one', () => {
    const db = createTestDb();
    const v1 = JSON.parse(fixture('schema-v1.json'));
    v1.tables.settings = [];
    expect(() => parseBackup(JSON.stringify(v1), db.verno)).toThrow(new BackupError('unknownTable', 'settings'));
  });

  it('a version 2 contact in the old shape with a bad single field is refused, naming the field', () => {
    const db = createTestDb();
    const v2 = JSON.parse(fixture('schema-v2.json'));
    v2.tables.contacts[1].phone = 4930123;
    expect(() => parseBackup(JSON.stringify(v2), db.verno)).toThrow(new BackupError('badRow', 'contacts[1].phone'));
  });
});
