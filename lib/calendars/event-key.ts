import type { EventSnapshot } from './types';

/** The key an event is stored under: the app's own id, else title + start (some views show no id). */
export function calendarKey(snapshot: Pick<EventSnapshot, 'calendarId' | 'title' | 'start'>): string {
  return snapshot.calendarId ?? `derived:${snapshot.title}|${snapshot.start ?? ''}`;
}
