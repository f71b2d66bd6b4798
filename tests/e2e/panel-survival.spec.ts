import type { Frame, Page } from '@playwright/test';
import { expect, panelFrame, serveFixture, test } from './harness';

// The panel survives the page: a tab switch, the tab coming back into view, focus changes and
// other events opened in between neither reload it nor undo the user's choice to close it.
const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE = 'Christmas party – Lechner AG';
const SECOND = 'Year-end party Brenner & Co';
const ORDINARY = 'Team meeting';
const GOAL = 'e.g. get introduced to the head of purchasing';

const chip = (page: Page) => page.locator('[data-sternstunde-chip]');
const panelHost = (page: Page) => page.locator('[data-sternstunde-panel]');
const panel = (page: Page) => panelFrame(page);
const openEvent = async (page: Page, title: string) => {
  await page.locator('[data-opens-details]', { hasText: title }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#rAECCd')).toHaveText(title);
};

/** The panel's document, in the frame tree (the page can't reach it: a closed shadow root). */
const panelDocument = (page: Page): Promise<Frame> => panelFrame(page);

/** Marks the panel's document and its iframe element: a reload or a new frame loses the mark. */
async function mark(page: Page): Promise<void> {
  const frame = await panelDocument(page);
  await frame.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  await (await frame.frameElement()).evaluate((el) => ((el as unknown as { kept: boolean }).kept = true));
}
async function stillMarked(page: Page): Promise<{ document: boolean; element: boolean; frames: number }> {
  const frame = await panelDocument(page);
  const document_ = await frame.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);
  const element = await (
    await frame.frameElement()
  ).evaluate((el) => (el as unknown as { kept?: boolean }).kept === true);
  return { document: document_, element, frames: page.frames().length - 1 };
}

/** What a user's tab switch does to the page: hidden, blurred, then visible and focused again. */
async function switchTabAndBack(page: Page): Promise<void> {
  const other = await page.context().newPage();
  await other.goto('about:blank');
  await other.bringToFront();
  await page.evaluate(() => {
    window.dispatchEvent(new Event('blur'));
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.bringToFront();
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
  });
  await other.close();
  // The content script asks the background for keywords again on visibilitychange; let it answer.
  await page.waitForTimeout(500);
}

test.describe('the panel survives the page', () => {
  test.beforeEach(async ({ context }) => {
    await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
  });

  test('a half-typed goal is still there after a tab switch; the panel did not reload', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await openEvent(page, FESTIVE);
    await expect((await panel(page)).getByTestId('event-title')).toHaveText(FESTIVE);
    await (await panel(page)).getByPlaceholder(GOAL).fill('Ask Julia about the plant');
    await mark(page);

    await switchTabAndBack(page);
    await switchTabAndBack(page);
    await expect((await panel(page)).getByPlaceholder(GOAL)).toHaveValue('Ask Julia about the plant');
    expect(await stillMarked(page)).toEqual({ document: true, element: true, frames: 1 });
  });

  test('a panel the user closed stays closed after a tab switch and when the event is opened again', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await openEvent(page, FESTIVE);
    await expect((await panel(page)).getByTestId('event-title')).toBeVisible();
    await chip(page).click();
    await expect(panelHost(page)).toHaveCount(0);

    await switchTabAndBack(page);
    await expect(chip(page)).toHaveCount(1);
    await expect(panelHost(page)).toHaveCount(0);

    await page.locator('#xDetDlgCloseBu').click();
    await expect(chip(page)).toHaveCount(0);
    await openEvent(page, FESTIVE);
    await expect(chip(page)).toHaveCount(1);
    await page.waitForTimeout(500); // the background has answered: the panel would be showing by now
    await expect(panelHost(page)).toHaveCount(0);

    await chip(page).click(); // opened again by the user: the same panel, not a new one
    await expect((await panel(page)).getByTestId('event-title')).toHaveText(FESTIVE);
  });

  test('one frame for every event opened: pointed at the next one, the same again unchanged', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    const historyLength = await page.evaluate(() => history.length);
    await openEvent(page, FESTIVE);
    await expect((await panel(page)).getByTestId('event-title')).toHaveText(FESTIVE);
    await mark(page);

    await openEvent(page, ORDINARY);
    await expect(panelHost(page)).toHaveCount(0);
    await openEvent(page, SECOND);
    await expect((await panel(page)).getByTestId('event-title')).toHaveText(SECOND); // the frame tree still sees it
    expect(await stillMarked(page)).toEqual({ document: true, element: true, frames: 1 });

    await (await panel(page)).getByPlaceholder(GOAL).fill('Meet Karl');
    await page.locator('#xDetDlgCloseBu').click();
    await expect(panelHost(page)).toHaveCount(0);
    await openEvent(page, SECOND);
    await expect((await panel(page)).getByPlaceholder(GOAL)).toHaveValue('Meet Karl');
    await openEvent(page, FESTIVE);
    await expect((await panel(page)).getByTestId('event-title')).toHaveText(FESTIVE);
    await expect((await panel(page)).getByPlaceholder(GOAL)).toHaveValue(''); // another event's draft is not carried over
    expect(await stillMarked(page)).toEqual({ document: true, element: true, frames: 1 });
    // Pointing the frame elsewhere adds nothing to the tab's history: Back stays the calendar's.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
});
