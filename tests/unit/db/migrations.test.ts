import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SternstundeDB } from '../../../lib/db/database';
import { SCHEMA_V1 } from '../../../lib/db/schema';
import { getSettings } from '../../../lib/db/settings';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const stamp = { createdAt: '2025-12-01T10:00:00.000Z', updatedAt: '2025-12-01T10:00:00.000Z' };

describe('database migrations', () => {
  it('opens a version 1 database without losing anything and upgrades it', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('sternstunde', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    const v1Event = {
      id: 'e1',
      source: 'google',
      calendarId: 'cal-1',
      title: 'Weihnachtsfeier Lechner AG',
      allDay: false,
      organizer: 'Maria Lechner',
      guests: [],
      url: 'https://calendar.google.com/',
      ...stamp,
    };
    const v1Goal = { id: 'g1', eventId: 'e1', text: 'Talk to 3 people', done: true, order: 0, ...stamp };
    const v1Contact = {
      id: 'c1',
      firstName: 'Anna',
      lastName: 'Berger',
      tags: ['bau'],
      partnerFit: ['IT Weber'],
      ...stamp,
    };
    await old.table('events').add(v1Event);
    await old.table('goals').add(v1Goal);
    await old.table('contacts').add(v1Contact);
    await old.table('partners').add({ id: 'p1', name: 'IT Weber', lookingFor: 'Handwerk', ...stamp });
    await old.table('debriefs').add({ id: 'd1', eventId: 'e1', learned: 'x', ...stamp });
    await old
      .table('targets')
      .add({ id: 't1', eventId: 'e1', name: 'Anna', askHost: true, status: 'planned', ...stamp });
    old.close();

    const db = new SternstundeDB('sternstunde', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.events.get('e1')).toEqual({ ...v1Event, host: 'Maria Lechner' });
    expect(await db.goals.get('g1')).toEqual(v1Goal);
    expect(await db.contacts.get('c1')).toEqual(v1Contact);
    expect(await db.contacts.where('tags').equals('bau').count()).toBe(1);
    expect(await db.partners.count()).toBe(1);
    expect(await db.debriefs.count()).toBe(1);
    expect(await db.targets.count()).toBe(1);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });
});
