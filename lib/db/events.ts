import type { EventSnapshot } from '../calendars/types';
import type { DetectionRecord, EventOverride, EventRecord } from '../model/records';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

/** The key an event is found by: the app's own id, else title + start (some views show no id). */
export function calendarKey(snapshot: Pick<EventSnapshot, 'calendarId' | 'title' | 'start'>): string {
  return snapshot.calendarId ?? `derived:${snapshot.title}|${snapshot.start ?? ''}`;
}

/** Records an event the user opened in a calendar; keeps what the user added to it. */
export async function upsertSeenEvent(
  db: SternstundeDB,
  snapshot: EventSnapshot,
  detection?: DetectionRecord,
): Promise<EventRecord> {
  return db.transaction('rw', db.events, async () => {
    const calendarId = calendarKey(snapshot);
    const seen = {
      source: snapshot.source,
      calendarId,
      title: snapshot.title,
      start: snapshot.start,
      end: snapshot.end,
      allDay: snapshot.allDay,
      location: snapshot.location,
      description: snapshot.description,
      organizer: snapshot.organizer,
      guests: snapshot.guests,
      url: snapshot.url,
      detection,
    };
    const existing = await db.events.where('[source+calendarId]').equals([snapshot.source, calendarId]).first();
    if (!existing) return insertRow(db.events, seen);
    await patchRow(db.events, existing.id, seen);
    return (await db.events.get(existing.id)) as EventRecord;
  });
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
