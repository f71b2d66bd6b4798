import type { Contact } from '../model/contact';
import type { EventRecord } from '../model/records';
import { fromContactRow } from './contact-row';
import type { SternstundeDB } from './database';

/** Which contacts to export. */
export type ExportScope = { kind: 'all' } | { kind: 'event'; eventId: string } | { kind: 'tag'; tag: string };

/** The contacts in a scope, in storage order, without the table's index keys. */
export async function listContactsInScope(db: SternstundeDB, scope: ExportScope): Promise<Contact[]> {
  const rows = await (scope.kind === 'all'
    ? db.contacts.toArray()
    : scope.kind === 'event'
      ? db.contacts.where('eventId').equals(scope.eventId).toArray()
      : db.contacts.where('tags').equals(scope.tag).toArray());
  return rows.map(fromContactRow);
}

export function countContactsInScope(db: SternstundeDB, scope: ExportScope): Promise<number> {
  switch (scope.kind) {
    case 'all':
      return db.contacts.count();
    case 'event':
      return db.contacts.where('eventId').equals(scope.eventId).count();
    case 'tag':
      return db.contacts.where('tags').equals(scope.tag).count();
  }
}

/** What the scope can be narrowed to: events that have contacts (newest first) and every tag in use. */
export async function listExportScopes(db: SternstundeDB): Promise<{ events: EventRecord[]; tags: string[] }> {
  return db.transaction('r', db.contacts, db.events, async () => {
    const eventIds = (await db.contacts.orderBy('eventId').uniqueKeys()) as string[];
    const events = (await db.events.bulkGet(eventIds)).filter((e): e is EventRecord => e !== undefined);
    events.sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
    const tags = (await db.contacts.orderBy('tags').uniqueKeys()) as string[];
    return { events, tags };
  });
}
