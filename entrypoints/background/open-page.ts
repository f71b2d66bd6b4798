import { browser } from 'wxt/browser';
import { panelHash } from '../../lib/messaging/panel-address';
import { panelPageUrl } from '../../lib/calendar-page/panel-url';
import type { PageTarget } from '../../lib/messaging/protocol';

/** The popup page's address for a debrief or a contact (its hash routes, see components/popup/route.ts). */
function popupUrl(target: Extract<PageTarget, { page: 'debrief' | 'contact' }>): string {
  const hash =
    target.page === 'debrief'
      ? `#debrief=${encodeURIComponent(target.eventId)}`
      : `#contact=${encodeURIComponent(target.contactId)}`;
  return `${browser.runtime.getURL('/popup.html')}${hash}`;
}

/**
 * Opens an extension page for the user: the settings where the browser keeps them (Firefox:
 * the add-ons manager, Chromium: the extensions page), a debrief, a contact or an event's prep in a new tab.
 */
export async function openPage(target: PageTarget): Promise<void> {
  if (target.page === 'options') await browser.runtime.openOptionsPage();
  else if (target.page === 'prep')
    await browser.tabs.create({ url: `${panelPageUrl()}${panelHash({ eventId: target.eventId })}` });
  else await browser.tabs.create({ url: popupUrl(target) });
}
