import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOutlookAdapter } from '../lib/calendars/outlook';
import { OUTLOOK_MATCHES } from '../lib/calendars/hosts';
import { startCalendarPage } from '../lib/calendar-page/start';

// Outlook on the web only: the Google adapter stays out of this page's script.
export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startCalendarPage(ctx, createOutlookAdapter),
});
