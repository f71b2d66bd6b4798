import type { BrowserContext } from '@playwright/test';
import type { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../lib/db/schema';
import { expect, test } from './harness';
import { readStore } from './extension-db';

const dexieSource = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.js'), 'utf8');
const stamp = { createdAt: '2025-12-01T10:00:00.000Z', updatedAt: '2025-12-01T10:00:00.000Z' };

type Rows = Record<string, Record<string, unknown>[]>;

/**
 * Writes `rows` into the extension's database as schema version `schemas.length` would have
 * (the stores of versions 1…n), from a page of the extension's origin that does not open the
 * database itself; the extension upgrades it when one of its pages opens it next.
 */
async function writeOldDatabase(context: BrowserContext, extensionId: string, schemas: object[], rows: Rows) {
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/manifest.json`);
  // Dexie as a plain script (evaluated over the debugging protocol, which page CSP does not cover).
  await setup.evaluate(`${dexieSource};globalThis.OldDexie = Dexie;`);
  await setup.evaluate(
    async ({ schemas, rows }) => {
      const Dexie = (globalThis as unknown as { OldDexie: new (name: string) => Dexie }).OldDexie;
      // The background opened the current schema at start: it lets go when asked (versionchange).
      // It may open it again at any moment (a follow-up sync): then the database is the current
      // version again, not the old one (IndexedDB version 10·n in Dexie's numbering), and we start over.
      const openOld = async (): Promise<Dexie> => {
        for (let attempt = 0; attempt < 5; attempt++) {
          await new Promise((resolve, reject) => {
            const request = indexedDB.deleteDatabase('sternstunde');
            request.onsuccess = resolve;
            request.onerror = () => reject(request.error);
          });
          const db = new Dexie('sternstunde');
          schemas.forEach((schema, i) => db.version(i + 1).stores(schema as Record<string, string>));
          await db.open();
          if (db.backendDB().version === schemas.length * 10) return db;
          db.close();
        }
        throw new Error('the background kept reopening the database');
      };
      const old = await openOld();
      // One transaction: an upgrade the background asks for meanwhile waits until it is done.
      await old.transaction('rw', old.tables, async () => {
        for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
      });
      old.close();
    },
    { schemas, rows },
  );
  await setup.close();
}

test('a database written by schema version 1 opens in the built extension without loss, single fields moved into lists', async ({
  extensionId,
  context,
}) => {
  await writeOldDatabase(context, extensionId, [SCHEMA_V1], {
    events: [
      {
        id: 'e1',
        source: 'google',
        calendarId: 'cal-1',
        title: 'Weihnachtsfeier Lechner AG',
        start: '2026-12-10T18:00',
        allDay: false,
        organizer: 'Maria Lechner',
        guests: [],
        url: 'https://calendar.google.com/',
        ...stamp,
      },
    ],
    goals: [{ id: 'g1', eventId: 'e1', text: 'Mit 3 neuen Leuten sprechen', done: false, order: 0, ...stamp }],
    contacts: [
      { id: 'c1', firstName: 'Anna', lastName: 'Berger', tags: ['bau'], partnerFit: [], ...stamp },
      {
        id: 'c2',
        firstName: 'Max',
        lastName: 'Huber',
        email: 'max@huber.at',
        phone: '+43 660 7654321',
        website: 'huber.at',
        tags: [],
        partnerFit: [],
        ...stamp,
      },
    ],
  });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-goals')).toContainText('Mit 3 neuen Leuten sprechen');
  const [event] = await readStore(popup, 'events');
  expect(event).toMatchObject({
    id: 'e1',
    calendarKey: 'cal-1',
    title: 'Weihnachtsfeier Lechner AG',
    host: 'Maria Lechner',
  });
  expect(event).not.toHaveProperty('calendarId');
  const lists = { emails: [], phones: [], addresses: [], websites: [], emailKeys: [], phoneKeys: [] };
  expect(await readStore(popup, 'contacts')).toEqual([
    { id: 'c1', firstName: 'Anna', lastName: 'Berger', tags: ['bau'], partnerFit: [], ...lists, ...stamp },
    {
      id: 'c2',
      firstName: 'Max',
      lastName: 'Huber',
      emails: [{ label: 'work', value: 'max@huber.at' }],
      phones: [{ label: 'mobile', value: '+43 660 7654321', e164: '+436607654321' }],
      addresses: [],
      websites: [{ label: 'work', value: 'huber.at' }],
      emailKeys: ['max@huber.at'],
      phoneKeys: ['+436607654321'],
      tags: [],
      partnerFit: [],
      ...stamp,
    },
  ]);
  expect(await readStore(popup, 'settings')).toEqual([]);
  // Version 4's photos table is there, empty (reading a store that does not exist throws).
  expect(await readStore(popup, 'photos')).toEqual([]);
  // The upgraded contact is found by its e-mail and shows it in the contact list.
  await popup.goto(`chrome-extension://${extensionId}/popup.html#contacts`);
  await popup.getByTestId('contacts-search').fill('max@huber');
  await expect(popup.getByTestId('contacts-results').getByRole('button')).toHaveText([/Max Huber.*max@huber\.at/]);
});

test('a database written by schema version 4 opens with the calendar key renamed, and the event is found by it', async ({
  extensionId,
  context,
}) => {
  const party = {
    id: 'e4',
    source: 'google',
    calendarId: 'cal-4',
    title: 'Weihnachtsfeier Lechner AG',
    start: '2026-12-10T18:00',
    allDay: false,
    organizer: 'Maria Lechner',
    host: 'Lechner AG',
    guests: [],
    url: 'https://calendar.google.com/',
    notes: 'Visitenkarten mitnehmen',
    ...stamp,
  };
  await writeOldDatabase(context, extensionId, [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4], {
    events: [party],
    goals: [{ id: 'g4', eventId: 'e4', text: 'Drei neue Leute kennenlernen', done: false, order: 0, ...stamp }],
  });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-goals')).toContainText('Drei neue Leute kennenlernen');
  const { calendarId, ...rest } = party;
  expect(await readStore(popup, 'events')).toEqual([{ ...rest, calendarKey: calendarId }]);
  // The unique index the background looks events up by follows the new name.
  const found = await popup.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('sternstunde');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('events').objectStore('events');
          const request = store.index('[source+calendarKey]').getKey(['google', 'cal-4']);
          request.onsuccess = () => resolve([request.result, store.indexNames.contains('[source+calendarId]')]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
  expect(found).toEqual(['e4', false]);
});
