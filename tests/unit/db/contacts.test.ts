import { describe, expect, it } from 'vitest';
import {
  addContact,
  deleteContact,
  findContactsByEmail,
  getContact,
  listContacts,
  listContactsOfEvent,
  listContactsWithTag,
  listDueFollowUps,
  restoreContact,
  updateContact,
} from '../../../lib/db/contacts';
import type { ContactData } from '../../../lib/model/contact';
import { createTestDb } from './test-db';

const anna: ContactData = {
  prefix: 'Dr.',
  firstName: 'Anna',
  lastName: 'Berger',
  company: 'Lechner AG',
  email: 'anna@lechner.at',
  tags: ['bau', 'wien'],
  partnerFit: [],
  eventId: 'e1',
  followUpDue: '2026-12-14T09:00:00.000Z',
  followUpStatus: 'open',
};

describe('contacts', () => {
  it('stores and finds by the indexed lookups', async () => {
    const db = createTestDb();
    const stored = await addContact(db, anna);
    await addContact(db, { firstName: 'Ben', lastName: 'Adler', tags: ['wien'], partnerFit: [] });
    expect(await getContact(db, stored.id)).toEqual(stored);
    expect((await listContacts(db)).map((c) => c.lastName)).toEqual(['Adler', 'Berger']);
    expect(await findContactsByEmail(db, 'ANNA@lechner.at')).toHaveLength(1);
    expect(await listContactsOfEvent(db, 'e1')).toHaveLength(1);
    expect(await listContactsWithTag(db, 'wien')).toHaveLength(2);
    expect(await listContactsWithTag(db, 'bau')).toHaveLength(1);
  });

  it('lists open follow-ups that are due', async () => {
    const db = createTestDb();
    const a = await addContact(db, anna);
    await addContact(db, { ...anna, email: 'later@x.at', followUpDue: '2026-12-30T09:00:00.000Z' });
    expect((await listDueFollowUps(db, '2026-12-15T00:00:00.000Z')).map((c) => c.id)).toEqual([a.id]);
    await updateContact(db, a.id, { followUpStatus: 'done' });
    expect(await listDueFollowUps(db, '2026-12-15T00:00:00.000Z')).toEqual([]);
  });

  it('deletes with undo', async () => {
    const db = createTestDb();
    const a = await addContact(db, anna);
    const deleted = await deleteContact(db, a.id);
    expect(await db.contacts.count()).toBe(0);
    await restoreContact(db, deleted!);
    expect(await getContact(db, a.id)).toEqual(a);
  });
});
