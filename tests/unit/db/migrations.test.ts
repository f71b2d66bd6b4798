import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SternstundeDB } from '../../../lib/db/database';
import { findContactsByEmail } from '../../../lib/db/contacts';
import { upsertSeenEvent } from '../../../lib/db/events';
import { addPhoto, listPhotosOf } from '../../../lib/db/photos';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../lib/db/schema';
import { getSettings } from '../../../lib/db/settings';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

/** A fake IndexedDB with the database as the stores of versions 1…n (`schemas`) left it, still open. */
function oldDatabase(...schemas: Record<string, string>[]) {
  const indexedDB = new IDBFactory();
  const old = new Dexie('sternstunde', { indexedDB, IDBKeyRange });
  schemas.forEach((schema, i) => old.version(i + 1).stores(schema));
  return { indexedDB, old };
}

/** The current database opened on it: every upgrade since runs. */
async function upgraded(indexedDB: IDBFactory): Promise<SternstundeDB> {
  const db = new SternstundeDB('sternstunde', { indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

const stamp = { createdAt: '2025-12-01T10:00:00.000Z', updatedAt: '2025-12-01T10:00:00.000Z' };

describe('database migrations', () => {
  it('opens a version 1 database without losing anything and upgrades it', async () => {
    const { indexedDB, old } = oldDatabase(SCHEMA_V1);
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
    const v1Reached = {
      id: 'c2',
      firstName: 'Max',
      email: 'Max@Huber.at',
      phone: '+43 660 7654321',
      website: 'huber.at',
      linkedin: 'linkedin.com/in/maxhuber',
      address: 'Hauptstraße 1, 4020 Linz',
      notes: 'Skiing',
      tags: [],
      partnerFit: [],
      ...stamp,
    };
    await old.table('events').add(v1Event);
    await old.table('goals').add(v1Goal);
    await old.table('contacts').bulkAdd([v1Contact, v1Reached]);
    await old.table('partners').add({ id: 'p1', name: 'IT Weber', lookingFor: 'Handwerk', ...stamp });
    await old.table('debriefs').add({ id: 'd1', eventId: 'e1', learned: 'x', ...stamp });
    await old
      .table('targets')
      .add({ id: 't1', eventId: 'e1', name: 'Anna', askHost: true, status: 'planned', ...stamp });
    old.close();

    const db = await upgraded(indexedDB);
    expect(db.verno).toBe(5);
    const { calendarId: _c1, ...v1Rest } = v1Event;
    expect(await db.events.get('e1')).toEqual({ ...v1Rest, calendarKey: 'cal-1', host: 'Maria Lechner' });
    expect(await db.goals.get('g1')).toEqual(v1Goal);
    expect(await db.contacts.get('c1')).toEqual({
      ...v1Contact,
      emails: [],
      phones: [],
      addresses: [],
      websites: [],
      emailKeys: [],
      phoneKeys: [],
    });
    const { email: _e, phone: _p, website: _w, linkedin: _l, address: _a, ...rest } = v1Reached;
    expect(await db.contacts.get('c2')).toEqual({
      ...rest,
      emails: [{ label: 'work', value: 'Max@Huber.at' }],
      phones: [{ label: 'mobile', value: '+43 660 7654321', e164: '+436607654321' }],
      websites: [
        { label: 'work', value: 'huber.at' },
        { label: 'LinkedIn', value: 'linkedin.com/in/maxhuber' },
      ],
      addresses: [{ label: 'work', formatted: 'Hauptstraße 1, 4020 Linz' }],
      emailKeys: ['max@huber.at'],
      phoneKeys: ['+436607654321'],
    });
    expect((await findContactsByEmail(db, 'max@huber.at')).map((c) => c.id)).toEqual(['c2']);
    expect(await db.contacts.where('phoneKeys').equals('+436607654321').count()).toBe(1);
    expect(await db.contacts.where('tags').equals('bau').count()).toBe(1);
    expect(await db.partners.count()).toBe(1);
    expect(await db.debriefs.count()).toBe(1);
    expect(await db.targets.count()).toBe(1);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });

  it('upgrades a version 2 database: every single e-mail, phone and website moves into its list', async () => {
    const { indexedDB, old } = oldDatabase(SCHEMA_V1, SCHEMA_V2);
    const v2Contact = {
      id: 'c1',
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      jobTitle: 'CFO',
      email: 'anna@lechner.at',
      phone: '0664 1234567',
      eventId: 'e1',
      metAt: 'Weihnachtsfeier Lechner AG',
      followUpDue: '2026-12-14T08:00:00.000Z',
      followUpStatus: 'open',
      tags: ['bau'],
      partnerFit: [],
      ...stamp,
    };
    await old.table('contacts').add(v2Contact);
    await old.table('settings').add({ key: 'followUpHours', value: 24 });
    old.close();

    const db = await upgraded(indexedDB);
    expect(db.verno).toBe(5);
    const { email: _e, phone: _p, ...rest } = v2Contact;
    // A number without "+" gets an E.164 form only when a country is known (none is, under Node): none is made up.
    expect(await db.contacts.get('c1')).toEqual({
      ...rest,
      emails: [{ label: 'work', value: 'anna@lechner.at' }],
      phones: [{ label: 'mobile', value: '0664 1234567' }],
      addresses: [],
      websites: [],
      emailKeys: ['anna@lechner.at'],
      phoneKeys: [],
    });
    expect(await db.contacts.where('followUpDue').above('').count()).toBe(1);
    expect((await getSettings(db)).followUpHours).toBe(24);
    db.close();
  });

  it('upgrades a version 3 database: every row stays as it was, and photos can be kept', async () => {
    const { indexedDB, old } = oldDatabase(SCHEMA_V1, SCHEMA_V2, SCHEMA_V3);
    const v3Contact = {
      id: 'c1',
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      emails: [{ label: 'work', value: 'Anna@Lechner.at' }],
      phones: [{ label: 'mobile', value: '+43 664 1234567', e164: '+436641234567' }],
      addresses: [{ label: 'work', street: 'Hauptplatz 3', postalCode: '8010', city: 'Graz' }],
      websites: [{ label: 'work', value: 'lechner.at' }],
      emailKeys: ['anna@lechner.at'],
      phoneKeys: ['+436641234567'],
      eventId: 'e1',
      tags: ['bau'],
      partnerFit: [],
      ...stamp,
    };
    const v3Event = {
      id: 'e1',
      source: 'outlook',
      calendarId: 'cal-1',
      title: 'Weihnachtsfeier Lechner AG',
      allDay: false,
      organizer: 'Maria Lechner',
      host: 'Josef Lechner',
      guests: [],
      url: 'https://outlook.office.com/',
      ...stamp,
    };
    await old.table('contacts').add(v3Contact);
    await old.table('events').add(v3Event);
    await old.table('settings').add({ key: 'phoneCountry', value: 'AT' });
    old.close();

    const db = await upgraded(indexedDB);
    expect(db.verno).toBe(5);
    expect(await db.contacts.get('c1')).toEqual(v3Contact);
    const { calendarId: _c3, ...v3Rest } = v3Event;
    expect(await db.events.get('e1')).toEqual({ ...v3Rest, calendarKey: 'cal-1' });
    expect(await db.settings.get('phoneCountry')).toEqual({ key: 'phoneCountry', value: 'AT' });
    expect(await db.contacts.where('phoneKeys').equals('+436641234567').count()).toBe(1);
    expect(await db.photos.count()).toBe(0);
    const photo = await addPhoto(db, 'c1', new Blob(['card'], { type: 'image/png' }));
    expect((await listPhotosOf(db, 'c1')).map((p) => p.id)).toEqual([photo.id]);
    db.close();
  });

  it('upgrades a version 4 database: the calendar key is called calendarKey, and the unique index follows it', async () => {
    const { indexedDB, old } = oldDatabase(SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4);
    const v4Event = {
      id: 'e1',
      source: 'google',
      calendarId: 'party-1',
      title: 'Weihnachtsfeier Lechner AG',
      allDay: false,
      host: 'Lechner AG',
      guests: [],
      url: 'https://calendar.google.com/',
      notes: 'Bring cards',
      ...stamp,
    };
    await old.table('events').bulkAdd([v4Event, { ...v4Event, id: 'e2', source: 'outlook' }]);
    await old
      .table('goals')
      .add({ id: 'g1', eventId: 'e1', text: 'Talk to 3 people', done: false, order: 0, ...stamp });
    old.close();

    const db = await upgraded(indexedDB);
    expect(db.verno).toBe(5);
    const { calendarId: _c, ...rest } = v4Event;
    expect(await db.events.get('e1')).toEqual({ ...rest, calendarKey: 'party-1' });
    expect(await db.events.where('[source+calendarKey]').equals(['google', 'party-1']).primaryKeys()).toEqual(['e1']);
    expect(await db.goals.count()).toBe(1);
    // Seen again, the event is found by its key: updated, not recorded twice.
    const seen = await upsertSeenEvent(db, {
      source: 'google',
      calendarId: 'party-1',
      title: 'Weihnachtsfeier Lechner AG',
      allDay: false,
      guests: [],
      url: 'https://calendar.google.com/calendar/u/0/r',
    });
    expect(seen).toMatchObject({ id: 'e1', notes: 'Bring cards' });
    expect(await db.events.count()).toBe(2);
    await expect(db.events.add({ ...rest, id: 'e3', calendarKey: 'party-1' } as never)).rejects.toThrow();
    db.close();
  });
});
