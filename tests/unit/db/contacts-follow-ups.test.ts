import { describe, expect, it } from 'vitest';
import {
  addContact,
  addMetContact,
  countDueFollowUps,
  findDuplicateContacts,
  getContact,
  listAllContacts,
  listOpenFollowUps,
  mergeIntoContact,
  setFollowUpStatus,
} from '../../../lib/db/contacts';
import { addTarget } from '../../../lib/db/targets';
import { setPhoneCountry } from '../../../lib/db/phone-country';
import { contactData } from '../contact-data';
import { createTestDb } from './test-db';

const anna = contactData({
  firstName: 'Anna',
  lastName: 'Berger',
  company: 'Lechner AG',
  email: 'anna@lechner.at',
  tags: ['bau'],
});
const none = { emails: [], phones: [] };

describe('contacts met in person', () => {
  it('adding one picked from the people to meet marks that person met and links the contact', async () => {
    const db = createTestDb();
    const target = await addTarget(db, { eventId: 'e1', name: 'Anna Berger', askHost: true });
    const contact = await addMetContact(db, { ...anna, eventId: 'e1' }, target.id);
    expect(await db.targets.get(target.id)).toMatchObject({ status: 'met', contactId: contact.id });
    await addMetContact(db, contactData({ firstName: 'Max' }));
    expect(await listAllContacts(db)).toHaveLength(2);
  });

  it('finds duplicates by e-mail or by name + company', async () => {
    const db = createTestDb();
    const stored = await addContact(db, anna);
    await addContact(db, { ...anna, emails: [], company: 'Huber Bau' });
    expect(await findDuplicateContacts(db, { ...none, emails: [{ label: 'work', value: 'ANNA@lechner.at' }] })).toEqual(
      [{ contact: stored, reason: 'email' }],
    );
    expect(
      await findDuplicateContacts(db, { ...none, firstName: 'anna', lastName: 'berger', company: 'lechner ag' }),
    ).toEqual([{ contact: stored, reason: 'name' }]);
    expect(await findDuplicateContacts(db, { ...none, firstName: 'Anna', lastName: 'Berger' })).toEqual([]);
    expect(await findDuplicateContacts(db, none)).toEqual([]);
  });

  it('finds a duplicate by a phone written another way', async () => {
    const db = createTestDb();
    await setPhoneCountry(db, 'AT');
    const stored = await addContact(db, {
      ...anna,
      emails: [],
      phones: [{ label: 'mobile', value: '+43 664 1234567' }],
    });
    expect(await findDuplicateContacts(db, { ...none, phones: [{ label: 'other', value: '0664/123 45 67' }] })).toEqual(
      [{ contact: stored, reason: 'phone' }],
    );
  });

  it('merges new details into the stored contact', async () => {
    const db = createTestDb();
    const stored = await addContact(db, anna);
    const merged = await mergeIntoContact(
      db,
      stored.id,
      contactData({
        firstName: 'Annette',
        emails: [{ label: 'home', value: 'anna@gmx.at' }],
        phones: [{ label: 'work', value: '+43 1 5550' }],
        tags: ['wien'],
      }),
    );
    expect(merged).toMatchObject({
      firstName: 'Anna',
      emails: [
        { label: 'work', value: 'anna@lechner.at' },
        { label: 'home', value: 'anna@gmx.at' },
      ],
      phones: [{ label: 'work', value: '+43 1 5550' }],
      tags: ['bau', 'wien'],
    });
    await expect(mergeIntoContact(db, 'gone', anna)).rejects.toThrow('No row gone');
  });
});

describe('follow-ups', () => {
  it('lists the open ones earliest first, counts the due ones, marks them done', async () => {
    const db = createTestDb();
    const later = await addContact(db, { ...anna, followUpDue: '2026-12-20T09:00:00.000Z', followUpStatus: 'open' });
    const due = await addContact(db, { ...anna, followUpDue: '2026-12-14T09:00:00.000Z', followUpStatus: 'open' });
    await addContact(db, { ...anna, followUpDue: '2026-12-13T09:00:00.000Z', followUpStatus: 'done' });
    await addContact(db, anna);
    expect((await listOpenFollowUps(db)).map((c) => c.id)).toEqual([due.id, later.id]);
    expect(await countDueFollowUps(db, '2026-12-15T00:00:00.000Z')).toBe(1);
    await setFollowUpStatus(db, due.id, 'done');
    expect(await countDueFollowUps(db, '2026-12-15T00:00:00.000Z')).toBe(0);
    expect((await getContact(db, due.id))?.followUpStatus).toBe('done');
  });
});
