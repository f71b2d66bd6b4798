import { defineContentScript } from 'wxt/utils/define-content-script';
import { CALENDAR_MATCHES } from '../../lib/calendars/hosts';
import { createAdapter } from '../../lib/calendars';
import { createController } from './controller';
import { watchPage } from './watch';

// Runs on every calendar page: stays small (no React, no Dexie) and does nothing until an
// opened event looks festive.
export default defineContentScript({
  matches: [...CALENDAR_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = createAdapter(document, new URL(location.href));
    if (!adapter) return;
    const controller = createController(adapter);
    const stopWatching = watchPage(controller.update, controller.owns);
    const onKeydown = (event: KeyboardEvent) => controller.onKeydown(event);
    document.addEventListener('keydown', onKeydown, true);
    ctx.onInvalidated(() => {
      stopWatching();
      document.removeEventListener('keydown', onKeydown, true);
      controller.dispose();
      adapter.dispose();
    });
  },
});
