import { browser } from 'wxt/browser';
import type { BackgroundProtocol, MessageName, Reply, RequestOf, ResponseOf, TabProtocol } from './protocol';

function unwrap<T>(reply: Reply<T> | undefined, type: string): T {
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends a message to the background and returns its reply; throws the handler's error. */
export async function sendMessage<K extends MessageName<BackgroundProtocol>>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseOf<BackgroundProtocol, K>>;
  return unwrap(reply, type);
}

/** Sends a message to the content script of one tab. */
export async function sendToTab<K extends MessageName<TabProtocol>>(
  tabId: number,
  type: K,
  payload: RequestOf<TabProtocol, K>,
): Promise<ResponseOf<TabProtocol, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<ResponseOf<TabProtocol, K>>;
  return unwrap(reply, type);
}
