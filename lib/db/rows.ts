import type { Table } from 'dexie';
import type { Stored } from '../model/contact';

/** Adds a row with a fresh id and timestamps; returns the stored row. */
export async function insertRow<T extends Stored>(table: Table<T, string>, data: Omit<T, keyof Stored>): Promise<T> {
  const now = new Date().toISOString();
  const row = { ...data, id: crypto.randomUUID(), createdAt: now, updatedAt: now } as T;
  await table.add(row);
  return row;
}

/** Changes some fields of a row and its `updatedAt`; fails when the row is gone. */
export async function patchRow<T extends Stored>(
  table: Table<T, string>,
  id: string,
  changes: Partial<Omit<T, keyof Stored>>,
): Promise<void> {
  const count = await table
    .where(':id')
    .equals(id)
    .modify((row: T) => {
      Object.assign(row, changes, { updatedAt: new Date().toISOString() });
    });
  if (count === 0) throw new Error(`No row ${id} in ${table.name}`);
}
