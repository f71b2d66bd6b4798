import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { panelHash, type PanelAddress } from '../messaging/panel-address';
import { panelPageUrl } from './panel-url';
import { shieldFromPage } from './chip';
import { PANEL_WIDTH, placeFixed, type Column } from './layout';

export interface PanelHost {
  element: HTMLElement;
  /**
   * Shows the panel beside the event `identity`: its page once the event's id and panel token
   * are known (busy until then). The same event again changes nothing: what the user typed stays.
   */
  show(identity: string, address: PanelAddress | undefined): void;
  /** Takes the panel off the screen and keeps its page, for the next event opened. */
  park(): void;
}

const SHOWN = 'data-sternstunde-panel';
const PARKED = 'data-sternstunde-panel-parked';

/**
 * The panel's box beside the event, with ONE extension iframe for the page's lifetime: a new
 * event points it elsewhere by its URL fragment (a same-document navigation), so opening events
 * builds no new frame and a return to the same event keeps the panel as the user left it.
 * The iframe is an extension page (another origin): the calendar page can't read what it
 * shows. Only the event's random id and its one-time panel token travel in its URL; the panel
 * page follows `hashchange`. The iframe lives in a closed shadow root: the page's scripts find
 * the host, not the frame, so they can't read its URL (the token) or move it (docs/security.md).
 */
export function createPanelHost(): PanelHost {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;z-index:2147483000;width:${PANEL_WIDTH}px;border-radius:12px;overflow:hidden;
    box-shadow:0 4px 24px rgba(0,0,0,.28);background:Canvas;`;
  const root = host.attachShadow({ mode: 'closed' });
  shieldFromPage(host);
  // Blank is an empty fragment, not none: dropping the fragment would reload the frame.
  const fragment = (address: PanelAddress | undefined) => (address ? panelHash(address) : '#');
  // The frame loads from runtime.getURL's address (in Chrome the per-session one) and is pointed
  // at later events by the address its page then has (panel-url.ts).
  const loaded = browser.runtime.getURL('/panel.html');
  const shown = panelPageUrl();
  let frame: HTMLIFrameElement | undefined;
  /** The event the frame belongs to, and the id its page shows ('' = blank). */
  let identityShown: string | undefined;
  let idShown: string | undefined;

  function point(address: PanelAddress | undefined): void {
    const eventId = address?.eventId ?? '';
    if (!frame || idShown === eventId) return;
    idShown = eventId;
    // replace(): no entry in the tab's history (Back stays the calendar's); the frame is kept.
    const next = shown + fragment(address);
    try {
      frame.contentWindow!.location.replace(next);
    } catch {
      frame.src = next;
    }
  }

  return {
    element: host,
    show(identity, address) {
      host.removeAttribute(PARKED);
      host.setAttribute(SHOWN, '');
      host.style.display = '';
      if (!host.isConnected) document.body.append(host);
      // Another event: blank at once, so the last one's panel never shows beside it.
      if (identity !== identityShown) point(undefined);
      identityShown = identity;
      if (!address) {
        host.setAttribute('aria-busy', 'true');
        return;
      }
      if (frame) point(address);
      else {
        frame = document.createElement('iframe');
        // Final URL before insertion: changing it afterwards confuses frame tracking (see docs/browser-testing.md).
        frame.src = loaded + fragment(address);
        idShown = address.eventId;
        frame.title = t('panelFrameTitle');
        frame.style.cssText = 'display:block;width:100%;height:100%;border:0;color-scheme:normal;';
        root.append(frame);
      }
      host.removeAttribute('aria-busy');
    },
    park() {
      host.removeAttribute(SHOWN);
      host.setAttribute(PARKED, '');
      host.style.display = 'none';
    },
  };
}

/** Puts the panel below the chip in our column beside the card. */
export function placePanel(host: HTMLElement, column: Column): void {
  placeFixed(host, column.left, column.panelTop, column.panelHeight);
}
