import type { Browser } from 'wxt/browser';
import type { Envelope, MessageName, ProtocolShape, Reply, RequestOf, ResponseOf } from './protocol';

type Sender = Browser.runtime.MessageSender;

export type Handlers<P extends ProtocolShape> = {
  [K in MessageName<P>]: (payload: RequestOf<P, K>, sender: Sender) => Promise<ResponseOf<P, K>>;
};

function isEnvelope<P extends ProtocolShape>(message: unknown, handlers: Handlers<P>): message is Envelope<P> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    Object.hasOwn(handlers, (message as { type: string }).type)
  );
}

/**
 * An `onMessage` listener that dispatches to the handler of the message's name. It answers
 * through `sendResponse` and returns true, which Chromium, Firefox and the polyfill all honour;
 * where no `sendResponse` is passed (test doubles) it returns the reply's promise instead.
 * Unknown messages get `undefined`, which leaves them to other listeners.
 */
export function createRouter<P extends ProtocolShape>(handlers: Handlers<P>) {
  return (
    message: unknown,
    sender: Sender,
    sendResponse?: (reply: Reply) => void,
  ): Promise<Reply> | true | undefined => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, sender: Sender) => Promise<unknown>;
    const reply = Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value): Reply => ({ ok: true, value }),
        (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
}
