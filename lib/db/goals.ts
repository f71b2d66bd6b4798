import type { Goal } from '../model/records';
import type { SternstundeDB } from './database';
import { insertRow, patchRow } from './rows';

/** Adds a goal at the end of the event's list. */
export async function addGoal(db: SternstundeDB, eventId: string, text: string, target?: number): Promise<Goal> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A goal needs a text');
  return db.transaction('rw', db.goals, async () => {
    const order = await db.goals.where('eventId').equals(eventId).count();
    return insertRow(db.goals, { eventId, text: trimmed, target, done: false, order });
  });
}

/** The event's goals in the user's order. */
export async function listGoals(db: SternstundeDB, eventId: string): Promise<Goal[]> {
  const goals = await db.goals.where('eventId').equals(eventId).toArray();
  return goals.sort((a, b) => a.order - b.order);
}

/** All goals, most recently changed first. */
export function listAllGoals(db: SternstundeDB): Promise<Goal[]> {
  return db.goals.orderBy('updatedAt').reverse().toArray();
}

export function updateGoal(
  db: SternstundeDB,
  id: string,
  changes: Partial<Pick<Goal, 'text' | 'target' | 'done'>>,
): Promise<void> {
  return patchRow(db.goals, id, changes);
}

/** Deletes a goal and returns it, so the caller can offer undo. */
export async function deleteGoal(db: SternstundeDB, id: string): Promise<Goal | undefined> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    await db.goals.delete(id);
    return goal;
  });
}

/** Puts a deleted goal back as it was. */
export async function restoreGoal(db: SternstundeDB, goal: Goal): Promise<void> {
  await db.goals.put(goal);
}

/** Moves a goal one place up (-1) or down (+1) in its event's list. */
export async function moveGoal(db: SternstundeDB, eventId: string, id: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goals = await listGoals(db, eventId);
    const from = goals.findIndex((g) => g.id === id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= goals.length) return;
    const [moved] = goals.splice(from, 1);
    goals.splice(to, 0, moved!);
    const now = new Date().toISOString();
    await Promise.all(
      goals.map((g, order) => (g.order === order ? null : db.goals.update(g.id, { order, updatedAt: now }))),
    );
  });
}
