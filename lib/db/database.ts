import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Contact } from '../model/contact';
import type { Debrief, EventRecord, Goal, Partner, Target } from '../model/records';
import type { SettingsRow } from '../model/settings';
import { SCHEMA_V1, SCHEMA_V2 } from './schema';

export const DATABASE_NAME = 'sternstunde';

/**
 * The one database, in the extension's origin only (background, panel, popup, options).
 * Schema changes: add a version in schema.ts with an upgrade here and a migration test.
 */
export class SternstundeDB extends Dexie {
  events!: Table<EventRecord, string>;
  goals!: Table<Goal, string>;
  targets!: Table<Target, string>;
  contacts!: Table<Contact, string>;
  partners!: Table<Partner, string>;
  debriefs!: Table<Debrief, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        // The host defaults to the organizer; v1 events had no host field.
        tx
          .table<EventRecord, string>('events')
          .toCollection()
          .modify((event) => {
            if (event.host === undefined && event.organizer) event.host = event.organizer;
          }),
      );
  }
}
