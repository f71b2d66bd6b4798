import type { Page } from '@playwright/test';
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
 * Makes every look of the content script throw while `on`, from inside its own (isolated) world:
 * the adapters catch whatever the page's markup does to them, so no fixture can make a look throw.
 * The look's first step after the adapter, the snapshot's key (JSON.stringify), throws instead.
 */
async function throwingLooks(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await expect
    .poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')))
    .toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))!;
  const run = (expression: string) => cdp.send('Runtime.evaluate', { expression, contextId: world.id });
  await run(`{
    const stringify = JSON.stringify;
    JSON.stringify = function (...args) {
      if (globalThis.__throwLooks) { globalThis.__thrown = (globalThis.__thrown ?? 0) + 1; throw new Error('a look that throws'); }
      return stringify.apply(this, args);
    };
  }`);
  return {
    set: (on: boolean) => run(`globalThis.__throwLooks = ${on}`),
    thrown: async () => Number((await run('globalThis.__thrown ?? 0')).result.value),
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
