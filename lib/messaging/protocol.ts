import type { EventSnapshot } from '../calendars/types';
import type { DetectionRecord, EventOverride } from '../model/records';

/**
 * The one message protocol between the content script / extension pages and the background:
 * each message name maps to its request and its reply.
 */
export interface Protocol {
  /** The content script found an opened event worth preparing: record it, return its id. */
  'event:opened': {
    request: { snapshot: EventSnapshot; detection: DetectionRecord };
    response: { eventId: string; override?: EventOverride };
  };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

/** Replies carry errors as data: a rejected promise does not cross the message channel intact. */
export type Reply<K extends MessageName = MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };
