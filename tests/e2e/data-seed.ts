// Seeding and counting rows in the extension's IndexedDB from one of its pages, for the data
// browser tests and the data benchmark. The page must have opened the database already (Dexie
// creates it); Dexie's live queries don't see these raw writes, so reload the page afterwards.
import type { Page } from '@playwright/test';
import { toContactRow, type ContactRow } from '../../lib/db/contact-row';
import { readStore, seedStores, type Row } from './extension-db';

export type StoreName = 'events' | 'goals' | 'targets' | 'contacts' | 'partners' | 'debriefs' | 'settings';

/** Contacts numbered from `start`, with umlauts, a comma and a formula-like note, as the table stores them. */
export function makeContacts(count: number, start = 0): ContactRow[] {
  return Array.from({ length: count }, (_, n) => n + start).map((i) =>
    toContactRow(
      {
        id: `seed-${i}`,
        createdAt: '2025-12-12T19:30:00.000Z',
        updatedAt: '2025-12-13T08:00:00.000Z',
        firstName: `Jörg ${i}`,
        lastName: 'Müller',
        company: 'Huber & Söhne, GmbH',
        emails: [{ label: 'work', value: `seed${i}@huber.at` }],
        phones: [{ label: 'mobile', value: `+43 660 ${1_000_000 + i}` }],
        addresses: [],
        websites: [],
        notes: '=1+1 said "hi"',
        tags: i % 2 === 0 ? ['Kunde', 'Wien'] : ['Wien'],
        partnerFit: [],
      },
      undefined,
    ),
  );
}

/** Waits until the page's Dexie has created the database. */
export async function waitForDatabase(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'sternstunde'));
}

/** Puts rows into a store of the extension's database. */
export async function seedRows(page: Page, store: StoreName, rows: object[]): Promise<void> {
  await waitForDatabase(page);
  await seedStores(page, { [store]: rows as Row[] });
}

/** How many rows a store of the extension's database holds. */
export async function countRows(page: Page, store: StoreName): Promise<number> {
  await waitForDatabase(page);
  return (await readStore(page, store)).length;
}
