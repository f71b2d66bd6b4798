import { browser } from 'wxt/browser';
import { unwrap } from './client';
import type { MessageName, Reply, RequestOf, ResponseOf, TabProtocol } from './protocol';

/** Sends a message to the content script of one tab (background only: pages framed in a tab have no `tabs`). */
export async function sendToTab<K extends MessageName<TabProtocol>>(
  tabId: number,
  type: K,
  payload: RequestOf<TabProtocol, K>,
): Promise<ResponseOf<TabProtocol, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<ResponseOf<TabProtocol, K>>;
  return unwrap(reply, type);
}
