import type { CalendarSource, EventSnapshot } from '../calendars/types';
import type { DetectionRecord, EventOverride } from '../model/records';

/** A protocol maps each message name to its request and its reply. */
export type ProtocolShape = Record<string, { request: unknown; response: unknown }>;

/** The user's decision for one event, as the content script looks it up. */
export interface OverrideEntry {
  source: CalendarSource;
  calendarKey: string;
  override: EventOverride;
}

/**
 * An extension page to open for the user: the settings, the debrief of an event, a contact.
 * Pages framed in a web page (the panel) cannot open pages themselves in Firefox.
 */
export type PageTarget =
  | { page: 'options' }
  | { page: 'debrief'; eventId: string }
  | { page: 'contact'; contactId: string }
  /** The prep panel of an event in a tab of its own (where the framed panel can't reach the database). */
  | { page: 'prep'; eventId: string };

/** Messages to the background, from the content script and the extension pages. */
export type BackgroundProtocol = {
  /** The content script starts on a calendar page: what it needs to decide without asking again. */
  'page:init': {
    request: Record<string, never>;
    response: { includeKeywords: string[]; excludeKeywords: string[]; overrides: OverrideEntry[] };
  };
  /** The content script found an opened event worth preparing: record it, return its id. */
  'event:opened': {
    request: { snapshot: EventSnapshot; detection: DetectionRecord };
    /** `panelToken`: one-time, for this tab and this event; the panel frame's URL carries it. */
    response: { eventId: string; override?: EventOverride; panelToken: string };
  };
  /** The framed panel shows an event only if the token in its URL is the one issued to its tab. */
  'panel:claim': {
    request: { eventId: string; token: string };
    response: { granted: boolean };
  };
  /** The user overrides the detector for one event; the calendar tab it came from is told. */
  'event:override': {
    request: { eventId: string; override: EventOverride | null };
    response: { eventId: string };
  };
  /** Contacts' follow-ups changed (added, rescheduled, done): reschedule reminders, update the badge. */
  'follow-ups:changed': {
    request: Record<string, never>;
    response: { due: number };
  };
  /** Open an extension page (the panel's "Open settings", "Start the debrief"). */
  'page:open': {
    request: PageTarget;
    response: null;
  };
  /** The panel asks to be closed (Esc, close button). */
  'panel:close': {
    request: Record<string, never>;
    response: null;
  };
};

/** Messages from the background to the content script of one calendar tab. */
export type TabProtocol = {
  'tab:override-changed': { request: OverrideEntry & { eventId: string }; response: null };
  'tab:close-panel': { request: Record<string, never>; response: null };
};

export type MessageName<P extends ProtocolShape> = keyof P & string;
export type RequestOf<P extends ProtocolShape, K extends keyof P> = P[K]['request'];
export type ResponseOf<P extends ProtocolShape, K extends keyof P> = P[K]['response'];

export interface Envelope<P extends ProtocolShape, K extends MessageName<P> = MessageName<P>> {
  type: K;
  payload: RequestOf<P, K>;
}

/**
 * Replies carry errors as data: a rejected promise does not cross the message channel intact.
 * `refused`: the receiver would not answer this sender (a RefusedError on the sender's side).
 */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string; refused?: true };
