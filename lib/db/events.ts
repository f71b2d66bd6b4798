import { calendarKey } from '../calendars/event-key';
import type { EventSnapshot } from '../calendars/types';
import type { DetectionRecord, EventOverride, EventRecord } from '../model/records';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

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
      owner: snapshot.owner,
      guests: snapshot.guests,
      url: snapshot.url,
      detection,
    };
    const existing = await db.events.where('[source+calendarId]').equals([snapshot.source, calendarId]).first();
    if (!existing) return insertRow(db.events, { ...seen, host: snapshot.organizer });
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

export function updateEventHost(db: SternstundeDB, id: string, host: string): Promise<void> {
  return patchRow(db.events, id, { host: host.trim() || undefined });
}

/** Events the user decided on, for the content script's lookup. */
export function listOverriddenEvents(db: SternstundeDB): Promise<EventRecord[]> {
  return db.events.filter((event) => event.override !== undefined).toArray();
}
