import { defineContentScript } from 'wxt/utils/define-content-script';
import { createGoogleAdapter } from '../lib/calendars/google';
import { GOOGLE_MATCHES } from '../lib/calendars/hosts';
import { startCalendarPage } from '../lib/calendar-page/start';

// Google Calendar only: the Outlook adapter stays out of this page's script.
export default defineContentScript({
  matches: [...GOOGLE_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startCalendarPage(ctx, createGoogleAdapter),
});
