import type { Browser } from 'wxt/browser';
import { framedBrowser } from '../browser/framed';
import type { Envelope, MessageName, ProtocolShape, Reply, RequestOf, ResponseOf } from './protocol';
import { RefusedError } from './refused';
import { checkSender, type CheckedSender, type Self, type SenderKind } from './sender';

type Sender = Browser.runtime.MessageSender;

/** One message's handler and the kinds of sender it answers; everyone else is refused. */
export interface Handler<P extends ProtocolShape, K extends MessageName<P>> {
  from: readonly SenderKind[];
  handle: (payload: RequestOf<P, K>, sender: CheckedSender) => Promise<ResponseOf<P, K>>;
}

export type Handlers<P extends ProtocolShape> = { [K in MessageName<P>]: Handler<P, K> };

function isEnvelope<P extends ProtocolShape>(message: unknown, handlers: Handlers<P>): message is Envelope<P> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    Object.hasOwn(handlers, (message as { type: string }).type)
  );
}

/** This extension, as the browser names it: the only sender we answer. */
export function ownExtension(): Self {
  return { id: framedBrowser.runtime.id, base: framedBrowser.runtime.getURL('/') };
}

function toReply(error: unknown): Reply {
  if (error instanceof RefusedError) return { ok: false, error: error.message, refused: true };
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/**
 * An `onMessage` listener that dispatches to the handler of the message's name, after checking
 * who sent it (`checkSender`: our extension, and an extension page or a content script on a
 * calendar page as the handler allows). It answers through `sendResponse` and returns true, which
 * Chromium, Firefox and the polyfill all honour; where no `sendResponse` is passed (test doubles)
 * it returns the reply's promise instead. Unknown messages get `undefined`, which leaves them to
 * other listeners.
 */
export function createRouter<P extends ProtocolShape>(handlers: Handlers<P>, self: Self = ownExtension()) {
  return (
    message: unknown,
    sender: Sender,
    sendResponse?: (reply: Reply) => void,
  ): Promise<Reply> | true | undefined => {
    if (!isEnvelope(message, handlers)) return undefined;
    const { from, handle } = handlers[message.type] as unknown as {
      from: readonly SenderKind[];
      handle: (payload: unknown, sender: CheckedSender) => Promise<unknown>;
    };
    const reply = Promise.resolve()
      .then(() => {
        const checked = checkSender(sender, self);
        if (!checked || !from.includes(checked.kind)) {
          throw new RefusedError(`${message.type} is not answered for ${checked?.kind ?? 'this sender'}`);
        }
        return handle(message.payload, checked);
      })
      .then((value): Reply => ({ ok: true, value }), toReply);
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
}
