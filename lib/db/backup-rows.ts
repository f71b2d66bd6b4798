// The rows a backup may hold, per table and per database version, checked for meaning with valibot:
// enums, ISO dates, guest and list-entry shapes, each setting with its own validator. Unknown keys
// are dropped (v.object builds a fresh object of the known keys only, so a JSON `__proto__` key
// never reaches a prototype). Rows of an older version are upgraded to the current model.
import * as v from 'valibot';
import type { Guest } from '../calendars/types';
import { SETTING_SCHEMAS, isSettingKey } from '../data/settings-schema';
import { RESPONSES, SOURCES, OVERRIDES } from '../messaging/validate';
import {
  ADDRESS_PARTS,
  type Contact,
  type ContactAddress,
  type ContactEmail,
  type ContactPhone,
  type ContactWebsite,
  type Stored,
} from '../model/contact';
import { type LegacyContactFields, upgradeContact } from '../model/contact-upgrade';
import type { Debrief, DetectionRecord, EventRecord, Goal, Partner, Target, TargetStatus } from '../model/records';
import { renameCalendarKey, withDefaultHost, type EventRowBeforeV5 } from '../model/records';
import type { SettingKey, SettingsRow } from '../model/settings';
import { BackupError } from './backup-error';
import { isBirthday, isEventTime, isTimestamp } from './iso-dates';
import { isImageDataUrl } from './photo-data-url';
import type { PhotoRow } from './photo-row';

/** A kept photo in a backup: the image as a data URL of its bytes and type. */
export type BackupPhoto = Omit<PhotoRow, 'image'> & { image: string };

/** Every table of the database, all of which a backup holds; contacts without their index keys. */
export interface BackupTables {
  events: EventRecord[];
  goals: Goal[];
  targets: Target[];
  contacts: Contact[];
  partners: Partner[];
  debriefs: Debrief[];
  settings: SettingsRow[];
  photos: BackupPhoto[];
}

export type BackupTableName = keyof BackupTables;

/** A schema for each key of T, no key missing and none extra (checked by `satisfies`). */
type Entries<T> = { [K in keyof Required<T>]: v.GenericSchema<unknown, T[K]> };

const text = v.string();
const optionalText = v.optional(text);
const id = v.pipe(text, v.minLength(1, 'an id must not be empty'));
const timestamp = v.pipe(text, v.check(isTimestamp, 'not an ISO timestamp'));
const eventTime = v.optional(v.pipe(text, v.check(isEventTime, 'not an ISO date or date-time')));
const strings = v.array(text);
const count = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));

const stored = { id, createdAt: timestamp, updatedAt: timestamp };

const guest = v.object({
  name: optionalText,
  email: optionalText,
  response: v.optional(v.picklist(RESPONSES)),
} satisfies Entries<Guest>);

const detection = v.object({
  match: v.boolean(),
  score: v.pipe(v.number(), v.finite()),
  reasons: strings,
} satisfies Entries<DetectionRecord>);

const eventFields = {
  ...stored,
  source: v.picklist(SOURCES),
  title: text,
  start: eventTime,
  end: eventTime,
  allDay: v.boolean(),
  location: optionalText,
  description: optionalText,
  organizer: optionalText,
  owner: optionalText,
  guests: v.array(guest),
  url: text,
  host: optionalText,
  detection: v.optional(detection),
  override: v.optional(v.picklist(OVERRIDES)),
  notes: optionalText,
};
const event = v.object({ ...eventFields, calendarKey: text } satisfies Entries<EventRecord>);
/** Before v5 the calendar key was called `calendarId`. */
const eventBeforeV5 = v.object({ ...eventFields, calendarId: text } satisfies Entries<EventRowBeforeV5>);

const goal = v.object({
  ...stored,
  eventId: text,
  text,
  target: v.optional(count(1)),
  done: v.boolean(),
  order: count(0),
} satisfies Entries<Goal>);

const TARGET_STATUSES: readonly TargetStatus[] = ['planned', 'met', 'missed'];

const target = v.object({
  ...stored,
  eventId: text,
  name: text,
  email: optionalText,
  company: optionalText,
  why: optionalText,
  askHost: v.boolean(),
  status: v.picklist(TARGET_STATUSES),
  contactId: optionalText,
} satisfies Entries<Target>);

// A label is one of the common ones or the user's own text, so any text is one.
const email = v.object({ label: text, value: text } satisfies Entries<ContactEmail>);
const phone = v.object({ label: text, value: text, e164: optionalText } satisfies Entries<ContactPhone>);
const website = v.object({ label: text, value: text } satisfies Entries<ContactWebsite>);
const address = v.object({
  label: text,
  ...(Object.fromEntries(ADDRESS_PARTS.map((part) => [part, optionalText])) as Record<
    (typeof ADDRESS_PARTS)[number],
    typeof optionalText
  >),
  formatted: optionalText,
} satisfies Entries<ContactAddress>);

const contactEntries = {
  ...stored,
  prefix: optionalText,
  firstName: optionalText,
  middleName: optionalText,
  lastName: optionalText,
  suffix: optionalText,
  nickname: optionalText,
  company: optionalText,
  jobTitle: optionalText,
  department: optionalText,
  birthday: v.optional(v.pipe(text, v.check(isBirthday, 'not a birthday (YYYY-MM-DD or --MM-DD)'))),
  emails: v.array(email),
  phones: v.array(phone),
  addresses: v.array(address),
  websites: v.array(website),
  notes: optionalText,
  tags: strings,
  eventId: optionalText,
  metAt: optionalText,
  introducedBy: optionalText,
  partnerFit: strings,
  followUpDue: v.optional(timestamp),
  followUpStatus: v.optional(v.picklist(['open', 'done'])),
  followUpPromise: optionalText,
  followUpContext: optionalText,
  followUpEmail: optionalText,
} satisfies Entries<Contact>;

