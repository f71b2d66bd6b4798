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
import { saveDebrief } from '../../../lib/db/debriefs';
import { addTarget } from '../../../lib/db/targets';
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
    emails: [{ label: 'work', value: 'anna@lechner.at' }],
    phones: [{ label: 'mobile', value: '+43 664 1234567' }],
    addresses: [{ label: 'work', city: 'Wien' }],
    websites: [],
    tags: ['bau'],
    partnerFit: [],
  });
  await addTarget(db, { eventId: event.id, name: 'Anna Berger' });
  await saveDebrief(db, event.id, { learned: 'Viel gelernt', rating: 4 });
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
type Row = Record<string, unknown>;
const contact0 = (data: Json) => data.tables.contacts![0]!;
const event0 = (data: Json) => data.tables.events![0]!;
const row0 = (data: Json, table: string) => data.tables[table]![0]!;
const entry = (row: Row, list: string) => (row[list] as Row[])[0]!;
const setting = (data: Json, key: string) => data.tables.settings!.find((s) => s.key === key)!;

/** Each case: what is wrong, the problem reported, where (the BackupError's detail), the broken file. */
const CASES: [string, BackupProblem, string, (backup: Backup) => string][] = [
  ['not JSON', 'notJson', '', () => '{"app": "sternstunde",'],
  ['an empty file', 'notJson', '', () => ''],
  ['a CSV file', 'notJson', '', () => 'First Name,Last Name\r\nAnna,Berger\r\n'],
  ['a JSON list', 'notBackup', '', () => '[]'],
  ['JSON null', 'notBackup', '', () => 'null'],
  ['no app marker', 'notBackup', 'undefined', (b) => tamper(b, (d) => delete d.app)],
  ["another app's backup", 'otherApp', 'other-tool', (b) => tamper(b, (d) => (d.app = 'other-tool'))],
  ['a newer backup format', 'newerFormat', '2', (b) => tamper(b, (d) => (d.format = 2))],
  ['a format that is text', 'notBackup', 'format', (b) => tamper(b, (d) => (d.format = '1'))],
  ['a newer database version', 'newerSchema', '99', (b) => tamper(b, (d) => (d.schemaVersion = 99))],
  ['no export date', 'notBackup', 'exportedAt', (b) => tamper(b, (d) => delete d.exportedAt)],
  ['tables that are a list', 'notBackup', 'tables', (b) => tamper(b, (d) => (d.tables = [] as never))],
  ['a missing table', 'missingTable', 'contacts', (b) => tamper(b, (d) => delete d.tables.contacts)],
  ['a table that is no list', 'missingTable', 'goals', (b) => tamper(b, (d) => (d.tables.goals = {} as never))],
  ['an unknown table', 'unknownTable', 'invoices', (b) => tamper(b, (d) => (d.tables.invoices = []))],
  [
    'a table named __proto__',
    'unknownTable',
    '__proto__',
    (b) => backupToJson(b).replace('"tables": {', '"tables": {"__proto__": [], '),
  ],
  ['a row that is null', 'badRow', 'contacts[0]', (b) => tamper(b, (d) => (d.tables.contacts![0] = null as never))],
  ['a row without id', 'badRow', 'contacts[0].id', (b) => tamper(b, (d) => delete contact0(d).id)],
  ['an empty id', 'badRow', 'partners[0].id', (b) => tamper(b, (d) => (row0(d, 'partners').id = ''))],
  ['tags that are text', 'badRow', 'contacts[0].tags', (b) => tamper(b, (d) => (contact0(d).tags = 'bau'))],
  // Lists and their entries.
  [
    'e-mails that are one text',
    'badRow',
    'contacts[0].emails',
    (b) => tamper(b, (d) => (contact0(d).emails = 'a@b.at')),
  ],
  [
    'an e-mail that is a number',
    'badRow',
    'contacts[0].emails[1].value',
    (b) => tamper(b, (d) => (contact0(d).emails as Row[]).push({ label: 'home', value: 5 })),
  ],
  [
    'an e-mail without label',
    'badRow',
    'contacts[0].emails[0].label',
    (b) => tamper(b, (d) => delete entry(contact0(d), 'emails').label),
  ],
  [
    'a phone that is a text',
    'badRow',
    'contacts[0].phones[0]',
    (b) => tamper(b, (d) => ((contact0(d).phones as unknown[])[0] = '+43 1')),
  ],
  [
    'an address part that is a list',
    'badRow',
    'contacts[0].addresses[0].city',
    (b) => tamper(b, (d) => (entry(contact0(d), 'addresses').city = ['Wien'])),
  ],
  // Enums.
  ['an unknown calendar', 'badRow', 'events[0].source', (b) => tamper(b, (d) => (event0(d).source = 'yahoo'))],
  ['an unknown override', 'badRow', 'events[0].override', (b) => tamper(b, (d) => (event0(d).override = 'always'))],
  [
    'an unknown follow-up status',
    'badRow',
    'contacts[0].followUpStatus',
    (b) => tamper(b, (d) => (contact0(d).followUpStatus = 'later')),
  ],
  [
    'an unknown target status',
    'badRow',
    'targets[0].status',
    (b) => tamper(b, (d) => (row0(d, 'targets').status = 'done')),
  ],
  // Guests.
  [
    'a guest response nobody gives',
    'badRow',
    'events[0].guests[0].response',
    (b) => tamper(b, (d) => (entry(event0(d), 'guests').response = 'maybe')),
  ],
  [
    'a guest that is a name only',
    'badRow',
    'events[0].guests[1]',
    (b) => tamper(b, (d) => (event0(d).guests as unknown[]).push('Anna')),
  ],
  [
    'a guest e-mail that is a number',
    'badRow',
    'events[0].guests[0].email',
    (b) => tamper(b, (d) => (entry(event0(d), 'guests').email = 42)),
  ],
  [
    'guests that are one object',
    'badRow',
    'events[0].guests',
    (b) => tamper(b, (d) => (event0(d).guests = { name: 'Anna' })),
  ],
  [
    'a detection without score',
    'badRow',
    'events[0].detection.score',
    (b) => tamper(b, (d) => (event0(d).detection = { match: true, reasons: [] })),
  ],
  // Dates.
  [
    'a month 13',
    'badRow',
    'contacts[0].createdAt',
    (b) => tamper(b, (d) => (contact0(d).createdAt = '2025-13-01T10:00:00.000Z')),
  ],
  [
    '30 February',
    'badRow',
    'contacts[0].followUpDue',
    (b) => tamper(b, (d) => (contact0(d).followUpDue = '2026-02-30T09:00:00.000Z')),
  ],
  [
    'a German date',
    'badRow',
    'contacts[0].followUpDue',
    (b) => tamper(b, (d) => (contact0(d).followUpDue = '15.12.2025 09:00')),
  ],
  [
    'a timestamp without zone',
    'badRow',
    'goals[0].updatedAt',
    (b) => tamper(b, (d) => (row0(d, 'goals').updatedAt = '2025-12-15T09:00')),
  ],
  [
    'an event start with a space',
    'badRow',
    'events[0].start',
    (b) => tamper(b, (d) => (event0(d).start = '2026-12-10 18:00')),
  ],
  ['an event end at 25:00', 'badRow', 'events[0].end', (b) => tamper(b, (d) => (event0(d).end = '2026-12-10T25:00'))],
  [
    'a birthday on 31 April',
    'badRow',
    'contacts[0].birthday',
    (b) => tamper(b, (d) => (contact0(d).birthday = '1980-04-31')),
  ],
  // Numbers and flags.
  ['an event whose allDay is text', 'badRow', 'events[0].allDay', (b) => tamper(b, (d) => (event0(d).allDay = 'no'))],
  ['a goal order that is null', 'badRow', 'goals[0].order', (b) => tamper(b, (d) => (row0(d, 'goals').order = null))],
  ['a goal target of 0', 'badRow', 'goals[0].target', (b) => tamper(b, (d) => (row0(d, 'goals').target = 0))],
  ['a rating of 6', 'badRow', 'debriefs[0].rating', (b) => tamper(b, (d) => (row0(d, 'debriefs').rating = 6))],
  ['a rating of 2.5', 'badRow', 'debriefs[0].rating', (b) => tamper(b, (d) => (row0(d, 'debriefs').rating = 2.5))],
  // Settings, each with its own validator.
  [
    'a setting without value',
    'badRow',
    'settings[0].value',
    (b) => tamper(b, (d) => delete d.tables.settings![0]!.value),
  ],
  [
    'follow-up hours as text',
    'badRow',
    'settings[0].value',
    (b) => tamper(b, (d) => (setting(d, 'followUpHours').value = '24')),
  ],
  [
    'follow-up after 0 hours',
    'badRow',
    'settings[0].value',
    (b) => tamper(b, (d) => (setting(d, 'followUpHours').value = 0)),
  ],
  [
    'an unknown phone country',
    'badRow',
    'settings[0].value',
    (b) => tamper(b, (d) => d.tables.settings!.unshift({ key: 'phoneCountry', value: 'XX' })),
  ],
  [
    'a blank keyword',
    'badRow',
    'settings[0].value[1]',
    (b) => tamper(b, (d) => d.tables.settings!.unshift({ key: 'includeKeywords', value: ['Feier', ' '] })),
  ],
  [
    'weekends as text',
    'badRow',
    'settings[0].value',
    (b) => tamper(b, (d) => d.tables.settings!.unshift({ key: 'followUpSkipWeekend', value: 'yes' })),
  ],
  [
    'two rows with the same id',
    'duplicateKey',
    'contacts[1].id',
    (b) => tamper(b, (d) => d.tables.contacts!.push({ ...contact0(d) })),
  ],
  [
    'a setting twice',
    'duplicateKey',
    'settings[1].key',
    (b) => tamper(b, (d) => d.tables.settings!.push({ ...d.tables.settings![0]! })),
  ],
];

