import { describe, expect, it } from 'vitest';
import {
  currentEvent,
  eventsToDebrief,
  isPrepared,
  latestStartedEvent,
  recentEvents,
} from '../../../lib/contacts/event-choice';
import type { EventRecord } from '../../../lib/model/records';

function event(id: string, start: string, end: string, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    createdAt: '',
    updatedAt: '',
    source: 'google',
    calendarKey: id,
    title: id,
    start,
    end,
    allDay: false,
    guests: [],
    url: '',
    detection: { match: true, score: 1, reasons: [] },
    ...extra,
  };
}

const now = new Date(2026, 11, 11, 21, 0); // Fri 11 Dec 2026, 21:00 local
const onNow = event('on-now', '2026-12-11T18:00', '2026-12-11T23:00');
const yesterday = event('yesterday', '2026-12-10T18:00', '2026-12-10T22:00');
const lastWeek = event('last-week', '2026-12-04T18:00', '2026-12-04T22:00');
const tomorrow = event('tomorrow', '2026-12-12T18:00', '2026-12-12T22:00');
const longAgo = event('long-ago', '2026-10-01T18:00', '2026-10-01T22:00');
const dismissed = event('dismissed', '2026-12-11T17:00', '2026-12-11T23:00', { override: 'dismiss' });
const undetected = event('undetected', '2026-12-11T19:00', '2026-12-11T23:00', {
  detection: { match: false, score: 0, reasons: [] },
});
const forced = event('forced', '2026-12-09T12:00', '2026-12-09T13:00', {
  override: 'prepare',
  detection: { match: false, score: 0, reasons: [] },
});
const all = [longAgo, lastWeek, yesterday, onNow, tomorrow, dismissed, undetected, forced];

describe('which event a new contact belongs to', () => {
  it('prepared: detected or forced, never dismissed', () => {
    expect(all.filter(isPrepared).map((e) => e.id)).toEqual([
      'long-ago',
      'last-week',
      'yesterday',
      'on-now',
      'tomorrow',
      'forced',
    ]);
  });

  it('the current event is the one on now, else one that ended in the last 24 hours', () => {
    expect(currentEvent(all, now)?.id).toBe('on-now');
    expect(currentEvent([yesterday, lastWeek], now)?.id).toBe('yesterday');
    expect(currentEvent([yesterday], new Date(2026, 11, 11, 22, 1))).toBeUndefined();
    expect(currentEvent([tomorrow, lastWeek], now)).toBeUndefined();
  });

  it('the latest started event (cards from the pocket): on now or over, however long ago, never a coming one', () => {
    expect(latestStartedEvent(all, now)?.id).toBe('on-now');
    expect(latestStartedEvent([tomorrow, lastWeek, longAgo, dismissed], now)?.id).toBe('last-week');
    expect(latestStartedEvent([tomorrow, longAgo], now)?.id).toBe('long-ago');
    expect(latestStartedEvent([tomorrow, dismissed, undetected], now)).toBeUndefined();
  });

  it('recent events: the last 30 days and today, newest first', () => {
    expect(recentEvents(all, now).map((e) => e.id)).toEqual(['on-now', 'yesterday', 'forced', 'last-week']);
  });

  it('events to debrief: over, prepared, without a debrief', () => {
    expect(eventsToDebrief(all, new Set(['last-week']), now).map((e) => e.id)).toEqual([
      'yesterday',
      'forced',
      'long-ago',
    ]);
  });
});
