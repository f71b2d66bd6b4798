import { browser } from 'wxt/browser';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/** Sends a protocol message to the background and returns its reply; throws the handler's error. */
export async function sendMessage<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
