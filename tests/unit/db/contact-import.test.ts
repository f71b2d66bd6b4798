import { describe, expect, it, vi } from 'vitest';
import { contactsToCsv, csvToContacts } from '../../../lib/csv';
import { findImportDuplicates, importContacts } from '../../../lib/db/contact-import';
import { addContact, getContact, listAllContacts } from '../../../lib/db/contacts';
import type { SternstundeDB } from '../../../lib/db/database';
import type { ContactInput } from '../../../lib/model/contact';
import { upgradeContact, type LegacyContactFields } from '../../../lib/model/contact-upgrade';
import { contactData } from '../contact-data';
import { createTestDb } from './test-db';

const anna = contactData({
  firstName: 'Anna',
  lastName: 'Berger',
  company: 'Lechner AG',
  email: 'anna@lechner.at',
  tags: ['bau'],
  partnerFit: ['Koller IT'],
});
const ben = contactData({ firstName: 'Ben', lastName: 'Adler', company: 'Adler OG' });

/** An imported contact; `email`/`phone` for brevity become a work e-mail / a mobile phone. */
const imported = (fields: Partial<ContactInput> & LegacyContactFields): ContactInput => upgradeContact(fields);
const mobile = (value: string) => [{ label: 'mobile', value }];
/** What the popup's contact list reads, in last-name order. */
const storedContacts = async (db: SternstundeDB) =>
  (await listAllContacts(db)).sort((a, b) => (a.lastName ?? '').localeCompare(b.lastName ?? ''));

async function seeded() {
  const db = createTestDb();
  const storedAnna = await addContact(db, anna);
  const storedBen = await addContact(db, ben);
  return { db, storedAnna, storedBen };
}

describe('findImportDuplicates', () => {
  it('matches the same e-mail ignoring case, the same name + company, and the same id', async () => {
    const { db, storedAnna, storedBen } = await seeded();
    const found = await findImportDuplicates(db, [
      imported({ firstName: 'Someone', email: ' ANNA@Lechner.at ' }),
      imported({ firstName: 'ben', lastName: 'ADLER', company: 'adler og' }),
      imported({ id: storedBen.id, firstName: 'Other', lastName: 'Person' }),
      imported({ firstName: 'Ben', lastName: 'Adler', company: 'Another firm' }),
      imported({ firstName: 'Clara', email: 'clara@example.com' }),
      imported({ company: 'Adler OG' }),
    ]);
    expect(found.map(({ index, existing, reason }) => [index, existing.id, reason])).toEqual([
      [0, storedAnna.id, 'email'],
      [1, storedBen.id, 'name'],
      [2, storedBen.id, 'id'],
    ]);
  });

  it('compares names and companies like quick add does: case, accents, dots and spaces do not matter', async () => {
    const db = createTestDb();
    const stored = await addContact(
      db,
      contactData({ firstName: 'Jörg', lastName: 'Müller', company: 'Lechner  AG.' }),
    );
    const found = await findImportDuplicates(db, [
      imported({ firstName: 'jorg', lastName: 'MULLER', company: 'lechner ag' }),
    ]);
    expect(found.map((d) => [d.existing.id, d.reason])).toEqual([[stored.id, 'name']]);
  });

  // Speed is a figure of `npm run bench` (data: import of 10,000 beside 10,000), not asserted here.
  it('finds exactly the overlapping half of a large import', async () => {
    const db = createTestDb();
    const many = (from: number) =>
      Array.from({ length: 2_000 }, (_, i) =>
        imported({ firstName: `P${from + i}`, lastName: 'Huber', company: 'Huber AG', email: `p${from + i}@huber.at` }),
      );
    await importContacts(db, many(0), { all: 'merge' });
    const found = await findImportDuplicates(db, many(1_000));
    expect(found).toHaveLength(1_000);
    expect(found.map((d) => d.index)).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
  });

  it('finds nothing in an empty database', async () => {
    expect(await findImportDuplicates(createTestDb(), [imported(anna)])).toEqual([]);
  });
});

describe('merging', () => {
  it('fills only empty fields, unites tags and partner fit, appends notes, keeps id and createdAt', async () => {
    const { db, storedAnna } = await seeded();
    await importContacts(
      db,
      [
        imported({
          id: 'other-id',
          createdAt: '2020-01-01T00:00:00.000Z',
          email: 'anna@lechner.at',
          company: 'New AG',
          phone: '+43 1 234',
          jobTitle: 'Einkauf',
          notes: 'Met at the punch stand',
          tags: ['wien', 'bau'],
          partnerFit: ['Koller IT', 'Mayr Druck'],
        }),
      ],
      { all: 'merge' },
    );
    const merged = await getContact(db, storedAnna.id);
    expect(merged).toEqual({
      ...storedAnna,
      // Stored beside the number as typed: its E.164 form.
      phones: [{ label: 'mobile', value: '+43 1 234', e164: '+431234' }],
      jobTitle: 'Einkauf',
      notes: 'Met at the punch stand',
      tags: ['bau', 'wien'],
      partnerFit: ['Koller IT', 'Mayr Druck'],
      updatedAt: merged?.updatedAt,
    });
    expect(merged!.updatedAt >= storedAnna.updatedAt).toBe(true);
    expect(await getContact(db, 'other-id')).toBeUndefined();
  });

  it('leaves the stored contact untouched when there is nothing new', async () => {
    const { db, storedAnna } = await seeded();
    await importContacts(db, [imported({ email: 'anna@lechner.at', company: 'Other', tags: ['bau'] })], {
      all: 'merge',
    });
    expect(await getContact(db, storedAnna.id)).toEqual(storedAnna);
  });
});

describe('importContacts', () => {
  it('adds new contacts with fresh ids and timestamps', async () => {
    const db = createTestDb();
    const result = await importContacts(db, [imported(anna), imported(ben)], { all: 'merge' });
    expect(result).toEqual({ added: 2, merged: 0, skipped: 0 });
    const stored = await storedContacts(db);
    expect(stored.map((c) => c.lastName)).toEqual(['Adler', 'Berger']);
    for (const contact of stored) {
      expect(contact.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(contact.createdAt).toBe(contact.updatedAt);
    }
  });

  it('merges, skips or keeps both as decided, per duplicate over the global choice', async () => {
    const { db, storedAnna, storedBen } = await seeded();
    const result = await importContacts(
      db,
      [
        imported({ email: 'anna@lechner.at', phone: '+43 660 1', tags: ['wien'] }),
        imported({ firstName: 'Ben', lastName: 'Adler', company: 'Adler OG', phone: '+43 1 9' }),
        imported({ firstName: 'Clara', lastName: 'Zeller' }),
      ],
      { all: 'merge', byIndex: new Map([[1, 'skip']]) },
    );
    expect(result).toEqual({ added: 1, merged: 1, skipped: 1 });
    const stored = await storedContacts(db);
    expect(stored).toHaveLength(3);
    expect(stored.find((c) => c.id === storedAnna.id)).toMatchObject({
      phones: mobile('+43 660 1'),
      tags: ['bau', 'wien'],
    });
    expect(stored.find((c) => c.id === storedBen.id)).toEqual(storedBen);
  });

  it('keeps both: a kept duplicate whose id is taken gets a fresh one', async () => {
    const { db, storedAnna } = await seeded();
    const result = await importContacts(db, [imported({ ...anna, id: storedAnna.id, notes: 'twin' })], {
      all: 'keepBoth',
    });
    expect(result).toEqual({ added: 1, merged: 0, skipped: 0 });
    const annas = (await storedContacts(db)).filter((c) => c.lastName === 'Berger');
    expect(annas).toHaveLength(2);
    expect(annas.find((c) => c.notes === 'twin')?.id).not.toBe(storedAnna.id);
    expect(annas.find((c) => c.id === storedAnna.id)).toEqual(storedAnna);
  });

  it('merges two rows into the same stored contact without losing either', async () => {
    const { db, storedAnna } = await seeded();
    await importContacts(
      db,
      [
        imported({ email: 'anna@lechner.at', tags: ['a'] }),
        imported({ email: 'ANNA@lechner.at', tags: ['b'], phone: '1' }),
      ],
      { all: 'merge' },
    );
    const anna2 = (await storedContacts(db)).find((c) => c.id === storedAnna.id);
    expect(anna2).toMatchObject({ tags: ['bau', 'a', 'b'], phones: mobile('1') });
  });

  it('gives rows of one file that share an id distinct ids', async () => {
    const db = createTestDb();
    await importContacts(db, [imported({ id: 'x', firstName: 'A' }), imported({ id: 'x', firstName: 'B' })], {
      all: 'skip',
    });
    const stored = await db.contacts.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.map((c) => c.id)).toContain('x');
  });

  it("round-trips the 'full' format: ids, timestamps and every field as exported", async () => {
    const { db } = await seeded();
    const before = await storedContacts(db);
    const text = contactsToCsv(before, 'full');
    const parsed = csvToContacts(text);
    expect(parsed.errors).toEqual([]);
    const empty = createTestDb();
    await importContacts(empty, parsed.contacts, { all: 'merge' });
    expect(await storedContacts(empty)).toEqual(before);
    // Imported again into the same database, everything is a duplicate and nothing changes.
    expect(await importContacts(db, parsed.contacts, { all: 'merge' })).toEqual({ added: 0, merged: 2, skipped: 0 });
    expect(await storedContacts(db)).toEqual(before);
  });
});

describe('importContacts is all or nothing', () => {
  it('writes nothing when adding fails after merges were written', async () => {
    const { db } = await seeded();
    const before = await storedContacts(db);
    const bulkAdd = vi.spyOn(db.contacts, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(
      importContacts(db, [imported({ email: 'anna@lechner.at', phone: '1' }), imported({ firstName: 'New' })], {
        all: 'merge',
      }),
    ).rejects.toThrow('disk full');
    bulkAdd.mockRestore();
    expect(await storedContacts(db)).toEqual(before);
  });

  it('writes nothing when one contact violates a constraint (an id that is no valid key)', async () => {
    const { db } = await seeded();
    const before = await storedContacts(db);
    const bad = imported({ firstName: 'Broken', id: { not: 'a key' } as unknown as string });
    await expect(
      importContacts(db, [imported({ email: 'anna@lechner.at', phone: '1' }), imported({ firstName: 'Fine' }), bad], {
        all: 'merge',
      }),
    ).rejects.toThrow();
    expect(await storedContacts(db)).toEqual(before);
  });
});
