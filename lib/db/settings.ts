import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../model/settings';
import type { SternstundeDB } from './database';

/** All settings, defaults filled in for those never changed. */
export async function getSettings(db: SternstundeDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (Object.hasOwn(DEFAULT_SETTINGS, row.key)) Object.assign(settings, { [row.key]: row.value });
  }
  return settings;
}

export async function updateSettings(db: SternstundeDB, changes: Partial<Settings>): Promise<void> {
  const rows = (Object.keys(changes) as SettingKey[]).map((key) => ({
    key,
    value: changes[key] as Settings[SettingKey],
  }));
  await db.settings.bulkPut(rows);
}
