/**
 * One-time tokens for the framed panel: the background hands one to a calendar tab with each
 * event it records, the content script puts it in the panel frame's URL, and the panel page
 * claims it before it shows anything. A page that frames the panel itself has no token.
 */
export interface PanelTokens {
  /** A fresh token for this tab and this event. */
  issue(tabId: number, eventId: string): string;
  /** True once for a token issued to this tab for this event; the token is spent. */
  claim(tabId: number, eventId: string, token: string): boolean;
}

export function createPanelTokens(): PanelTokens {
  const issued = new Map<string, { tabId: number; eventId: string }>();
  return {
    issue(tabId, eventId) {
      const token = crypto.randomUUID();
      issued.set(token, { tabId, eventId });
      return token;
    },
    claim(tabId, eventId, token) {
      const entry = issued.get(token);
      if (!entry || entry.tabId !== tabId || entry.eventId !== eventId) return false;
      issued.delete(token);
      return true;
    },
  };
}
