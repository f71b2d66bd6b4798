import { describe, expect, it } from 'vitest';
import { contactData } from '../contact-data';
import { countContactsInScope, listContactsInScope, listExportScopes } from '../../../lib/db/contact-export';
import { addContact } from '../../../lib/db/contacts';
import { upsertSeenEvent } from '../../../lib/db/events';
import { createTestDb } from './test-db';
import { snapshot } from './snapshot';

describe('export scopes', () => {
  it('all contacts, those met at one event, those with one tag', async () => {
    const db = createTestDb();
    const party = await upsertSeenEvent(db, snapshot());
    await upsertSeenEvent(db, snapshot({ calendarId: 'no-contacts', title: 'Other party' }));
    await addContact(db, contactData({ firstName: 'Anna', tags: ['bau', 'wien'], eventId: party.id }));
    await addContact(db, contactData({ firstName: 'Ben', tags: ['wien'] }));

    expect(await countContactsInScope(db, { kind: 'all' })).toBe(2);
    expect(await countContactsInScope(db, { kind: 'event', eventId: party.id })).toBe(1);
    expect(await countContactsInScope(db, { kind: 'tag', tag: 'wien' })).toBe(2);
    expect((await listContactsInScope(db, { kind: 'tag', tag: 'bau' })).map((c) => c.firstName)).toEqual(['Anna']);
    expect((await listContactsInScope(db, { kind: 'event', eventId: party.id })).map((c) => c.firstName)).toEqual([
      'Anna',
    ]);

    const scopes = await listExportScopes(db);
    expect(scopes.events.map((e) => e.title)).toEqual([party.title]);
    expect(scopes.tags).toEqual(['bau', 'wien']);
  });
});
