import type { Browser } from 'wxt/browser';
import type { SternstundeDB } from '../../lib/db/database';
import { getEvent, listOverriddenEvents, setOverride, upsertSeenEvent } from '../../lib/db/events';
import { getSettings } from '../../lib/db/settings';
import { sendToTab } from '../../lib/messaging/tab-client';
import type { BackgroundProtocol } from '../../lib/messaging/protocol';
import type { Handlers } from '../../lib/messaging/router';
import { parseDetection, parseOverride, parsePageTarget, parseSnapshot } from '../../lib/messaging/validate';
import { syncFollowUps } from './follow-ups';
import { openPage } from './open-page';
import { createPanelTokens } from './panel-tokens';

type Sender = Browser.runtime.MessageSender;

/** Tells the calendar tab a message came from, if it came from one; a closed tab is no error. */
async function tellTab<T>(sender: Sender, send: (tabId: number) => Promise<T>): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  await send(tabId).catch(() => undefined);
}

/** What the background does for each message. */
export function createHandlers(db: SternstundeDB): Handlers<BackgroundProtocol> {
  const tokens = createPanelTokens();
  return {
    'page:init': async () => {
      const [settings, events] = await Promise.all([getSettings(db), listOverriddenEvents(db)]);
      return {
        includeKeywords: settings.includeKeywords,
        excludeKeywords: settings.excludeKeywords,
        overrides: events.map((e) => ({ source: e.source, calendarKey: e.calendarKey, override: e.override! })),
      };
    },
    'event:opened': async (payload, sender) => {
      const record = await upsertSeenEvent(db, parseSnapshot(payload.snapshot), parseDetection(payload.detection));
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('event:opened comes from a calendar tab');
      return { eventId: record.id, override: record.override, panelToken: tokens.issue(tabId, record.id) };
    },
    'panel:claim': async (payload, sender) => {
      const tabId = sender.tab?.id;
      const granted =
        tabId !== undefined &&
        typeof payload.eventId === 'string' &&
        typeof payload.token === 'string' &&
        tokens.claim(tabId, payload.eventId, payload.token);
      return { granted };
    },
    'event:override': async (payload, sender) => {
      const override = parseOverride(payload.override);
      await setOverride(db, payload.eventId, override);
      const event = await getEvent(db, payload.eventId);
      if (event && override) {
        await tellTab(sender, (tabId) =>
          sendToTab(tabId, 'tab:override-changed', {
            eventId: event.id,
            source: event.source,
            calendarKey: event.calendarKey,
            override,
          }),
        );
      }
      return { eventId: payload.eventId };
    },
    'follow-ups:changed': async () => ({ due: await syncFollowUps(db) }),
    'page:open': async (payload) => {
      await openPage(parsePageTarget(payload));
      return null;
    },
    'panel:close': async (_payload, sender) => {
      await tellTab(sender, (tabId) => sendToTab(tabId, 'tab:close-panel', {}));
      return null;
    },
  };
}
