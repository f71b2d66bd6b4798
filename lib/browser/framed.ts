import { browser } from 'wxt/browser';

/**
 * The browser API of an extension page framed inside a web page. Firefox gives such a page (our
 * panel, framed beside the calendar event) only the content-script API set: `tabs`,
 * `runtime.openOptionsPage` and most others are undefined there (docs/firefox.md). Chromium gives
 * it everything, so Chromium alone would never show a call outside this set failing.
 *
 * The panel's code reaches the browser only through this object (an import rule enforces it);
 * anything beyond messaging and UI strings it asks the background for.
 */
export interface FramedBrowser {
  runtime: Pick<typeof browser.runtime, 'sendMessage' | 'id' | 'getURL'>;
  i18n: Pick<typeof browser.i18n, 'getMessage' | 'getUILanguage'>;
}

export const framedBrowser: FramedBrowser = browser;
