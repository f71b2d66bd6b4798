import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { createTabGrants, memorySession } from '../../../../entrypoints/background/tab-grants';

describe('tab grants', () => {
  it('survive the background going to sleep: a new instance reads them from session storage', async () => {
    const before = createTabGrants();
    const token = await before.hand(7, 'e1');
    const after = createTabGrants();
    expect(await after.handed(7, 'e1')).toBe(true);
    expect(await after.claim(7, 'e1', token)).toBe(true);
    expect(await browser.storage.session.get('grants:7')).toMatchObject({ 'grants:7': { events: ['e1'] } });
  });

  it('are per tab, and end with the tab', async () => {
    const grants = createTabGrants(memorySession());
    const token = await grants.hand(7, 'e1');
    expect(await grants.handed(8, 'e1')).toBe(false);
    expect(await grants.claim(8, 'e1', token)).toBe(false);
    await grants.forget(7);
    expect(await grants.handed(7, 'e1')).toBe(false);
    expect(await grants.claim(7, 'e1', token)).toBe(false);
  });

  it('keep every grant of messages sent at once', async () => {
    const grants = createTabGrants(memorySession());
    const ids = Array.from({ length: 10 }, (_, i) => `e${i}`);
    const tokens = await Promise.all(ids.map((id) => grants.hand(7, id)));
    for (const [i, id] of ids.entries()) {
      expect(await grants.handed(7, id)).toBe(true);
      expect(await grants.claim(7, id, tokens[i]!)).toBe(true);
    }
  });
});
