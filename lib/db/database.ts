import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Contact } from '../model/contact';
import type { Debrief, EventRecord, Goal, Partner, Target } from '../model/records';

export const DATABASE_NAME = 'sternstunde';

/**
 * The one database, in the extension's origin only (background, panel, popup, options).
 * Schema changes: add a new `version(n)` with an `upgrade()` and a test that upgrades old data.
 */
export class SternstundeDB extends Dexie {
  events!: Table<EventRecord, string>;
  goals!: Table<Goal, string>;
  targets!: Table<Target, string>;
  contacts!: Table<Contact, string>;
  partners!: Table<Partner, string>;
  debriefs!: Table<Debrief, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      events: 'id, &[source+calendarId], start, updatedAt',
      goals: 'id, eventId, updatedAt',
      targets: 'id, eventId, email, contactId',
      contacts: 'id, lastName, firstName, company, email, eventId, followUpDue, *tags, updatedAt',
      partners: 'id, name',
      debriefs: 'id, &eventId',
    });
  }
}
