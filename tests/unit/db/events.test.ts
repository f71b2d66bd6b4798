import { describe, expect, it } from 'vitest';
import { calendarKey } from '../../../lib/calendars/event-key';
import { getEvent, listEvents, setOverride, updateEventNotes, upsertSeenEvent } from '../../../lib/db/events';
import { snapshot } from './snapshot';
import { createTestDb } from './test-db';

const detection = { match: true, score: 0.9, reasons: ['Title mentions a Christmas party'] };

describe('events', () => {
  it('records a seen event with id and timestamps', async () => {
    const db = createTestDb();
    const record = await upsertSeenEvent(db, snapshot(), detection);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.createdAt).toBe(record.updatedAt);
    expect(await getEvent(db, record.id)).toMatchObject({
      title: 'Weihnachtsfeier Lechner AG',
      calendarKey: 'abc123',
      detection,
    });
  });

  it('updates the same event instead of adding a second, keeping what the user added', async () => {
    const db = createTestDb();
    const first = await upsertSeenEvent(db, snapshot(), detection);
    await setOverride(db, first.id, 'prepare');
    await updateEventNotes(db, first.id, 'Ask about the new plant');
    const again = await upsertSeenEvent(db, snapshot({ title: 'Weihnachtsfeier Lechner AG (neu)' }), detection);
    expect(again.id).toBe(first.id);
    expect(again.title).toBe('Weihnachtsfeier Lechner AG (neu)');
    expect(again.override).toBe('prepare');
    expect(again.notes).toBe('Ask about the new plant');
    expect(await db.events.count()).toBe(1);
  });

  it('a later look that shows less (the editor: no guests, organizer or place) erases nothing', async () => {
    const db = createTestDb();
    const first = await upsertSeenEvent(db, snapshot(), detection);
    const poorer = await upsertSeenEvent(
      db,
      snapshot({ location: undefined, organizer: undefined, guests: [], description: undefined, end: undefined }),
      { match: false, score: 0.3, reasons: [] },
    );
    expect(poorer.id).toBe(first.id);
    expect(poorer).toMatchObject({
      location: 'Lechner AG, Wien',
      organizer: 'Maria Lechner',
      guests: [{ name: 'Anna Berger', email: 'anna@lechner.at', response: 'accepted' }],
      end: '2026-12-10T23:00',
      detection,
    });
  });

  it("what a new look shows wins: time, place, guests' responses; new guests are added", async () => {
    const db = createTestDb();
    await upsertSeenEvent(db, snapshot(), detection);
    const later = await upsertSeenEvent(
      db,
      snapshot({
        start: '2026-12-11T19:00',
        end: undefined,
        location: 'Palais Ferstel',
        guests: [
          { email: 'ANNA@lechner.at', response: 'declined' },
          { name: 'Max Huber', email: 'max@huber.at' },
        ],
      }),
      detection,
    );
    expect(later).toMatchObject({
      start: '2026-12-11T19:00',
      location: 'Palais Ferstel',
      organizer: 'Maria Lechner',
      guests: [
        { name: 'Anna Berger', email: 'ANNA@lechner.at', response: 'declined' },
        { name: 'Max Huber', email: 'max@huber.at' },
      ],
    });
    // The old end belonged to the old start.
    expect(later.end).toBeUndefined();
    // A new title is news: its verdict counts even when it no longer matches.
    const cancelled = await upsertSeenEvent(db, snapshot({ title: 'Absage: Weihnachtsfeier Lechner AG' }), {
      match: false,
      score: 0,
      reasons: [],
    });
    expect(cancelled.detection?.match).toBe(false);
  });

  it('keeps events of different sources apart even with the same id', async () => {
    const db = createTestDb();
    await upsertSeenEvent(db, snapshot(), detection);
    await upsertSeenEvent(db, snapshot({ source: 'outlook' }), detection);
    expect(await db.events.count()).toBe(2);
  });

  it('derives a key from title and start when the page shows no id', () => {
    expect(calendarKey({ title: 'Xmas', start: '2026-12-10T18:00' })).toBe('derived:Xmas|2026-12-10T18:00');
    expect(calendarKey({ calendarId: 'x', title: 'Xmas' })).toBe('x');
  });

  it('lists events newest first', async () => {
    const db = createTestDb();
    await upsertSeenEvent(db, snapshot({ calendarId: 'a', start: '2026-12-01T18:00' }));
    await upsertSeenEvent(db, snapshot({ calendarId: 'b', start: '2026-12-20T18:00' }));
    expect((await listEvents(db)).map((e) => e.calendarKey)).toEqual(['b', 'a']);
  });

  it('fails clearly when changing an event that is gone', async () => {
    const db = createTestDb();
    await expect(setOverride(db, 'missing', 'dismiss')).rejects.toThrow('No row missing in events');
  });
});
