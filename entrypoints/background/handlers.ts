import type { SternstundeDB } from '../../lib/db/database';
import { getEvent, isSeenEvent, listOverriddenEvents, setOverride, upsertSeenEvent } from '../../lib/db/events';
import { getSettings } from '../../lib/db/settings';
import { sendToTab } from '../../lib/messaging/tab-client';
import type { BackgroundProtocol } from '../../lib/messaging/protocol';
import { RefusedError } from '../../lib/messaging/refused';
import type { Handlers } from '../../lib/messaging/router';
import type { CheckedSender } from '../../lib/messaging/sender';
import { parseDetection, parseOverride, parsePageTarget, parseSnapshot } from '../../lib/messaging/validate';
import { syncFollowUps } from './follow-ups';
import { createNewEventCap, type NewEventCap } from './new-event-cap';
import { openPage } from './open-page';
import { createTabGrants, type TabGrants } from './tab-grants';

/** What the handlers remember between messages (given by the tests, made fresh otherwise). */
export interface BackgroundState {
  grants: TabGrants;
  cap: NewEventCap;
}

/** Tells the calendar tab a message came from, if it came from one; a closed tab is no error. */
async function tellTab<T>(sender: CheckedSender, send: (tabId: number) => Promise<T>): Promise<void> {
  if (sender.tabId === undefined) return;
  await send(sender.tabId).catch(() => undefined);
}

/** The tab of a framed panel (an extension page inside a calendar tab). */
function framedTab(sender: CheckedSender, type: string): number {
  if (sender.tabId === undefined) throw new RefusedError(`${type} comes from the panel in a calendar tab`);
  return sender.tabId;
}

/**
 * What the background does for each message, and for whom (docs/security.md): content scripts
 * send only the page messages, and only about their own calendar and the events handed to their
 * tab; everything else is for the extension's own pages.
 */
export function createHandlers(
  db: SternstundeDB,
  { grants = createTabGrants(), cap = createNewEventCap() }: Partial<BackgroundState> = {},
): Handlers<BackgroundProtocol> {
  return {
    'page:init': {
      from: ['content-script'],
      handle: async (_payload, sender) => {
        const [settings, events] = await Promise.all([getSettings(db), listOverriddenEvents(db)]);
        return {
          includeKeywords: settings.includeKeywords,
          excludeKeywords: settings.excludeKeywords,
          // Only the decisions for the sender's own calendar app.
          overrides: events
            .filter((e) => sender.kind === 'content-script' && e.source === sender.source)
            .map((e) => ({ source: e.source, calendarKey: e.calendarKey, override: e.override! })),
        };
      },
    },
    'event:opened': {
      from: ['content-script'],
      handle: async (payload, sender) => {
        if (sender.kind !== 'content-script') throw new RefusedError('event:opened comes from a calendar tab');
        const snapshot = parseSnapshot(payload.snapshot);
        if (snapshot.source !== sender.source) {
          throw new RefusedError(`a ${sender.source} page cannot record a ${snapshot.source} event`);
        }
        if (sender.incognito && !(await getSettings(db)).privateWindows) {
          throw new RefusedError('events of private windows are not stored (see the settings)');
        }
        if (!(await isSeenEvent(db, snapshot)) && !cap.take(sender.tabId)) {
          throw new RefusedError('too many new events from this tab in a minute');
        }
        const record = await upsertSeenEvent(db, snapshot, parseDetection(payload.detection));
        const panelToken = await grants.hand(sender.tabId, record.id);
        return { eventId: record.id, override: record.override, panelToken };
      },
    },
    'panel:claim': {
      from: ['extension-page'],
      handle: async (payload, sender) => {
        const tabId = framedTab(sender, 'panel:claim');
        const granted =
          typeof payload.eventId === 'string' &&
          typeof payload.token === 'string' &&
          (await grants.claim(tabId, payload.eventId, payload.token));
        return { granted };
      },
    },
    'event:override': {
      from: ['content-script', 'extension-page'],
      handle: async (payload, sender) => {
        const override = parseOverride(payload.override);
        if (typeof payload.eventId !== 'string') throw new Error('eventId is missing');
        // A content script may decide only on the events the background recorded for its tab.
        if (sender.kind === 'content-script' && !(await grants.handed(sender.tabId, payload.eventId))) {
          throw new RefusedError('this tab was not handed that event');
        }
        const event = await getEvent(db, payload.eventId);
        if (!event) throw new Error('no such event');
        await setOverride(db, event.id, override);
        if (override) {
          await tellTab(sender, (tabId) =>
            sendToTab(tabId, 'tab:override-changed', {
              eventId: event.id,
              source: event.source,
              calendarKey: event.calendarKey,
              override,
            }),
          );
        }
        return { eventId: event.id };
      },
    },
    'follow-ups:changed': {
      from: ['extension-page'],
      handle: async () => ({ due: await syncFollowUps(db) }),
    },
    'page:open': {
      from: ['extension-page'],
      handle: async (payload) => {
        await openPage(parsePageTarget(payload));
        return null;
      },
    },
    'panel:close': {
      from: ['extension-page'],
      handle: async (_payload, sender) => {
        const tabId = framedTab(sender, 'panel:close');
        await sendToTab(tabId, 'tab:close-panel', {}).catch(() => undefined);
        return null;
      },
    },
  };
}
