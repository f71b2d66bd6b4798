import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAdapter } from '../../lib/calendars';
import { CALENDAR_MATCHES } from '../../lib/calendars/hosts';
import { sendMessage } from '../../lib/messaging/client';
import { createRouter } from '../../lib/messaging/router';
import type { TabProtocol } from '../../lib/messaging/protocol';
import { createController } from './controller';
import { watchPage } from './watch';

// Runs on every calendar page: stays small (no React, no Dexie) and does nothing until an
// opened event looks festive or the user decided on it.
export default defineContentScript({
  matches: [...CALENDAR_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = createAdapter(document, new URL(location.href));
    if (!adapter) return;
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
    const onVisible = () => document.visibilityState === 'visible' && void learn();
    document.addEventListener('visibilitychange', onVisible);

    const router = createRouter<TabProtocol>({
      'tab:override-changed': async (entry) => {
        controller.overrideChanged(entry);
        return null;
      },
      'tab:close-panel': async () => {
        controller.closePanel();
        return null;
      },
    });
    browser.runtime.onMessage.addListener(router);

    const stopWatching = watchPage(controller.update, { isOwnNode: controller.owns, isDetached: controller.detached });
    const onKeydown = (event: KeyboardEvent) => controller.onKeydown(event);
    document.addEventListener('keydown', onKeydown, true);
    ctx.onInvalidated(() => {
      stopWatching();
      document.removeEventListener('keydown', onKeydown, true);
      document.removeEventListener('visibilitychange', onVisible);
      browser.runtime.onMessage.removeListener(router);
      controller.dispose();
      adapter.dispose();
    });
  },
});
