import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { getEvent } from '../../../lib/db/events';
import { updateSettings } from '../../../lib/db/settings';
import { sendMessage } from '../../../lib/messaging/client';
import type { BackgroundProtocol } from '../../../lib/messaging/protocol';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { snapshot } from '../db/snapshot';
import { createTestDb } from '../db/test-db';

/** The fake browser sends with an empty sender: these messages come from a calendar tab. */
function listenAsCalendarTab(router: ReturnType<typeof createRouter>) {
  browser.runtime.onMessage.addListener((message: unknown, sender: object, reply?: Parameters<ReturnType<typeof createRouter>>[2]) =>
    router(message, { ...sender, tab: { id: 1 } } as never, reply),
  );
}

const detection = { match: true, score: 0.9, reasons: ['Title mentions a Christmas party'] };

describe('message router', () => {
  it('routes a message to its handler and returns the reply', async () => {
    const db = createTestDb();
    listenAsCalendarTab(createRouter(createHandlers(db)));
    const reply = await sendMessage('event:opened', { snapshot: snapshot(), detection });
    expect(reply.override).toBeUndefined();
    expect((await getEvent(db, reply.eventId))?.title).toBe('Weihnachtsfeier Lechner AG');
  });

  it("carries a handler's error to the sender", async () => {
    const handlers: Handlers<BackgroundProtocol> = {
      ...createHandlers(createTestDb()),
      'event:opened': () => Promise.reject(new Error('disk full')),
    };
    browser.runtime.onMessage.addListener(createRouter(handlers));
    await expect(sendMessage('event:opened', { snapshot: snapshot(), detection })).rejects.toThrow('disk full');
  });

  it('rejects a malformed snapshot without storing it', async () => {
    const db = createTestDb();
    listenAsCalendarTab(createRouter(createHandlers(db)));
    const bad = { ...snapshot(), source: 'evil' } as unknown as ReturnType<typeof snapshot>;
    await expect(sendMessage('event:opened', { snapshot: bad, detection })).rejects.toThrow('snapshot.source');
    expect(await db.events.count()).toBe(0);
  });

  it('caps hostile sizes', async () => {
    const db = createTestDb();
    listenAsCalendarTab(createRouter(createHandlers(db)));
    const huge = 'x'.repeat(1_000_000);
    const reply = await sendMessage('event:opened', {
      snapshot: snapshot({ description: huge, title: huge }),
      detection,
    });
    const stored = await getEvent(db, reply.eventId);
    expect(stored?.description?.length).toBe(20_000);
    expect(stored?.title.length).toBe(2_000);
  });

  it('leaves unknown messages to other listeners', () => {
    const router = createRouter(createHandlers(createTestDb()));
    expect(router({ type: 'nope' }, {})).toBeUndefined();
    expect(router('text', {})).toBeUndefined();
    expect(router({ type: 'toString' }, {})).toBeUndefined();
  });

  it('gives the content script keywords and overrides at start', async () => {
    const db = createTestDb();
    listenAsCalendarTab(createRouter(createHandlers(db)));
    await updateSettings(db, { includeKeywords: ['Kundenabend'] });
    const { eventId } = await sendMessage('event:opened', { snapshot: snapshot(), detection });
    await sendMessage('event:override', { eventId, override: 'dismiss' });
    expect(await sendMessage('page:init', {})).toEqual({
      includeKeywords: ['Kundenabend'],
      excludeKeywords: [],
      overrides: [{ source: 'google', calendarKey: 'abc123', override: 'dismiss' }],
    });
    await sendMessage('event:override', { eventId, override: null });
    expect((await sendMessage('page:init', {})).overrides).toEqual([]);
  });

  it('tells the calendar tab about an override set from its panel, and asks it to close the panel', async () => {
    const db = createTestDb();
    const handlers = createHandlers(db);
    const toTab = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    const reply = await handlers['event:opened']({ snapshot: snapshot(), detection }, { tab: { id: 7 } } as never);
    const fromPanel = { tab: { id: 7 } } as Parameters<(typeof handlers)['panel:close']>[1];
    await handlers['event:override']({ eventId: reply.eventId, override: 'dismiss' }, fromPanel);
    expect(toTab).toHaveBeenCalledWith(7, {
      type: 'tab:override-changed',
      payload: { eventId: reply.eventId, source: 'google', calendarKey: 'abc123', override: 'dismiss' },
    });
    await handlers['panel:close']({}, fromPanel);
    expect(toTab).toHaveBeenLastCalledWith(7, { type: 'tab:close-panel', payload: {} });
    toTab.mockRestore();
  });

  it('opens the settings, a debrief or a contact for the panel, which cannot in Firefox', async () => {
    const handlers = createHandlers(createTestDb());
    const options = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const tabs = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await handlers['page:open']({ page: 'options' }, {});
    expect(options).toHaveBeenCalledOnce();
    await handlers['page:open']({ page: 'debrief', eventId: 'ev/1 #2' }, {});
    expect(tabs).toHaveBeenLastCalledWith({ url: browser.runtime.getURL('/popup.html#debrief=ev%2F1%20%232') });
    await handlers['page:open']({ page: 'contact', contactId: 'c1' }, {});
    expect(tabs).toHaveBeenLastCalledWith({ url: browser.runtime.getURL('/popup.html#contact=c1') });
    expect(tabs).toHaveBeenCalledTimes(2);
    options.mockRestore();
    tabs.mockRestore();
  });

  it('opens no page for a malformed target', async () => {
    const handlers = createHandlers(createTestDb());
    const tabs = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    for (const target of [{ page: 'debrief' }, { page: 'contact', contactId: 3 }, { page: 'file:///etc' }, null]) {
      await expect(handlers['page:open'](target as never, {})).rejects.toThrow(/page target/);
    }
    expect(tabs).not.toHaveBeenCalled();
    tabs.mockRestore();
  });

  it('rejects an unknown override', async () => {
    const handlers = createHandlers(createTestDb());
    await expect(handlers['event:override']({ eventId: 'x', override: 'delete' as 'dismiss' }, {})).rejects.toThrow(
      'override must be',
    );
  });
});

describe('message router with a native sendResponse', () => {
  it('answers through sendResponse and keeps the channel open', async () => {
    const router = createRouter(createHandlers(createTestDb()));
    const replies: unknown[] = [];
    const result = router({ type: 'page:init', payload: {} }, {}, (reply) => replies.push(reply));
    expect(result).toBe(true);
    await expect
      .poll(() => replies)
      .toEqual([{ ok: true, value: { includeKeywords: [], excludeKeywords: [], overrides: [] } }]);
  });
});
