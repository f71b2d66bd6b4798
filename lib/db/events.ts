import { calendarKey } from '../calendars/event-key';
import type { EventSnapshot, Guest } from '../calendars/types';
import type { DetectionRecord, EventOverride, EventRecord } from '../model/records';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

type SeenFields = Omit<EventRecord, 'id' | 'createdAt' | 'updatedAt' | 'host' | 'override' | 'notes'>;

const guestKey = (guest: Guest): string | undefined =>
  guest.email?.trim().toLowerCase() || (guest.name?.trim() ? `name:${guest.name.trim().toLowerCase()}` : undefined);

/** Guests of both looks: the stored ones (updated by what the new look says of them), then the new ones. */
function mergeGuests(stored: readonly Guest[], seen: readonly Guest[]): Guest[] {
  const merged = stored.map((guest) => ({ ...guest }));
  for (const guest of seen) {
    const key = guestKey(guest);
    const known = key === undefined ? undefined : merged.find((g) => guestKey(g) === key);
    const defined = Object.fromEntries(Object.entries(guest).filter(([, v]) => v !== undefined));
    if (known) Object.assign(known, defined);
    else merged.push(guest);
  }
  return merged;
}

/**
 * What a new look at a stored event changes. Views show different parts of an event (Google's
 * editor has no guest list, Outlook's pane no organizer), so a look that shows less never erases
 * what an earlier one stored: a field the new look lacks keeps its value, guests are merged. What
 * the new look does show wins: a changed title, time or place updates the record.
 */
export function mergeSeen(stored: SeenFields, seen: SeenFields): Partial<SeenFields> {
  // A look with a start brings the time; without an end, the stored end stays if the start is the same.
  const end = seen.end ?? (seen.start === stored.start ? stored.end : undefined);
  const when = seen.start !== undefined ? { start: seen.start, end, allDay: seen.allDay } : {};
  const texts = (['location', 'description', 'organizer', 'owner'] as const).flatMap((field) =>
    seen[field]?.trim() ? [[field, seen[field]] as const] : [],
  );
  // A poorer look (less text) may score below the threshold: it doesn't undo an earlier match,
  // unless the title itself changed ("Absage: …").
  const keepDetection =
    stored.detection?.match === true && seen.detection?.match !== true && seen.title === stored.title;
  return {
    title: seen.title.trim() ? seen.title : stored.title,
    ...when,
    ...Object.fromEntries(texts),
    guests: mergeGuests(stored.guests, seen.guests),
    url: seen.url,
    ...(seen.detection && !keepDetection ? { detection: seen.detection } : {}),
  };
}

/** The stored event with this calendar key in this app (the unique index [source+calendarKey]). */
const sameEvent = (db: SternstundeDB, source: EventRecord['source'], key: string) =>
  db.events.where('[source+calendarKey]').equals([source, key]);

/** Records an event the user opened in a calendar; keeps what the user added and what earlier looks saw. */
export async function upsertSeenEvent(
  db: SternstundeDB,
  snapshot: EventSnapshot,
  detection?: DetectionRecord,
): Promise<EventRecord> {
  return db.transaction('rw', db.events, async () => {
    const key = calendarKey(snapshot);
    const seen: SeenFields = {
      source: snapshot.source,
      calendarKey: key,
      title: snapshot.title,
      start: snapshot.start,
      end: snapshot.end,
      allDay: snapshot.allDay,
      location: snapshot.location,
      description: snapshot.description,
      organizer: snapshot.organizer,
      owner: snapshot.owner,
      guests: snapshot.guests,
      url: snapshot.url,
      detection,
    };
    const existing = await sameEvent(db, snapshot.source, key).first();
    if (!existing) return insertRow(db.events, { ...seen, host: snapshot.organizer });
    await patchRow(db.events, existing.id, mergeSeen(existing, seen));
    return (await db.events.get(existing.id)) as EventRecord;
  });
}

/** Whether the event of `snapshot` is stored already (a later look updates it, adds nothing). */
export async function isSeenEvent(db: SternstundeDB, snapshot: EventSnapshot): Promise<boolean> {
  return (await sameEvent(db, snapshot.source, calendarKey(snapshot)).count()) > 0;
}

export function getEvent(db: SternstundeDB, id: string): Promise<EventRecord | undefined> {
  return db.events.get(id);
}

/** Events by start, newest first. */
export function listEvents(db: SternstundeDB): Promise<EventRecord[]> {
  return db.events.orderBy('start').reverse().toArray();
}

export function setOverride(db: SternstundeDB, id: string, override: EventOverride | undefined): Promise<void> {
  return patchRow(db.events, id, { override });
}

export function updateEventNotes(db: SternstundeDB, id: string, notes: string): Promise<void> {
  return patchRow(db.events, id, { notes });
}

export function updateEventHost(db: SternstundeDB, id: string, host: string): Promise<void> {
  return patchRow(db.events, id, { host: host.trim() || undefined });
}

/** Events the user decided on, for the content script's lookup. */
export function listOverriddenEvents(db: SternstundeDB): Promise<EventRecord[]> {
  return db.events.filter((event) => event.override !== undefined).toArray();
}
