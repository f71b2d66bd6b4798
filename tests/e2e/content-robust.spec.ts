import type { Page } from '@playwright/test';
import { contentWorld } from './content-world';
import { expect, panelFrame, serveFixture, test } from './harness';

// Issue 20, "Robust content script": the watcher outlives a look that throws, and without room
// beside the event card the panel starts collapsed instead of covering the page's controls.

const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE = 'Christmas party – Lechner AG';
const SECOND = 'Year-end party Brenner & Co';

const chip = (page: Page) => page.locator('[data-sternstunde-chip]');
const panelHost = (page: Page) => page.locator('[data-sternstunde-panel]');
const eventChip = (page: Page, title: string) => page.locator('[data-opens-details]', { hasText: title }).first();

test.beforeEach(async ({ context }) => {
  await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
});

/**
 * Makes every look of the content script throw while `on`, from inside its own world: the
 * adapters catch whatever the page's markup does to them, so no fixture can make a look throw.
 * The look's first step after the adapter, the snapshot's key (JSON.stringify), throws instead.
 */
async function throwingLooks(page: Page) {
  const { evaluate: run } = await contentWorld(page);
  await run(`{
    const stringify = JSON.stringify;
    JSON.stringify = function (...args) {
      if (globalThis.__throwLooks) { globalThis.__thrown = (globalThis.__thrown ?? 0) + 1; throw new Error('a look that throws'); }
      return stringify.apply(this, args);
    };
  }`);
  return {
    set: (on: boolean) => run(`globalThis.__throwLooks = ${on}`),
    thrown: async () => Number(await run('globalThis.__thrown ?? 0')),
  };
}

test('a look that throws does not stop the watch: the next event gets its chip and panel', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(WEEK);
  const looks = await throwingLooks(page);
  await looks.set(true);
  await eventChip(page, FESTIVE).click();
  await expect(page.locator('#rAECCd')).toHaveText(FESTIVE);
  await expect.poll(looks.thrown).toBeGreaterThan(0); // the look after the click threw
  await expect(chip(page)).toHaveCount(0);

  await looks.set(false);
  await eventChip(page, SECOND).click();
  await expect(page.locator('#rAECCd')).toHaveText(SECOND);
  await expect(chip(page)).toHaveCount(1);
  await expect((await panelFrame(page)).getByTestId('event-title')).toHaveText(SECOND);
});

test('no room beside the card: the panel starts collapsed, the page stays usable, the chip opens it', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 720 });
  await page.goto(WEEK);
  await eventChip(page, FESTIVE).click();
  await expect(chip(page)).toBeVisible();
  await page.waitForTimeout(500); // the background's reply is in: the panel would show by now
  await expect(panelHost(page)).toHaveCount(0);

  // The page's controls get the pointer, not our UI (trial: Playwright's hit test, no click).
  for (const control of ['#xDetDlgCloseBu', '[jsname="lu7Sub"]', '[jsname="zuhNy"]', '[jsname="rymPhb"]']) {
    await page.locator(control).first().click({ trial: true, timeout: 2000 });
  }
  const card = (await page.locator('#xDetDlg').boundingBox())!;
  const handle = (await chip(page).boundingBox())!;
  const onCard = handle.y < card.y + card.height && card.y < handle.y + handle.height;
  expect(onCard && handle.x < card.x + card.width, JSON.stringify({ card, handle })).toBe(false);

  await chip(page).click();
  await expect((await panelFrame(page)).getByTestId('event-title')).toHaveText(FESTIVE);
  const host = (await panelHost(page).boundingBox())!;
  expect(host.x + host.width).toBeLessThanOrEqual(900);
  expect(host.y + host.height).toBeLessThanOrEqual(720);
  await chip(page).click({ trial: true }); // the handle stays reachable to close it again
  await chip(page).click();
  await expect(panelHost(page)).toHaveCount(0);
});

// Issue 20, "The panel is ours alone": what a script of the calendar page can learn of the panel.
test.describe('the panel is ours alone', () => {
  test('a page script finds no iframe, no shadow root and no panel address or token', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await eventChip(page, FESTIVE).click();
    const frame = await panelFrame(page);
    await expect(frame.getByTestId('event-title')).toHaveText(FESTIVE);
    expect(frame.url()).toMatch(/#event=[^&]+&token=.+/); // the address does carry a token …

    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-sternstunde-panel]');
      const iframes = [...document.querySelectorAll('*')].flatMap((el) => [
        ...(el.shadowRoot?.querySelectorAll('iframe') ?? []),
      ]);
      let href: string | null = null;
      try {
        href = window.frames[0]!.location.href;
      } catch {
        href = null; // cross-origin: not readable
      }
      const frames = window.length; // a shadow tree's frames are not the document's
      const everything = document.documentElement.outerHTML + JSON.stringify(performance.getEntries());
      return {
        host: host !== null,
        iframes: document.querySelectorAll('iframe').length + iframes.length,
        shadowRoot: host?.shadowRoot ?? null,
        href,
        frames,
        leaked: /token=|panel\.html/.test(everything),
      };
    });
    // … that the page can't see anywhere.
    expect(seen).toEqual({ host: true, iframes: 0, shadowRoot: null, href: null, frames: 0, leaked: false });
  });

  // use_dynamic_url (wxt.config.ts): Chromium 156 still loads the content script's frame at the
  // address runtime.getURL gives it, and blocks the same address framed by the page itself; without
  // the key the page's frame shows the panel page (its neutral message). See docs/security.md.
  test("Chrome: the content script's panel loads; the page framing panel.html itself is blocked", async ({
    context,
    extensionId,
    errors,
  }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await eventChip(page, FESTIVE).click();
    const frame = await panelFrame(page);
    await expect(frame.getByTestId('event-title')).toHaveText(FESTIVE);
    // The content script frames the per-session address; Chrome serves it at the extension's origin.
    const given = String(await (await contentWorld(page)).evaluate("chrome.runtime.getURL('/panel.html')"));
    expect(new URL(given).host).not.toBe(extensionId);
    expect(new URL(frame.url()).host).toBe(extensionId);

    // The page guesses the address (the extension's id is public: store listing, other leaks).
    await page.evaluate((url) => {
      const guess = document.createElement('iframe');
      guess.src = url;
      document.body.append(guess);
    }, `chrome-extension://${extensionId}/panel.html#event=x&token=y`);
    await expect.poll(() => page.frames().length).toBe(3);
    const guessed = page.frames().find((f) => f !== frame && f !== page.mainFrame())!;
    await expect.poll(() => guessed.url()).toBe('chrome-error://chromewebdata/');
    await expect(guessed.getByText('This panel shows only beside an event')).toHaveCount(0);
    // Chromium says so on the page's console: that one error is expected here.
    const denied = errors.findIndex((e) => e.includes(`Denying load of chrome-extension://${extensionId}/panel.html`));
    expect(denied).toBeGreaterThanOrEqual(0);
    errors.splice(denied, 1);
  });
});
