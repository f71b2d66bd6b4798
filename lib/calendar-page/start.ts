import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '../calendars/types';
import { sendMessage } from '../messaging/client';
import { createRouter } from '../messaging/router';
import type { TabProtocol } from '../messaging/protocol';
import { createController } from './controller';
import { watchPage } from './watch';

/**
 * The content script's work on a calendar page, given the page's adapter: learn the user's
 * keywords and decisions, watch the page, and show chip and panel for festive events. Runs on every
 * calendar page: stays small (no React, no Dexie) and does nothing until an opened event looks
 * festive or the user decided on it. Each calendar app has its own content script
 * (entrypoints/google.content.ts, outlook.content.ts), so a page carries only its own adapter.
 */
export function startCalendarPage(ctx: ContentScriptContext, createAdapter: (doc: Document) => CalendarAdapter): void {
  const adapter = createAdapter(document);
  const controller = createController(adapter);

  // Keywords and per-event decisions live in the extension's database: ask once, and again
  // when the tab comes back into view (they may have changed in the options or another tab).
  const learn = () =>
    sendMessage('page:init', {})
      .then((knowledge) => {
        controller.learn(knowledge);
        controller.update();
      })
      .catch(() => undefined);
  void learn();
  // ctx.addEventListener: removed by itself when the extension goes away (update, reload).
  ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && void learn());

  // Only the background (an extension page by its URL) tells the tab anything.
  const router = createRouter<TabProtocol>({
    'tab:override-changed': {
      from: ['extension-page'],
      handle: async (entry) => {
        controller.overrideChanged(entry);
        return null;
      },
    },
    'tab:close-panel': {
      from: ['extension-page'],
      handle: async () => {
        controller.closePanel();
        return null;
      },
    },
  });
  browser.runtime.onMessage.addListener(router);

  ctx.addEventListener(document, 'keydown', (event) => controller.onKeydown(event), { capture: true });
  const stopWatching = watchPage(controller.update, { isOwnNode: controller.owns, isDetached: controller.detached });
  ctx.onInvalidated(() => {
    stopWatching();
    browser.runtime.onMessage.removeListener(router);
    controller.dispose();
    adapter.dispose();
  });
}
