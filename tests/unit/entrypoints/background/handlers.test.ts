import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../../entrypoints/background/handlers';
import { createNewEventCap } from '../../../../entrypoints/background/new-event-cap';
import { createTabGrants, memorySession } from '../../../../entrypoints/background/tab-grants';
import { getEvent } from '../../../../lib/db/events';
import { updateSettings } from '../../../../lib/db/settings';
import type { CheckedSender } from '../../../../lib/messaging/sender';
import { snapshot } from '../../db/snapshot';
import { createTestDb } from '../../db/test-db';

const detection = { match: true, score: 0.9, reasons: ['Title mentions a Christmas party'] };
const google: CheckedSender = { kind: 'content-script', tabId: 7, source: 'google', incognito: false };
const outlook: CheckedSender = { kind: 'content-script', tabId: 8, source: 'outlook', incognito: false };
const panelIn7: CheckedSender = { kind: 'extension-page', tabId: 7, incognito: false };
const popup: CheckedSender = { kind: 'extension-page', incognito: false };

function setUp() {
  const db = createTestDb();
  const handlers = createHandlers(db, { grants: createTabGrants(memorySession()), cap: createNewEventCap(3) });
  const open = (from: CheckedSender, overrides: Parameters<typeof snapshot>[0] = {}) =>
    handlers['event:opened'].handle({ snapshot: snapshot(overrides), detection }, from);
  return { db, handlers, open };
}

