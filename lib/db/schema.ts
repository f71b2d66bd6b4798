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
