import type { Frame, Page } from '@playwright/test';

const PANEL_URL = /^chrome-extension:\/\/[^/]+\/panel\.html(#|$)/;

/**
 * The panel's page in a calendar page, reached through Playwright's frame tree: the page itself
 * can't reach it (the panel host keeps its iframe in a closed shadow root, docs/security.md), and
 * neither can CSS selectors or `frameLocator`. One frame serves a page's lifetime (a new event
 * changes its fragment): call this again after a reload. Its locators wait as a frameLocator's do.
 * Free of the test runner, so the bench and the demo use it too.
 */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => !f.isDetached() && PANEL_URL.test(f.url()));
    if (frame) return frame;
    if (Date.now() > until) throw new Error('no panel frame in the calendar page');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
