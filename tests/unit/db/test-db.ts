import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SternstundeDB } from '../../../lib/db/database';

/** A fresh, isolated database per test (Dexie keeps the indexedDB it was given). */
export function createTestDb(): SternstundeDB {
  return new SternstundeDB(`test-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
