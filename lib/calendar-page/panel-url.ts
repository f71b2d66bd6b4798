import { browser } from 'wxt/browser';

/**
 * panel.html's address at the extension's own origin, as a tab or a loaded frame has it.
 *
 * In Chrome the panel's web-accessible entry has `use_dynamic_url` (wxt.config.ts): there
 * `runtime.getURL('/panel.html')` gives a per-session host that a page can't guess. Chromium
 * (156, checked 2026-12-04) loads a frame from it at the extension's own origin, but a tab opened
 * at it shows an error page; and a frame pointed at the next event must name the address its page
 * has, or it is a new document (a reload). Elsewhere (Firefox) the two addresses are one.
 * See docs/security.md.
 */
export function panelPageUrl(): string {
  const given = browser.runtime.getURL('/panel.html');
  return given.startsWith('chrome-extension:') ? `chrome-extension://${browser.runtime.id}/panel.html` : given;
}
