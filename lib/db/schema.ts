/**
 * The database's versions. Never edit a released version: add the next one with its upgrade,
 * and a test that opens data written by the previous one (tests/unit/db/migrations.test.ts).
 */
export const SCHEMA_V1 = {
  events: 'id, &[source+calendarId], start, updatedAt',
  goals: 'id, eventId, updatedAt',
  targets: 'id, eventId, email, contactId',
  contacts: 'id, lastName, firstName, company, email, eventId, followUpDue, *tags, updatedAt',
  partners: 'id, name',
  debriefs: 'id, &eventId',
} as const;

/** v2: user settings (detector keywords, follow-up rules); events get an editable host. */
export const SCHEMA_V2 = {
  settings: 'key',
} as const;

/**
 * v3: contacts hold lists of e-mails, phones, addresses and websites; the single `email` index
 * gives way to multi-entry indexes on every e-mail and every phone's E.164 form.
 */
export const SCHEMA_V3 = {
  contacts: 'id, lastName, firstName, company, *emailKeys, *phoneKeys, eventId, followUpDue, *tags, updatedAt',
} as const;

/** v4: photos of business cards the user chose to keep with a contact ("keep the photo"). */
export const SCHEMA_V4 = {
  photos: 'id, contactId',
} as const;

/** v5: events name their calendar key `calendarKey` (it was `calendarId`); the unique index follows. */
export const SCHEMA_V5 = {
  events: 'id, &[source+calendarKey], start, updatedAt',
} as const;
