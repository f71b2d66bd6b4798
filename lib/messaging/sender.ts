import type { Browser } from 'wxt/browser';
import { sourceOfUrl } from '../calendars/hosts';
import type { CalendarSource } from '../calendars/types';

/**
 * Who sent a message to the background. An extension page (popup, options, capture, the panel in a
 * tab or framed in a calendar page) runs in our origin; a content script runs in a calendar page.
 */
export type SenderKind = 'extension-page' | 'content-script';

/** A sender the router has checked: what each handler may rely on. */
export type CheckedSender =
  | { kind: 'extension-page'; tabId?: number; incognito: boolean }
  | {
      kind: 'content-script';
      tabId: number;
      /** The calendar app of the page the content script runs in (from the sender's URL, not the message). */
      source: CalendarSource;
      incognito: boolean;
    };

/** The extension's own identity, as `runtime.id` and `runtime.getURL('/')` give it. */
export interface Self {
  id: string;
  /** The root of the extension's pages, e.g. `chrome-extension://abc/`: its scheme names our pages. */
  base: string;
}

/**
 * What kind of sender `sender` is, or undefined for anyone else: another extension, a web page
 * through `externally_connectable` (we declare none), or a content script on a page that is not a
 * calendar (our content scripts run only there; a sender claiming otherwise is not ours).
 * The URL is the one the browser puts in the sender, never what the message says.
 */
export function checkSender(sender: Browser.runtime.MessageSender, self: Self): CheckedSender | undefined {
  if (sender.id !== self.id) return undefined;
  const incognito = sender.tab?.incognito === true;
  const url = sender.url ?? '';
  // Our pages by the extension scheme, not the host: with `use_dynamic_url` Chrome serves the
  // framed panel under a per-session id, the other pages under the static one.
  if (url.startsWith(new URL(self.base).protocol)) {
    return { kind: 'extension-page', ...(sender.tab?.id !== undefined && { tabId: sender.tab.id }), incognito };
  }
  const tabId = sender.tab?.id;
  // Content scripts run in the top frame only (no all_frames): a subframe is not ours.
  if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return undefined;
  const source = sourceOfUrl(url);
  if (!source) return undefined;
  return { kind: 'content-script', tabId, source, incognito };
}
