import { datedFileName } from '../lib/data/file-name';
import { backupToJson, createBackup } from '../lib/db/backup';
import { db } from '../lib/db/instance';
import { downloadFile } from './download';

/** Saves a backup of everything as a dated JSON file; returns the file's name. */
export async function downloadBackup(): Promise<string> {
  const name = datedFileName('backup', 'json');
  downloadFile(backupToJson(await createBackup(db)), name, 'application/json');
  return name;
}
