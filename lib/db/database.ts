import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Contact } from '../model/contact';
import { browserPhoneCountry } from './browser-country';
import { toContactRow, type ContactRow } from './contact-row';
import type { Debrief, EventRecord, Goal, Partner, Target } from '../model/records';
import { renameCalendarKey, withDefaultHost, type EventRowBeforeV5 } from '../model/records';
import type { SettingsRow } from '../model/settings';
import type { PhotoRow } from './photo-row';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';

export const DATABASE_NAME = 'sternstunde';

/**
 * The one database, in the extension's origin only (background, panel, popup, options).
 * Schema changes: add a version in schema.ts with an upgrade here and a migration test.
 */
export class SternstundeDB extends Dexie {
  events!: Table<EventRecord, string>;
  goals!: Table<Goal, string>;
  targets!: Table<Target, string>;
  contacts!: Table<ContactRow, string>;
  partners!: Table<Partner, string>;
  debriefs!: Table<Debrief, string>;
  settings!: Table<SettingsRow, string>;
  photos!: Table<PhotoRow, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        // The host defaults to the organizer; v1 events had no host field.
        tx
          .table<EventRowBeforeV5, string>('events')
          .toCollection()
          .modify((event) => {
            Object.assign(event, withDefaultHost(event));
          }),
      );
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // Every single e-mail/phone/website/address becomes the first entry of its list, nothing dropped.
        // The settings can't name a phone country yet (v3 adds it), so the browser's region decides.
        const country = browserPhoneCountry();
        const contacts = tx.table<Contact, string>('contacts');
        const rows = await contacts.toArray();
        await contacts.bulkPut(rows.map((row) => toContactRow(row, country)));
      });
    // A new, empty table: nothing to upgrade.
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        // The field that holds the calendar key gets its name (bulkPut replaces each whole row).
        const events = tx.table<EventRowBeforeV5 | EventRecord, string>('events');
        const rows = (await events.toArray()) as EventRowBeforeV5[];
        await events.bulkPut(rows.map(renameCalendarKey));
      });
  }
}
