import type { EventSnapshot } from '../calendars/types';
import type { Stored } from './contact';

/** The user's decision for one event, over the detector's. */
export type EventOverride = 'prepare' | 'dismiss';

/** The detector's verdict, kept to show "why this event". */
export interface DetectionRecord {
  match: boolean;
  score: number;
  reasons: string[];
}

/** A calendar event seen in a calendar page or prepared by the user: its snapshot plus the user's part. */
export interface EventRecord extends Omit<EventSnapshot, 'calendarId'>, Stored {
  /**
   * The event's key in its calendar app (lib/calendars/event-key.ts): the app's own id, or a key
   * derived from title + start when it has none. Called `calendarId` before database version 5.
   */
  calendarKey: string;
  /** Host firm or person, editable; defaults to the organizer. */
  host?: string;
  detection?: DetectionRecord;
  override?: EventOverride;
  notes?: string;
}

/** A networking goal for one event ("talk to 3 people I don't know yet"). */
export interface Goal extends Stored {
  eventId: string;
  text: string;
  /** Optional number to reach, e.g. 3 people. */
  target?: number;
  done: boolean;
  /** Position in the event's list. */
  order: number;
}

export type TargetStatus = 'planned' | 'met' | 'missed';

/** A person to meet at an event. */
export interface Target extends Stored {
  eventId: string;
  name: string;
  email?: string;
  company?: string;
  why?: string;
  /** Ask the host to introduce me. */
  askHost: boolean;
  status: TargetStatus;
  /** The stored contact with the same e-mail, when there is one. */
  contactId?: string;
}

/** One of the user's network partners and the customers they look for. */
export interface Partner extends Stored {
  name: string;
  lookingFor: string;
  notes?: string;
}

/** What the user noted after an event. */
export interface Debrief extends Stored {
  eventId: string;
  learned: string;
  /** 1–5. */
  rating?: number;
}

/** An event of schema version 1 (or its backup) had no host: it defaults to the organizer. */
export const withDefaultHost = <T extends Pick<EventRecord, 'host' | 'organizer'>>(event: T): T =>
  event.host === undefined && event.organizer ? { ...event, host: event.organizer } : event;

/** An event row as database versions 1–4 stored it: the calendar key was called `calendarId`. */
export type EventRowBeforeV5 = Omit<EventRecord, 'calendarKey'> & { calendarId: string };

/** v5: `calendarId`, which held the calendar key, becomes `calendarKey`; nothing else changes. */
export function renameCalendarKey({ calendarId, ...event }: EventRowBeforeV5): EventRecord {
  return { ...event, calendarKey: calendarId };
}
