import { browser } from 'wxt/browser';

/**
 * What the background handed to each calendar tab: the ids of the events it recorded for that
 * tab's content script (the only ones that script may override), and one-time panel tokens (the
 * content script puts one in the panel frame's URL; the panel page claims it before it shows
 * anything, so a page that frames the panel itself gets nothing).
 *
 * Kept in `storage.session` (memory only, never on disk, not readable by content scripts): the MV3
 * service worker sleeps after 30 s idle and would forget an in-memory grant while the user still
 * looks at the event.
 */
export interface TabGrants {
  /** Records that `eventId` was handed to `tabId` and returns a fresh panel token for it. */
  hand(tabId: number, eventId: string): Promise<string>;
  /** Whether `eventId` was handed to `tabId`. */
  handed(tabId: number, eventId: string): Promise<boolean>;
  /** True once for a token handed to this tab for this event; the token is spent. */
  claim(tabId: number, eventId: string, token: string): Promise<boolean>;
  /** Forgets a closed tab. */
  forget(tabId: number): Promise<void>;
}

/** The part of `storage.session` we use (a map in tests or where the browser has none). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface TabEntry {
  /** Handed event ids, oldest first. */
  events: string[];
  /** Unclaimed tokens → their event id. */
  tokens: Record<string, string>;
}

/** A tab opens few events; these keep a long-open calendar tab's entry small. */
const MAX_EVENTS = 200;
const MAX_TOKENS = 20;

export function memorySession(): SessionArea {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => map.set(k, v)),
    remove: async (key) => void map.delete(key),
  };
}

function browserSession(): SessionArea {
  const session = browser.storage?.session;
  return session ?? memorySession();
}

export function createTabGrants(area: SessionArea = browserSession()): TabGrants {
  const keyOf = (tabId: number) => `grants:${tabId}`;
  // One change at a time: two messages from one tab must not overwrite each other's grant.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (tabId: number): Promise<TabEntry> => {
    const entry = (await area.get(keyOf(tabId)))[keyOf(tabId)] as TabEntry | undefined;
    return entry ?? { events: [], tokens: {} };
  };
  const write = (tabId: number, entry: TabEntry) => area.set({ [keyOf(tabId)]: entry });

  return {
    hand: (tabId, eventId) =>
      serial(async () => {
        const entry = await read(tabId);
        const events = [...entry.events.filter((id) => id !== eventId), eventId].slice(-MAX_EVENTS);
        const token = crypto.randomUUID();
        const tokens = Object.fromEntries([...Object.entries(entry.tokens), [token, eventId]].slice(-MAX_TOKENS));
        await write(tabId, { events, tokens });
        return token;
      }),
    handed: (tabId, eventId) => serial(async () => (await read(tabId)).events.includes(eventId)),
    claim: (tabId, eventId, token) =>
      serial(async () => {
        const entry = await read(tabId);
        if (!Object.hasOwn(entry.tokens, token) || entry.tokens[token] !== eventId) return false;
        const tokens = { ...entry.tokens };
        delete tokens[token];
        await write(tabId, { ...entry, tokens });
        return true;
      }),
    forget: (tabId) => serial(() => area.remove(keyOf(tabId))),
  };
}
