import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { expect, vi } from 'vitest';

// Small waits and queries over puppeteer-core, which has no auto-waiting locators: every check
// is retried until it holds, as the Chromium suite's `expect(locator)` does.

type Scope = Page | Frame;
const TIMEOUT = 10_000;

/** Retries `check` until it stops throwing and returns its value; page content arrives asynchronously. */
export function eventually<T>(check: () => Promise<T> | T, timeout = TIMEOUT): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 100 });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first element matching `selector` whose text contains `text` (or matches it), once there. */
export async function byText(scope: Scope, selector: string, text: string | RegExp): Promise<ElementHandle<Element>> {
  const { source, flags } = typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text;
  const handle = await scope.waitForFunction(
    (sel: string, src: string, fl: string) =>
      [...document.querySelectorAll(sel)].find((e) => new RegExp(src, fl).test(e.textContent ?? '')),
    { timeout: TIMEOUT },
    selector,
    source,
    flags,
  );
  return handle as ElementHandle<Element>;
}

/** The element matching `selector`, once there. */
export async function element(scope: Scope, selector: string): Promise<ElementHandle<Element>> {
  const handle = await scope.waitForSelector(selector, { timeout: TIMEOUT });
  if (!handle) throw new Error(`${selector} did not appear`);
  return handle;
}

/** The text of every element matching `selector`. */
export function texts(scope: Scope, selector: string): Promise<string[]> {
  return scope.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** Waits until the elements matching `selector` are exactly `count`. */
export function expectCount(scope: Scope, selector: string, count: number): Promise<void> {
  return eventually(async () => expect(await texts(scope, selector)).toHaveLength(count));
}

/** Waits until the text of `selector` matches. */
export function expectText(scope: Scope, selector: string, text: string | RegExp): Promise<void> {
  return eventually(async () => {
    const [shown] = await texts(scope, selector);
    if (typeof text === 'string') expect(shown).toBe(text);
    else expect(shown).toMatch(text);
  });
}

/** Types into a field (clicking it first), as a user would. */
export async function typeInto(scope: Scope, selector: string, text: string): Promise<void> {
  const field = await element(scope, selector);
  await field.click();
  await field.type(text);
}

/**
 * The panel's frame once it shows the event `title`. The page can't reach the iframe (the panel
 * host keeps it in a closed shadow root), so it is found in the frame tree: over BiDi the frame
 * reports `about:blank` as its address, so every child frame is asked for the event's title. It
 * is looked up afresh on every try because the content script may replace the frame.
 */
export function panelShowing(page: Page, title: string | RegExp): Promise<Frame> {
  return eventually(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.detached) continue;
      const [shown] = await texts(frame, '[data-testid="event-title"]').catch(() => []);
      if (shown === undefined) continue;
      if (typeof title === 'string') expect(shown).toBe(title);
      else expect(shown).toMatch(title);
      return frame;
    }
    throw new Error('no panel frame');
  });
}

/** Chip and panel host in the calendar page: how many of each there are. */
export async function injected(page: Page): Promise<{ chips: number; panels: number }> {
  return page.evaluate(() => ({
    chips: document.querySelectorAll('[data-sternstunde-chip]').length,
    panels: document.querySelectorAll('[data-sternstunde-panel]').length,
  }));
}
