import { describe, expect, it } from 'vitest';
import { addGoal, deleteGoal, listAllGoals, listGoals, moveGoal, restoreGoal, updateGoal } from '../../../lib/db/goals';
import { createTestDb } from './test-db';

describe('goals', () => {
  it('adds goals in order and lists them per event', async () => {
    const db = createTestDb();
    await addGoal(db, 'e1', '  Talk to 3 people I do not know  ', 3);
    await addGoal(db, 'e1', 'Get introduced to the head of purchasing');
    await addGoal(db, 'e2', 'Reconnect with Anna');
    const goals = await listGoals(db, 'e1');
    expect(goals.map((g) => [g.text, g.order, g.done, g.target])).toEqual([
      ['Talk to 3 people I do not know', 0, false, 3],
      ['Get introduced to the head of purchasing', 1, false, undefined],
    ]);
    expect(await listAllGoals(db)).toHaveLength(3);
  });

  it('rejects an empty goal and stores nothing', async () => {
    const db = createTestDb();
    await expect(addGoal(db, 'e1', '   ')).rejects.toThrow('A goal needs a text');
    expect(await db.goals.count()).toBe(0);
  });

  it('ticks a goal off and updates its timestamp', async () => {
    const db = createTestDb();
    const goal = await addGoal(db, 'e1', 'Talk to 3 people');
    await new Promise((r) => setTimeout(r, 2));
    await updateGoal(db, goal.id, { done: true });
    const [after] = await listGoals(db, 'e1');
    expect(after?.done).toBe(true);
    expect(after && after.updatedAt > goal.updatedAt).toBe(true);
  });

  it('deletes with undo', async () => {
    const db = createTestDb();
    const goal = await addGoal(db, 'e1', 'Talk to 3 people');
    const deleted = await deleteGoal(db, goal.id);
    expect(await listGoals(db, 'e1')).toEqual([]);
    await restoreGoal(db, deleted!);
    expect(await listGoals(db, 'e1')).toEqual([goal]);
  });
});

describe('reordering goals', () => {
  it('moves a goal up and down, ignoring moves past the ends', async () => {
    const db = createTestDb();
    const a = await addGoal(db, 'e1', 'A');
    await addGoal(db, 'e1', 'B');
    const c = await addGoal(db, 'e1', 'C');
    await moveGoal(db, 'e1', c.id, -1);
    expect((await listGoals(db, 'e1')).map((g) => g.text)).toEqual(['A', 'C', 'B']);
    await moveGoal(db, 'e1', a.id, -1);
    await moveGoal(db, 'e1', a.id, 1);
    expect((await listGoals(db, 'e1')).map((g) => [g.text, g.order])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
  });
});
