import { describe, expect, it } from 'vitest';
import {
  addContact,
  deleteContact,
  findContactsByEmail,
  getContact,
  listAllContacts,
  listDueFollowUps,
  restoreContact,
  updateContact,
} from '../../../lib/db/contacts';
import { listContactsInScope, type ExportScope } from '../../../lib/db/contact-export';
import { setPhoneCountry } from '../../../lib/db/phone-country';
import { contactData } from '../contact-data';
import { createTestDb } from './test-db';

const anna = contactData({
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
});

describe('contacts', () => {
  it('stores and finds by the indexed lookups', async () => {
    const db = createTestDb();
    const stored = await addContact(db, anna);
    await addContact(db, contactData({ firstName: 'Ben', lastName: 'Adler', tags: ['wien'] }));
    expect(await getContact(db, stored.id)).toEqual(stored);
    expect((await listAllContacts(db)).map((c) => c.lastName).sort()).toEqual(['Adler', 'Berger']);
    expect(await findContactsByEmail(db, 'ANNA@lechner.at')).toHaveLength(1);
    const inScope = async (scope: ExportScope) => (await listContactsInScope(db, scope)).map((c) => c.lastName).sort();
    expect(await inScope({ kind: 'event', eventId: 'e1' })).toEqual(['Berger']);
    expect(await inScope({ kind: 'tag', tag: 'wien' })).toEqual(['Adler', 'Berger']);
    expect(await inScope({ kind: 'tag', tag: 'bau' })).toEqual(['Berger']);
  });

  it('finds a contact by any of its e-mails; the index keys never leak out', async () => {
    const db = createTestDb();
    const stored = await addContact(db, {
      ...anna,
      emails: [
        { label: 'work', value: 'anna@lechner.at' },
        { label: 'home', value: 'Anna.Berger@GMX.at' },
        { label: 'other', value: '  ' },
      ],
    });
    expect((await findContactsByEmail(db, 'anna.berger@gmx.at')).map((c) => c.id)).toEqual([stored.id]);
    // The blank row the form left is not stored; what was typed stays as typed.
    expect(stored.emails.map((e) => e.value)).toEqual(['anna@lechner.at', 'Anna.Berger@GMX.at']);
    expect(Object.keys(stored)).not.toContain('emailKeys');
    expect(Object.keys((await getContact(db, stored.id))!)).not.toContain('phoneKeys');
  });

  it('keeps a phone as typed and stores its E.164 form for the country setting', async () => {
    const db = createTestDb();
    await setPhoneCountry(db, 'AT');
    const stored = await addContact(db, {
      ...anna,
      phones: [
        { label: 'mobile', value: '0664 123 45 67' },
        { label: 'work', value: '+49 30 1234567' },
        { label: 'other', value: 'ask at reception' },
      ],
    });
    expect(stored.phones).toEqual([
      { label: 'mobile', value: '0664 123 45 67', e164: '+436641234567' },
      { label: 'work', value: '+49 30 1234567', e164: '+49301234567' },
      { label: 'other', value: 'ask at reception' },
    ]);
    expect(await db.contacts.where('phoneKeys').equals('+436641234567').count()).toBe(1);
    // Another country for numbers without "+": every stored key follows.
    await setPhoneCountry(db, 'DE');
    expect((await getContact(db, stored.id))!.phones[0]).toEqual({
      label: 'mobile',
      value: '0664 123 45 67',
      e164: '+496641234567',
    });
    expect(await db.contacts.where('phoneKeys').equals('+436641234567').count()).toBe(0);
  });

  it('an edit recomputes the keys: the old e-mail no longer finds the contact', async () => {
    const db = createTestDb();
    const stored = await addContact(db, anna);
    await updateContact(db, stored.id, { emails: [{ label: 'work', value: 'anna@huber.at' }] });
    expect(await findContactsByEmail(db, 'anna@lechner.at')).toEqual([]);
    expect(await findContactsByEmail(db, 'ANNA@huber.at')).toHaveLength(1);
    expect((await getContact(db, stored.id))!.createdAt).toBe(stored.createdAt);
  });

  it('lists open follow-ups that are due', async () => {
    const db = createTestDb();
    const a = await addContact(db, anna);
    await addContact(db, {
      ...anna,
      emails: [{ label: 'work', value: 'later@x.at' }],
      followUpDue: '2026-12-30T09:00:00.000Z',
    });
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
