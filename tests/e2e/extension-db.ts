import { toContactRow } from '../../lib/db/contact-row';
import type { Contact } from '../../lib/model/contact';
import { upgradeContact, type LegacyContactFields } from '../../lib/model/contact-upgrade';

// Reading and seeding the extension's IndexedDB ('sternstunde') from one of its pages, so the
// browser tests check what was stored, not only what is shown. The page must have opened the
// database once (every popup view does), so the stores exist. Shared by the Chromium suite
// (Playwright pages) and the Firefox suite (puppeteer-core pages).

/** A page that runs a function in itself with one argument: Playwright's and Puppeteer's both do. */
export interface Page {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each library types the argument its own way
  evaluate(fn: (arg: any) => unknown, arg: unknown): Promise<unknown>;
}

export type Row = Record<string, unknown> & { id: string };

/** Every row of one store. */
export function readStore(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(
    (name: string) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('sternstunde');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Row[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  ) as Promise<Row[]>;
}

/** Puts rows into stores (store name → rows), in one transaction. */
export async function seedStores(page: Page, rows: Record<string, Row[]>): Promise<void> {
  await page.evaluate(
    (data: Record<string, Row[]>) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sternstunde');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(data), 'readwrite');
          for (const [store, items] of Object.entries(data)) for (const item of items) tx.objectStore(store).put(item);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

const STAMP = '2026-11-01T10:00:00.000Z';

/** A stored row's identity and timestamps. */
export const stored = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP });

/**
 * A contacts row as the extension stores it (lists, index keys), from a few fields; `email` and
 * `phone` for brevity become a work e-mail and a mobile phone.
 */
export function contactRow(id: string, fields: Partial<Contact> & LegacyContactFields): Row {
  return toContactRow(upgradeContact<Contact>({ ...stored(id), ...fields }), undefined) as unknown as Row;
}

/** A prepared party as the content script records it. */
export function partyRow(id: string, title: string, start: string, end: string, host = 'Lechner AG'): Row {
  return {
    ...stored(id),
    source: 'google',
    calendarKey: `cal-${id}`,
    title,
    start,
    end,
    allDay: false,
    host,
    organizer: host,
    guests: [],
    url: 'https://calendar.google.com/calendar/u/0/r',
    detection: { match: true, score: 0.9, reasons: ['title'] },
  };
}

/** A local date-time "YYYY-MM-DDTHH:mm" `hours` away from now, as calendar snapshots store it. */
export function localIso(hoursFromNow: number): string {
  const d = new Date(Date.now() + hoursFromNow * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