const contact = v.object(contactEntries);

/** Up to version 2 a contact had one e-mail, phone, website, LinkedIn and address, and no lists. */
const legacyContact = v.object({
  ...contactEntries,
  emails: v.optional(contactEntries.emails),
  phones: v.optional(contactEntries.phones),
  addresses: v.optional(contactEntries.addresses),
  websites: v.optional(contactEntries.websites),
  email: optionalText,
  phone: optionalText,
  website: optionalText,
  linkedin: optionalText,
  address: optionalText,
} satisfies Entries<Partial<Contact> & Stored & LegacyContactFields & Pick<Contact, 'tags' | 'partnerFit'>>);

const partner = v.object({ ...stored, name: text, lookingFor: text, notes: optionalText } satisfies Entries<Partner>);

const debrief = v.object({
  ...stored,
  eventId: text,
  learned: text,
  rating: v.optional(v.pipe(count(1), v.maxValue(5))),
} satisfies Entries<Debrief>);

const settingRow = v.variant(
  'key',
  (Object.keys(SETTING_SCHEMAS) as SettingKey[]).map((key) =>
    v.object({ key: v.literal(key), value: SETTING_SCHEMAS[key] }),
  ),
) as v.GenericSchema<unknown, SettingsRow>;

const photo = v.object({
  id,
  contactId: id,
  image: v.pipe(text, v.check(isImageDataUrl, 'not an image as a base64 data URL')),
  createdAt: timestamp,
} satisfies Entries<BackupPhoto>);

type RowSchema = v.GenericSchema<unknown, object>;

/** The schema of each table's rows in a backup of `version` (1: no settings table yet, 4: photos, 5: calendarKey). */
function rowSchemas(version: number): { [K in BackupTableName]?: RowSchema } {
  return {
    events: version < 5 ? eventBeforeV5 : event,
    goals: goal,
    targets: target,
    contacts: version < 3 ? legacyContact : contact,
    partners: partner,
    debriefs: debrief,
    ...(version >= 2 ? { settings: settingRow } : {}),
    ...(version >= 4 ? { photos: photo } : {}),
  };
}

/** The rows of a current backup, from those of `version` (the same steps as the schema upgrades). */
function upgradeRows(version: number, tables: Record<BackupTableName, object[]>): BackupTables {
  const events = tables.events as EventRecord[] | EventRowBeforeV5[];
  // v2: the host defaults to the organizer.
  const hosted = version < 2 ? events.map(withDefaultHost) : events;
  return {
    ...(tables as unknown as BackupTables),
    // v5: the calendar key gets its name.
    events: version < 5 ? (hosted as EventRowBeforeV5[]).map(renameCalendarKey) : (hosted as EventRecord[]),
    // v3: the single fields become the first entries of their lists.
    contacts:
      version < 3
        ? (tables.contacts as Contact[]).map((c) => upgradeContact<Contact>(c))
        : (tables.contacts as Contact[]),
  };
}

export const BACKUP_TABLES: readonly BackupTableName[] = [
  'events',
  'goals',
  'targets',
  'contacts',
  'partners',
  'debriefs',
  'settings',
  'photos',
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "contacts[3].emails[1].value" from a valibot issue's path. */
function where(table: string, row: number, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
  return `${table}[${row}]${path}`;
}

function readRows(name: BackupTableName, schema: RowSchema, rows: unknown): object[] {
  if (!Array.isArray(rows)) throw new BackupError('missingTable', name);
  const keyField = name === 'settings' ? 'key' : 'id';
  const checked: object[] = [];
  const keys = new Set<unknown>();
  rows.forEach((row: unknown, i) => {
    // A setting this version doesn't know is left out, as getSettings ignores it.
    if (name === 'settings' && isRecord(row) && typeof row.key === 'string' && !isSettingKey(row.key)) return;
    const result = v.safeParse(schema, row, { abortEarly: true });
    if (!result.success) throw new BackupError('badRow', where(name, i, result.issues[0]));
    const key = (result.output as Record<string, unknown>)[keyField];
    if (keys.has(key)) throw new BackupError('duplicateKey', `${name}[${i}].${keyField}`);
    keys.add(key);
    checked.push(result.output);
  });
  return checked;
}

/**
 * The tables of a backup written with database `version`, every row checked and upgraded to the
 * current model. Throws a BackupError naming the first problem and where it is.
 */
export function readTables(version: number, tables: Record<string, unknown>): BackupTables {
  const schemas = rowSchemas(version);
  for (const name of Object.keys(tables)) {
    if (!Object.hasOwn(schemas, name)) throw new BackupError('unknownTable', name.slice(0, 40));
  }
  const rows = Object.fromEntries(
    BACKUP_TABLES.map((name) => {
      const schema = schemas[name];
      return [name, schema ? readRows(name, schema, tables[name]) : []];
    }),
  ) as Record<BackupTableName, object[]>;
  // A photo belongs to a contact of the same backup; one without would be kept but never shown.
  const contactIds = new Set((rows.contacts as { id: string }[]).map((c) => c.id));
  (rows.photos as BackupPhoto[]).forEach((p, i) => {
    if (!contactIds.has(p.contactId)) throw new BackupError('badRow', `photos[${i}].contactId`);
  });
  return upgradeRows(version, rows);
}