describe('event:opened', () => {
  it('records the event and hands the tab its id and a panel token', async () => {
    const { db, open } = setUp();
    const reply = await open(google);
    expect((await getEvent(db, reply.eventId))?.title).toBe('Weihnachtsfeier Lechner AG');
    expect(reply.panelToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a malformed snapshot and caps hostile sizes', async () => {
    const { db, open } = setUp();
    await expect(open(google, { source: 'evil' as 'google' })).rejects.toThrow('snapshot.source');
    expect(await db.events.count()).toBe(0);
    const huge = 'x'.repeat(1_000_000);
    const stored = await getEvent(db, (await open(google, { description: huge, title: huge })).eventId);
    expect(stored?.description?.length).toBe(20_000);
    expect(stored?.title.length).toBe(2_000);
  });

  it("refuses an event of the other calendar app: a Google page can't write an Outlook event", async () => {
    const { db, open } = setUp();
    const stored = await open(outlook, { source: 'outlook', title: 'Jahresabschluss' });
    await expect(open(google, { source: 'outlook', title: 'overwritten' })).rejects.toThrow(/Refused: a google page/);
    expect((await getEvent(db, stored.eventId))?.title).toBe('Jahresabschluss');
  });

  it('stores nothing from a private window unless the user allowed it', async () => {
    const { db, open } = setUp();
    const privateTab = { ...google, incognito: true };
    await expect(open(privateTab)).rejects.toThrow(/Refused: events of private windows/);
    expect(await db.events.count()).toBe(0);
    await updateSettings(db, { privateWindows: true });
    await open(privateTab);
    expect(await db.events.count()).toBe(1);
  });

  it('caps the new events one tab records per minute; updates of stored ones go on', async () => {
    const { db, open } = setUp();
    for (const id of ['a', 'b', 'c']) await open(google, { calendarId: id });
    await expect(open(google, { calendarId: 'd' })).rejects.toThrow(/Refused: too many new events/);
    await open(google, { calendarId: 'a', title: 'Weihnachtsfeier (verschoben)' });
    await open(outlook, { source: 'outlook', calendarId: 'e' });
    expect(await db.events.count()).toBe(4);
  });
});

describe('page:init', () => {
  it("gives a content script the keywords and only its own calendar's decisions", async () => {
    const { db, handlers, open } = setUp();
    await updateSettings(db, { includeKeywords: ['Kundenabend'] });
    const g = await open(google);
    const o = await open(outlook, { source: 'outlook', calendarId: 'xyz' });
    await handlers['event:override'].handle({ eventId: g.eventId, override: 'dismiss' }, google);
    await handlers['event:override'].handle({ eventId: o.eventId, override: 'prepare' }, outlook);
    expect(await handlers['page:init'].handle({}, google)).toEqual({
      includeKeywords: ['Kundenabend'],
      excludeKeywords: [],
      overrides: [{ source: 'google', calendarKey: 'abc123', override: 'dismiss' }],
    });
    expect((await handlers['page:init'].handle({}, outlook)).overrides).toEqual([
      { source: 'outlook', calendarKey: 'xyz', override: 'prepare' },
    ]);
    await handlers['event:override'].handle({ eventId: g.eventId, override: null }, google);
    expect((await handlers['page:init'].handle({}, google)).overrides).toEqual([]);
  });
});

describe('event:override', () => {
  it('a content script decides only on events handed to its tab; extension pages on any', async () => {
    const { db, handlers, open } = setUp();
    const o = await open(outlook, { source: 'outlook' });
    await expect(
      handlers['event:override'].handle({ eventId: o.eventId, override: 'dismiss' }, google),
    ).rejects.toThrow(/Refused: this tab was not handed/);
    expect((await getEvent(db, o.eventId))?.override).toBeUndefined();
    await handlers['event:override'].handle({ eventId: o.eventId, override: 'dismiss' }, popup);
    expect((await getEvent(db, o.eventId))?.override).toBe('dismiss');
  });

  it('rejects an unknown override and an unknown event', async () => {
    const { handlers } = setUp();
    await expect(
      handlers['event:override'].handle({ eventId: 'x', override: 'delete' as 'dismiss' }, popup),
    ).rejects.toThrow('override must be');
    await expect(handlers['event:override'].handle({ eventId: 'x', override: 'dismiss' }, popup)).rejects.toThrow(
      'no such event',
    );
  });

  it('tells the calendar tab about an override set from its panel, and asks it to close the panel', async () => {
    const { handlers, open } = setUp();
    const toTab = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    const reply = await open(google);
    await handlers['event:override'].handle({ eventId: reply.eventId, override: 'dismiss' }, panelIn7);
    expect(toTab).toHaveBeenCalledWith(7, {
      type: 'tab:override-changed',
      payload: { eventId: reply.eventId, source: 'google', calendarKey: 'abc123', override: 'dismiss' },
    });
    await handlers['panel:close'].handle({}, panelIn7);
    expect(toTab).toHaveBeenLastCalledWith(7, { type: 'tab:close-panel', payload: {} });
    toTab.mockRestore();
  });
});

describe('panel:claim', () => {
  it("grants the framed panel its tab's token for that event once; nothing else", async () => {
    const { handlers, open } = setUp();
    const { eventId, panelToken } = await open(google);
    const claim = (token: string, id = eventId, from = panelIn7) =>
      handlers['panel:claim'].handle({ eventId: id, token }, from);
    expect(await claim('made-up')).toEqual({ granted: false });
    expect(await claim(panelToken, 'another-event')).toEqual({ granted: false });
    expect(await claim(panelToken, eventId, { ...panelIn7, tabId: 99 })).toEqual({ granted: false });
    expect(await claim(panelToken)).toEqual({ granted: true });
    expect(await claim(panelToken)).toEqual({ granted: false });
  });
});

describe('page:open', () => {
  it('opens the settings, a debrief or a contact for the panel, which cannot in Firefox', async () => {
    const { handlers } = setUp();
    const options = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const tabs = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await handlers['page:open'].handle({ page: 'options' }, popup);
    expect(options).toHaveBeenCalledOnce();
    await handlers['page:open'].handle({ page: 'debrief', eventId: 'ev/1 #2' }, popup);
    expect(tabs).toHaveBeenLastCalledWith({ url: browser.runtime.getURL('/popup.html#debrief=ev%2F1%20%232') });
    await handlers['page:open'].handle({ page: 'contact', contactId: 'c1' }, popup);
    expect(tabs).toHaveBeenLastCalledWith({ url: browser.runtime.getURL('/popup.html#contact=c1') });
    expect(tabs).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  it('opens no page for a malformed target', async () => {
    const { handlers } = setUp();
    const tabs = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    for (const target of [{ page: 'debrief' }, { page: 'contact', contactId: 3 }, { page: 'file:///etc' }, null]) {
      await expect(handlers['page:open'].handle(target as never, popup)).rejects.toThrow(/page target/);
    }
    expect(tabs).not.toHaveBeenCalled();
    tabs.mockRestore();
  });
});
