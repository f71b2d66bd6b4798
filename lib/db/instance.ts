import { SternstundeDB } from './database';

/** The extension's database. Import only from extension pages and the background, never the content script. */
export const db = new SternstundeDB();

/** Asks the browser not to evict our data under storage pressure; harmless when refused. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
