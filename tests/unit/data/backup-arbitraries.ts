// fast-check generators for whole databases: every table, with its unique keys respected.
import fc from 'fast-check';
import type { BackupPhoto, BackupTables } from '../../../lib/db/backup';
import type { Contact } from '../../../lib/model/contact';
import type { Debrief, EventRecord, Goal, Partner, Target } from '../../../lib/model/records';
import type { SettingsRow } from '../../../lib/model/settings';

const text = fc.string({ maxLength: 12 });
const fullText = fc.string({ unit: 'binary', maxLength: 12 });
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
// Events hold the calendar's local time ("2026-12-10T18:00") or a day ("2026-12-10").
const eventTime = fc.oneof(
  iso.map((s) => s.slice(0, 16)),
  iso.map((s) => s.slice(0, 10)),
);
const stored = { id: fc.uuid(), createdAt: iso, updatedAt: iso };
const rows = <T extends { id: string }>(row: fc.Arbitrary<T>) =>
  fc.uniqueArray(row, { maxLength: 5, selector: (r) => r.id });

const event: fc.Arbitrary<EventRecord> = fc.record(
  {
    ...stored,
    source: fc.constantFrom('google', 'outlook'),
    calendarKey: text,
    title: fullText,
    start: eventTime,
    end: eventTime,
    allDay: fc.boolean(),
    location: fullText,
    description: fullText,
    organizer: text,
    host: text,
    guests: fc.array(
      fc.record(
        {
          name: text,
          email: text,
          response: fc.constantFrom('accepted', 'declined', 'tentative', 'awaiting', 'organizer'),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    url: text,
    owner: text,
    detection: fc.record({
      match: fc.boolean(),
      // The detector's score lies in [0, 1]; JSON has no -0, so none is generated (x + 0 turns -0 into 0).
      score: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
      reasons: fc.array(text, { maxLength: 3 }),
    }),
    override: fc.constantFrom('prepare', 'dismiss'),
    notes: fullText,
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'source', 'calendarKey', 'title', 'allDay', 'guests', 'url'] },
);

const goal: fc.Arbitrary<Goal> = fc.record(
  {
    ...stored,
    eventId: text,
    text: fullText,
    target: fc.integer({ min: 1, max: 20 }),
    done: fc.boolean(),
    order: fc.nat(),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'eventId', 'text', 'done', 'order'] },
);

const target: fc.Arbitrary<Target> = fc.record(
  {
    ...stored,
    eventId: text,
    name: fullText,
    email: text,
    company: text,
    why: fullText,
    askHost: fc.boolean(),
    status: fc.constantFrom('planned', 'met', 'missed'),
    contactId: text,
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'eventId', 'name', 'askHost', 'status'] },
);

const label = fc.oneof(fc.constantFrom('work', 'home', 'mobile', 'other'), text);
// Phones: valid numbers (which get an E.164 form when stored) and any text.
const phoneText = fc.oneof(fc.constantFrom('+43 664 1234567', '0664 7654321', '+49 30 1234567', '030 123456'), text);
const entries = <T>(entry: fc.Arbitrary<T>) => fc.array(entry, { maxLength: 3 });

const contact: fc.Arbitrary<Contact> = fc.record(
  {
    ...stored,
    prefix: text,
    firstName: fullText,
    middleName: text,
    lastName: fullText,
    suffix: text,
    nickname: text,
    company: fullText,
    jobTitle: text,
    department: text,
    birthday: fc.oneof(
      iso.map((s) => s.slice(0, 10)),
      iso.map((s) => `--${s.slice(5, 10)}`),
    ),
    emails: entries(fc.record({ label, value: text })),
    phones: entries(fc.record({ label, value: phoneText })),
    addresses: entries(
      fc.record(
        {
          label,
          street: fullText,
          extended: text,
          poBox: text,
          postalCode: text,
          city: text,
          region: text,
          country: text,
          formatted: fullText,
        },
        { requiredKeys: ['label'] },
      ),
    ),
    websites: entries(fc.record({ label, value: text })),
    notes: fullText,
    tags: fc.array(text, { maxLength: 3 }),
    partnerFit: fc.array(text, { maxLength: 3 }),
    eventId: text,
    metAt: text,
    introducedBy: text,
    followUpDue: iso,
    followUpStatus: fc.constantFrom('open', 'done'),
    followUpPromise: fullText,
    followUpContext: fullText,
    followUpEmail: text,
  },
  {
    requiredKeys: ['id', 'createdAt', 'updatedAt', 'emails', 'phones', 'addresses', 'websites', 'tags', 'partnerFit'],
  },
);

const partner: fc.Arbitrary<Partner> = fc.record(
  { ...stored, name: fullText, lookingFor: fullText, notes: fullText },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'name', 'lookingFor'] },
);

const debrief: fc.Arbitrary<Debrief> = fc.record(
  { ...stored, eventId: text, learned: fullText, rating: fc.integer({ min: 1, max: 5 }) },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'eventId', 'learned'] },
);

const keyword = text.filter((k) => k.trim() !== '');
const setting: fc.Arbitrary<SettingsRow> = fc.oneof(
  fc.record({ key: fc.constant('includeKeywords' as const), value: fc.array(keyword, { maxLength: 3 }) }),
  fc.record({ key: fc.constant('excludeKeywords' as const), value: fc.array(keyword, { maxLength: 3 }) }),
  fc.record({ key: fc.constant('followUpHours' as const), value: fc.integer({ min: 1, max: 336 }) }),
  fc.record({ key: fc.constant('followUpSkipWeekend' as const), value: fc.boolean() }),
  fc.record({ key: fc.constant('phoneCountry' as const), value: fc.constantFrom('', 'AT', 'DE', 'CH') }),
);

/** A kept photo of one of these contacts: any bytes, an image type or none. */
const photoOf = (contactIds: string[]): fc.Arbitrary<BackupPhoto> =>
  fc.record({
    id: fc.uuid(),
    contactId: fc.constantFrom(...contactIds),
    image: fc
      .tuple(fc.constantFrom('image/jpeg', 'image/png', 'image/heic', ''), fc.uint8Array({ maxLength: 40 }))
      .map(([type, bytes]) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`),
    createdAt: iso,
  });

/** The rows of a whole database. */
export const databaseRows: fc.Arbitrary<BackupTables> = fc
  .record({
    events: fc.uniqueArray(event, { maxLength: 5, selector: (e) => e.id }).map((events) =>
      // [source+calendarKey] is unique.
      events.filter((e, i) => events.findIndex((o) => o.source === e.source && o.calendarKey === e.calendarKey) === i),
    ),
    goals: rows(goal),
    targets: rows(target),
    contacts: rows(contact),
    partners: rows(partner),
    // One debrief per event.
    debriefs: fc
      .uniqueArray(debrief, { maxLength: 5, selector: (d) => d.id })
      .map((debriefs) => debriefs.filter((d, i) => debriefs.findIndex((o) => o.eventId === d.eventId) === i)),
    settings: fc.uniqueArray(setting, { selector: (s) => s.key }),
  })
  .chain((tables) =>
    (tables.contacts.length ? rows(photoOf(tables.contacts.map((c) => c.id))) : fc.constant<BackupPhoto[]>([])).map(
      (photos) => ({
        ...tables,
        photos,
      }),
    ),
  );
