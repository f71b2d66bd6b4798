import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../entrypoints/background/handlers';
import type { BackgroundProtocol, Reply } from '../../../lib/messaging/protocol';
import { sendMessage } from '../../../lib/messaging/client';
import { RefusedError } from '../../../lib/messaging/refused';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { snapshot } from '../db/snapshot';
import { createTestDb } from '../db/test-db';
import { sender, senders, type SenderName } from './senders';

const detection = { match: true, score: 0.9, reasons: ['Title mentions a Christmas party'] };

/** Sends one message through the router as `name`; the reply as the sender would get it. */
function ask(router: ReturnType<typeof createRouter>, type: string, payload: unknown, name: SenderName) {
  return router({ type, payload }, sender(name)) as Promise<Reply>;
}

describe('message router', () => {
  it('routes a message to its handler and carries its error to the sender', async () => {
    const handlers: Handlers<BackgroundProtocol> = {
      ...createHandlers(createTestDb()),
      'follow-ups:changed': { from: ['extension-page'], handle: () => Promise.reject(new Error('disk full')) },
    };
    const router = createRouter(handlers);
    expect(await ask(router, 'page:init', {}, 'googleTab')).toEqual({
      ok: true,
      value: { includeKeywords: [], excludeKeywords: [], overrides: [] },
    });
    expect(await ask(router, 'follow-ups:changed', {}, 'popup')).toEqual({ ok: false, error: 'disk full' });
  });

  it('leaves unknown messages to other listeners', () => {
    const router = createRouter(createHandlers(createTestDb()));
    expect(router({ type: 'nope' }, sender('popup'))).toBeUndefined();
    expect(router('text', sender('popup'))).toBeUndefined();
    expect(router({ type: 'toString' }, sender('popup'))).toBeUndefined();
  });

  it('answers through a native sendResponse and keeps the channel open', async () => {
    const router = createRouter(createHandlers(createTestDb()));
    const replies: unknown[] = [];
    expect(router({ type: 'page:init', payload: {} }, sender('googleTab'), (reply) => replies.push(reply))).toBe(true);
    await expect.poll(() => replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ ok: true });
  });

  it('a refusal reaches the sender as a RefusedError', async () => {
    const router = createRouter(createHandlers(createTestDb()));
    browser.runtime.onMessage.addListener((message: unknown) => router(message, sender('otherSite')));
    const sent = sendMessage('page:init', {});
    await expect(sent).rejects.toBeInstanceOf(RefusedError);
    await expect(sendMessage('page:init', {})).rejects.toThrow(/^Refused: page:init/);
  });
});

/**
 * Each message × each kind of sender: who is answered, who is refused. An answer may still be an
 * error of the handler's (a malformed payload); a refusal is the router's or the handler's "not
 * for you" and changes nothing.
 */
describe('who may send what', () => {
  const allowed: Record<keyof BackgroundProtocol, SenderName[]> = {
    'page:init': ['googleTab', 'outlookTab', 'privateGoogleTab'],
    'event:opened': ['googleTab'],
    'panel:claim': ['framedPanel'],
    // Content scripts only for the events handed to their tab (none here): pages only.
    'event:override': ['popup', 'framedPanel'],
    'follow-ups:changed': ['popup', 'framedPanel'],
    'page:open': ['popup', 'framedPanel'],
    'panel:close': ['framedPanel'],
  };
  const payloads: Record<keyof BackgroundProtocol, unknown> = {
    'page:init': {},
    // A Google event: only the Google tab may record it (not Outlook, not a private window by default).
    'event:opened': { snapshot: snapshot(), detection },
    'panel:claim': { eventId: 'e1', token: 't' },
    'event:override': { eventId: 'e1', override: 'dismiss' },
    'follow-ups:changed': {},
    'page:open': { page: 'options' },
    'panel:close': {},
  };

  for (const type of Object.keys(allowed) as (keyof BackgroundProtocol)[]) {
    it(`${type}: answered for ${allowed[type].join(', ')}; refused for every other sender`, async () => {
      vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
      vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
      const router = createRouter(createHandlers(createTestDb()));
      for (const name of Object.keys(senders) as SenderName[]) {
        const reply = await ask(router, type, payloads[type], name);
        const refused = !reply.ok && reply.refused === true;
        expect(refused, `${type} from ${name}: ${JSON.stringify(reply)}`).toBe(!allowed[type].includes(name));
      }
      vi.restoreAllMocks();
    });
  }
});