describe('malformed backups are refused and change nothing', () => {
  it.each(CASES)('%s', async (_name, problem, detail, make) => {
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
    expect((error as BackupError).detail).toBe(detail);
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

describe('a failed restore leaves the data as it was', () => {
  it('a debrief twice for one event fails after the contacts were written, and all is rolled back', async () => {
    const db = await seeded();
    const before = await createBackup(db);
    const rows = await db.contacts.toArray();
    // The debriefs' unique eventId index fails last, after settings, events and contacts were replaced.
    const text = tamper(before, (d) => {
      d.tables.contacts = [];
      d.tables.debriefs!.push({ ...row0(d, 'debriefs'), id: 'another-debrief' });
    });
    await expect(restoreBackup(db, parseBackup(text, db.verno))).rejects.toThrow();
    expect((await createBackup(db)).tables).toEqual(before.tables);
    expect(await db.contacts.toArray()).toEqual(rows);
  });
});

describe('what a backup may hold beyond the model is dropped', () => {
  const restoredFrom = async (change: (data: Json) => void) => {
    const db = await seeded();
    const text = tamper(await createBackup(db), change);
    await restoreBackup(db, parseBackup(text, db.verno));
    return db;
  };

  it('unknown keys of rows, list entries, guests, detections and the file itself', async () => {
    const db = await restoredFrom((d) => {
      d.comment = 'made by hand';
      contact0(d).favouriteColour = 'green';
      entry(contact0(d), 'emails').verified = true;
      entry(contact0(d), 'addresses').geo = { lat: 48.2 };
      event0(d).detection = { match: true, score: 0.9, reasons: ['title'], debug: 'x' };
      entry(event0(d), 'guests').avatar = 'https://example.com/a.png';
      row0(d, 'goals').colour = 'red';
    });
    const [contact] = await db.contacts.toArray();
    expect(contact).not.toHaveProperty('favouriteColour');
    expect(contact!.emails).toEqual([{ label: 'work', value: 'anna@lechner.at' }]);
    expect(contact!.addresses).toEqual([{ label: 'work', city: 'Wien' }]);
    const [event] = await db.events.toArray();
    expect(event!.detection).toEqual({ match: true, score: 0.9, reasons: ['title'] });
    expect(event!.guests).toEqual([{ name: 'Anna Berger', email: 'anna@lechner.at', response: 'accepted' }]);
    expect((await db.goals.toArray())[0]).not.toHaveProperty('colour');
  });

  it('__proto__ and constructor keys neither pollute nor survive', async () => {
    const db = await seeded();
    const json = backupToJson(await createBackup(db))
      .replace('"firstName": "Anna"', '"__proto__": {"polluted": "yes", "isAdmin": true}, "firstName": "Anna"')
      .replace(
        '"label": "work"',
        '"label": "work", "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}',
      )
      .replace('"app": "sternstunde"', '"__proto__": {"polluted": "yes"}, "app": "sternstunde"');
    expect(json.match(/__proto__/g)).toHaveLength(3);
    const backup = parseBackup(json, db.verno);
    await restoreBackup(db, backup);
    const [contact] = await db.contacts.toArray();
    expect(Object.getPrototypeOf(contact)).toBe(Object.prototype);
    expect(Object.hasOwn(contact!, '__proto__')).toBe(false);
    expect(contact).not.toHaveProperty('polluted');
    expect(contact).not.toHaveProperty('isAdmin');
    expect(Object.keys(contact!.emails[0]!)).toEqual(['label', 'value']);
    expect(Object.hasOwn(backup, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(contact!.firstName).toBe('Anna');
  });

  it('index keys in the file are ignored and computed anew', async () => {
    const db = await restoredFrom((d) => {
      contact0(d).emailKeys = ['someone.else@example.com'];
      contact0(d).phoneKeys = ['+10000000000'];
      entry(contact0(d), 'phones').e164 = '+10000000000';
    });
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({
      emailKeys: ['anna@lechner.at'],
      phoneKeys: ['+436641234567'],
      phones: [{ label: 'mobile', value: '+43 664 1234567', e164: '+436641234567' }],
    });
  });

  it('a setting this version does not know is left out; the known ones are kept', async () => {
    const db = await restoredFrom((d) => {
      d.tables.settings!.push({ key: 'darkMode', value: 'sometimes' }, { key: 'phoneCountry', value: 'AT' });
    });
    expect(await db.settings.toArray()).toEqual([
      { key: 'followUpHours', value: 24 },
      { key: 'phoneCountry', value: 'AT' },
    ]);
  });

  it('the restored phone country decides the E.164 form of numbers without "+"', async () => {
    const db = await restoredFrom((d) => {
      d.tables.settings!.push({ key: 'phoneCountry', value: 'AT' });
      (contact0(d).phones as Row[]).push({ label: 'work', value: '0664 7654321' });
    });
    const [contact] = await db.contacts.toArray();
    expect(contact!.phones[1]).toEqual({ label: 'work', value: '0664 7654321', e164: '+436647654321' });
    expect(contact!.phoneKeys).toEqual(['+436641234567', '+436647654321']);
  });
});
