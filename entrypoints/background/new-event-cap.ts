/**
 * How many events one calendar tab may add to the database per minute. A person opens a few
 * events a minute; a page (or a script in it) that sends hundreds would fill the database with
 * whatever it makes up. Updates of events already stored are not counted.
 */
export const NEW_EVENTS_PER_MINUTE = 30;
const MINUTE = 60_000;

export interface NewEventCap {
  /** Counts one new event for the tab; false when the tab has reached the cap in the last minute. */
  take(tabId: number): boolean;
  forget(tabId: number): void;
}

export function createNewEventCap(limit = NEW_EVENTS_PER_MINUTE, now: () => number = Date.now): NewEventCap {
  const recent = new Map<number, number[]>();
  return {
    take(tabId) {
      const since = now() - MINUTE;
      const times = (recent.get(tabId) ?? []).filter((t) => t > since);
      const allowed = times.length < limit;
      if (allowed) times.push(now());
      recent.set(tabId, times);
      return allowed;
    },
    forget: (tabId) => void recent.delete(tabId),
  };
}
