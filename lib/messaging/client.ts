import { framedBrowser } from '../browser/framed';
import { RefusedError } from './refused';
import type { BackgroundProtocol, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/** A reply's value; throws the handler's error (a RefusedError for a refusal), or when no one answered. */
export function unwrap<T>(reply: Reply<T> | undefined, type: string): T {
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok && reply.refused) throw new RefusedError(reply.error.replace(/^Refused: /, ''));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends a message to the background and returns its reply; throws the handler's error. */
export async function sendMessage<K extends MessageName<BackgroundProtocol>>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const reply = (await framedBrowser.runtime.sendMessage({ type, payload })) as Reply<
    ResponseOf<BackgroundProtocol, K>
  >;
  return unwrap(reply, type);
}
