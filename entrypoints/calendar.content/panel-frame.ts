import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { shieldFromPage } from './chip';

const WIDTH = 380;
const GAP = 8;

/**
 * The host of the panel iframe. The iframe is an extension page (another origin): the
 * calendar page can't read what it shows. Only the event's random id travels in its URL.
 */
export function createPanelFrame(eventId: string): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-sternstunde-panel', '');
  host.style.cssText = `position:fixed;z-index:2147483000;width:${WIDTH}px;border-radius:12px;overflow:hidden;
    box-shadow:0 4px 24px rgba(0,0,0,.28);background:Canvas;`;
  const frame = document.createElement('iframe');
  // Final URL before insertion: changing it afterwards confuses frame tracking (see browser-testing.md).
  frame.src = `${browser.runtime.getURL('/panel.html')}#${encodeURIComponent(eventId)}`;
  frame.title = t('panelFrameTitle');
  frame.style.cssText = 'display:block;width:100%;height:100%;border:0;color-scheme:normal;';
  host.append(frame);
  shieldFromPage(host);
  return host;
}

/** Places the panel beside the event card, on the side with room, within the viewport. */
export function dockBeside(host: HTMLElement, card: Element): void {
  const rect = card.getBoundingClientRect();
  const height = Math.min(640, window.innerHeight - 2 * GAP);
  let left = rect.right + GAP;
  if (left + WIDTH > window.innerWidth - GAP) left = rect.left - GAP - WIDTH;
  if (left < GAP) left = window.innerWidth - GAP - WIDTH;
  const top = Math.min(Math.max(GAP, rect.top), window.innerHeight - GAP - height);
  host.style.left = `${Math.max(GAP, left)}px`;
  host.style.top = `${top}px`;
  host.style.height = `${height}px`;
}
