import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db/instance';
import { createRouter } from '../../lib/messaging/router';
import { startFollowUps } from './follow-ups';
import { createHandlers } from './handlers';
import { createNewEventCap } from './new-event-cap';
import { createTabGrants } from './tab-grants';

export default defineBackground(() => {
  const grants = createTabGrants();
  const cap = createNewEventCap();
  browser.runtime.onMessage.addListener(createRouter(createHandlers(db, { grants, cap })));
  // What a tab was handed ends with the tab (onRemoved needs no `tabs` permission).
  browser.tabs.onRemoved.addListener((tabId) => {
    void grants.forget(tabId);
    cap.forget(tabId);
  });
  startFollowUps(db);
});
