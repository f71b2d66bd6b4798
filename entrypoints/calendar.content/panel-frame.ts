import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { shieldFromPage } from './chip';
import { PANEL_WIDTH, placeFixed, type Column } from './layout';

export interface PanelHost {
  element: HTMLElement;
  /** Puts the panel page in, once the event has its id; later calls do nothing. */
  load(eventId: string): void;
}

/**
 * The panel's box beside the event. It shows as soon as the event is found festive, before the
 * background has stored it: the page inside follows when the id is known. The iframe is an
 * extension page (another origin): the calendar page can't read what it shows. Only the
 * event's random id travels in its URL.
 */
export function createPanelHost(): PanelHost {
  const host = document.createElement('div');
  host.setAttribute('data-sternstunde-panel', '');
  host.setAttribute('aria-busy', 'true');
  host.style.cssText = `position:fixed;z-index:2147483000;width:${PANEL_WIDTH}px;border-radius:12px;overflow:hidden;
    box-shadow:0 4px 24px rgba(0,0,0,.28);background:Canvas;`;
  shieldFromPage(host);
  let loaded = false;
  return {
    element: host,
    load(eventId) {
      if (loaded) return;
      loaded = true;
      const frame = document.createElement('iframe');
      // Final URL before insertion: changing it afterwards confuses frame tracking (see browser-testing.md).
      frame.src = `${browser.runtime.getURL('/panel.html')}#${encodeURIComponent(eventId)}`;
      frame.title = t('panelFrameTitle');
      frame.style.cssText = 'display:block;width:100%;height:100%;border:0;color-scheme:normal;';
      host.append(frame);
      host.removeAttribute('aria-busy');
    },
  };
}

/** Puts the panel below the chip in our column beside the card. */
export function placePanel(host: HTMLElement, column: Column): void {
  placeFixed(host, column.left, column.panelTop, column.panelHeight);
}
