import { describe, expect, it } from 'vitest';
import { contactData } from '../contact-data';
import { listDebriefedEventIds, saveDebrief, saveDebriefSession } from '../../../lib/db/debriefs';
import { addGoal } from '../../../lib/db/goals';
import { addTarget } from '../../../lib/db/targets';
import { createTestDb } from './test-db';

describe('debrief session', () => {
  it('saves the debrief, goals, people and new contacts together', async () => {
    const db = createTestDb();
    const goal = await addGoal(db, 'e1', 'Talk to 3 new people');
    const other = await addGoal(db, 'e1', 'Meet purchasing');
    const max = await addTarget(db, { eventId: 'e1', name: 'Max Huber' });
    const contacts = await saveDebriefSession(db, {
      eventId: 'e1',
      learned: 'Ask earlier',
      rating: 4,
      goals: [{ id: goal.id, done: true }],
      people: [{ id: max.id, status: 'missed' }],
      contacts: [contactData({ firstName: 'Anna', email: ' anna@lechner.at ', eventId: 'e1', followUpStatus: 'open' })],
    });
    expect(contacts).toEqual([
      expect.objectContaining({ firstName: 'Anna', emails: [{ label: 'work', value: 'anna@lechner.at' }] }),
    ]);
    expect(await db.goals.get(goal.id)).toMatchObject({ done: true });
    expect(await db.goals.get(other.id)).toMatchObject({ done: false });
    expect(await db.targets.get(max.id)).toMatchObject({ status: 'missed' });
    expect(await db.debriefs.toArray()).toEqual([
      expect.objectContaining({ eventId: 'e1', learned: 'Ask earlier', rating: 4 }),
    ]);
    expect(await listDebriefedEventIds(db)).toEqual(new Set(['e1']));
  });

  it('changes nothing when a part fails', async () => {
    const db = createTestDb();
    await expect(
      saveDebriefSession(db, {
        eventId: 'e1',
        learned: 'x',
        goals: [{ id: 'gone', done: true }],
        people: [],
        contacts: [],
      }),
    ).rejects.toThrow('No row gone');
    expect(await db.debriefs.count()).toBe(0);
  });

  it('lists the debriefed events', async () => {
    const db = createTestDb();
    await saveDebrief(db, 'e2', { learned: '' });
    await saveDebrief(db, 'e1', { learned: '' });
    expect(await listDebriefedEventIds(db)).toEqual(new Set(['e1', 'e2']));
  });
});
