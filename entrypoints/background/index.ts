import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db/instance';
import { createRouter } from '../../lib/messaging/router';
import { startFollowUps } from './follow-ups';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRouter(createHandlers(db)));
  startFollowUps(db);
});
