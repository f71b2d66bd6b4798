/**
 * The panel page's URL fragment: which event it shows and the one-time token the background
 * issued to the calendar tab for that event (see docs/security.md). The content script writes it,
 * the panel page reads it; nothing else travels in the panel's address.
 *
 * A panel opened in its own tab (not framed) carries no token: a top-level page can't be
 * clickjacked, and the background checks who asks.
 */
export interface PanelAddress {
  eventId: string;
  token?: string;
}

/** What a fragment asks the panel to show: nothing yet, an event, or something we didn't write. */
export type PanelHashReading = { kind: 'blank' } | ({ kind: 'event' } & PanelAddress) | { kind: 'malformed' };

const MAX_PART = 1_000;

/** The fragment (with its `#`) for an event, with its token when framed. */
export function panelHash(address: PanelAddress): string {
  const params = new URLSearchParams({ event: address.eventId });
  if (address.token) params.set('token', address.token);
  return `#${params.toString()}`;
}

/** Reads a fragment as `location.hash` gives it; never throws. */
export function readPanelHash(hash: string): PanelHashReading {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body) return { kind: 'blank' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return { kind: 'malformed' };
  }
  const keys = [...params.keys()];
  const eventId = params.get('event');
  const token = params.get('token') ?? undefined;
  const known = keys.every((k) => k === 'event' || k === 'token') && new Set(keys).size === keys.length;
  if (!known || !eventId || eventId.length > MAX_PART || (token !== undefined && (!token || token.length > MAX_PART)))
    return { kind: 'malformed' };
  return token === undefined ? { kind: 'event', eventId } : { kind: 'event', eventId, token };
}
