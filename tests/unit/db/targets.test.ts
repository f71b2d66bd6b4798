import { describe, expect, it } from 'vitest';
import { contactData } from '../contact-data';
import { addContact } from '../../../lib/db/contacts';
import { addTarget, addTargets, deleteTarget, restoreTarget, listTargets, updateTarget } from '../../../lib/db/targets';
import { createTestDb } from './test-db';

describe('targets', () => {
  it('adds a person to meet as planned and links the contact with the same e-mail', async () => {
    const db = createTestDb();
    const contact = await addContact(
      db,
      contactData({
        firstName: 'Anna',
        lastName: 'Berger',
        emails: [
          { label: 'home', value: 'anna@gmx.at' },
          { label: 'work', value: 'anna@lechner.at' },
        ],
      }),
    );
    const target = await addTarget(db, {
      eventId: 'e1',
      name: 'Anna Berger',
      email: ' Anna@Lechner.at ',
      askHost: true,
    });
    expect(target).toMatchObject({ status: 'planned', askHost: true, email: 'anna@lechner.at', contactId: contact.id });
  });

  it('defaults to not asking the host and no contact', async () => {
    const db = createTestDb();
    const target = await addTarget(db, { eventId: 'e1', name: 'Head of purchasing' });
    expect(target.askHost).toBe(false);
    expect(target.contactId).toBeUndefined();
  });

  it('marks met, lists per event, deletes', async () => {
    const db = createTestDb();
    const a = await addTarget(db, { eventId: 'e1', name: 'A' });
    await addTarget(db, { eventId: 'e2', name: 'B' });
    await updateTarget(db, a.id, { status: 'met' });
    expect((await listTargets(db, 'e1')).map((t) => [t.name, t.status])).toEqual([['A', 'met']]);
    await deleteTarget(db, a.id);
    expect(await listTargets(db, 'e1')).toEqual([]);
    const met = { ...a, status: 'met' as const };
    await restoreTarget(db, met);
    expect((await listTargets(db, 'e1')).map((t) => t.id)).toEqual([a.id]);
  });

  it('rejects a nameless person', async () => {
    const db = createTestDb();
    await expect(addTarget(db, { eventId: 'e1', name: ' ' })).rejects.toThrow();
  });
});

describe('adding several people', () => {
  it('adds all in one go', async () => {
    const db = createTestDb();
    await addTargets(db, [
      { eventId: 'e1', name: 'A', email: 'a@x.at' },
      { eventId: 'e1', name: 'B' },
    ]);
    expect((await listTargets(db, 'e1')).map((t) => t.name).sort()).toEqual(['A', 'B']);
  });
});
