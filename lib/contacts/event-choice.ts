import type { EventRecord } from '../model/records';
import { eventEnd, parseLocal } from '../prep/format-when';

const DAY_MS = 86_400_000;
/** How far back the popup offers events to link a new contact to. */
const RECENT_DAYS = 30;

type EventTimes = Pick<EventRecord, 'start' | 'end' | 'allDay'>;
type Preparable = Pick<EventRecord, 'override' | 'detection'>;

/** An event the user prepares: forced by the user, or detected and not dismissed. */
export function isPrepared(event: Preparable): boolean {
  if (event.override === 'dismiss') return false;
  return event.override === 'prepare' || event.detection?.match !== false;
}

function startTime(event: EventTimes): number {
  return parseLocal(event.start)?.getTime() ?? Number.NaN;
}

function endTime(event: EventTimes): number {
  return eventEnd(event)?.getTime() ?? Number.NaN;
}

const newestFirst = (a: EventTimes, b: EventTimes) => startTime(b) - startTime(a);

/** The prepared event that is on now or ended within the last 24 hours (the latest to start). */
export function currentEvent<E extends EventRecord>(events: readonly E[], now: Date): E | undefined {
  const t = now.getTime();
  return events.filter((e) => isPrepared(e) && startTime(e) <= t && endTime(e) >= t - DAY_MS).sort(newestFirst)[0];
}

/** The prepared event that started last before now (on now or over): where the cards in a pocket are from. */
export function latestStartedEvent<E extends EventRecord>(events: readonly E[], now: Date): E | undefined {
  return events.filter((e) => isPrepared(e) && startTime(e) <= now.getTime()).sort(newestFirst)[0];
}

/** Prepared events that started in the last 30 days or start today, newest first. */
export function recentEvents<E extends EventRecord>(events: readonly E[], now: Date): E[] {
  const from = now.getTime() - RECENT_DAYS * DAY_MS;
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  return events.filter((e) => isPrepared(e) && startTime(e) >= from && startTime(e) < to).sort(newestFirst);
}

/** Prepared events that are over and have no debrief yet, most recent first. */
export function eventsToDebrief<E extends EventRecord>(
  events: readonly E[],
  debriefed: ReadonlySet<string>,
  now: Date,
): E[] {
  return events.filter((e) => isPrepared(e) && !debriefed.has(e.id) && endTime(e) <= now.getTime()).sort(newestFirst);
}
