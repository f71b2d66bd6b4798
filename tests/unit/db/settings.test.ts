import { describe, expect, it } from 'vitest';
import { getSettings, updateSettings } from '../../../lib/db/settings';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { createTestDb } from './test-db';

describe('settings', () => {
  it('gives defaults, then the changed values', async () => {
    const db = createTestDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(db, { includeKeywords: ['Kundenabend'], followUpHours: 24 });
    await updateSettings(db, { excludeKeywords: ['Probe'] });
    expect(await getSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      includeKeywords: ['Kundenabend'],
      excludeKeywords: ['Probe'],
      followUpHours: 24,
    });
  });

  it('ignores rows of settings that no longer exist', async () => {
    const db = createTestDb();
    await db.settings.put({ key: 'retired' as 'followUpHours', value: 1 });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
