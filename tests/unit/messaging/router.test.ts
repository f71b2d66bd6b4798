import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { getEvent } from '../../../lib/db/events';
import { sendMessage } from '../../../lib/messaging/client';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { snapshot } from '../db/snapshot';
import { createTestDb } from '../db/test-db';

const detection = { match: true, score: 0.9, reasons: ['Title mentions a Christmas party'] };

describe('message router', () => {
  it('routes a message to its handler and returns the reply', async () => {
    const db = createTestDb();
    browser.runtime.onMessage.addListener(createRouter(createHandlers(db)));
    const reply = await sendMessage('event:opened', { snapshot: snapshot(), detection });
    expect(reply.override).toBeUndefined();
    expect((await getEvent(db, reply.eventId))?.title).toBe('Weihnachtsfeier Lechner AG');
  });

  it("carries a handler's error to the sender", async () => {
    const handlers: Handlers = {
      'event:opened': () => Promise.reject(new Error('disk full')),
    };
    browser.runtime.onMessage.addListener(createRouter(handlers));
    await expect(sendMessage('event:opened', { snapshot: snapshot(), detection })).rejects.toThrow('disk full');
  });

  it('rejects a malformed snapshot without storing it', async () => {
    const db = createTestDb();
    browser.runtime.onMessage.addListener(createRouter(createHandlers(db)));
    const bad = { ...snapshot(), source: 'evil' } as unknown as ReturnType<typeof snapshot>;
    await expect(sendMessage('event:opened', { snapshot: bad, detection })).rejects.toThrow('snapshot.source');
    expect(await db.events.count()).toBe(0);
  });

  it('caps hostile sizes', async () => {
    const db = createTestDb();
    browser.runtime.onMessage.addListener(createRouter(createHandlers(db)));
    const huge = 'x'.repeat(1_000_000);
    const reply = await sendMessage('event:opened', { snapshot: snapshot({ description: huge, title: huge }), detection });
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
});
