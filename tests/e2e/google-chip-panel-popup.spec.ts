import { expect, panelFrame, serveFixture, test } from './harness';

const WEEK_URL = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/7';

test('a festive event in Google Calendar gets the chip and the panel; a goal set there shows in the popup', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  await serveFixture(context, 'https://calendar.google.com', 'google/calendar-2026-10.en.html');
  const page = await context.newPage();
  await page.goto(WEEK_URL);
  expect(extensionId).toMatch(/^[a-p]{32}$/);

  await page.locator('[data-eventchip]', { hasText: 'Christmas party' }).first().click();
  await expect(page.locator('[data-sternstunde-chip]')).toHaveCount(1);
  const host = page.locator('[data-sternstunde-panel]');
  await expect(host).toBeVisible();

  const panel = await panelFrame(page);
  await expect(panel.getByTestId('event-title')).toHaveText(/Christmas party/);
  await panel
    .getByPlaceholder('e.g. get introduced to the head of purchasing')
    .fill('Talk to 3 people I do not know yet');
  await panel.getByRole('button', { name: 'Add goal' }).click();
  await expect(panel.getByTestId('goal-list')).toContainText('Talk to 3 people I do not know yet');

  const popup = await extensionPage('popup.html');
  await expect(popup.getByTestId('popup-goals')).toContainText('Talk to 3 people I do not know yet');
});

test('an ordinary event gets neither chip nor panel', async ({ context }) => {
  await serveFixture(context, 'https://calendar.google.com', 'google/calendar-2026-10.en.html');
  const page = await context.newPage();
  await page.goto(WEEK_URL);
  await page.locator('[data-eventchip]', { hasText: 'Team meeting' }).first().click();
  await expect(page.locator('#xDetDlg')).toBeVisible();
  // Give the content script a few frames to (not) react.
  await page.waitForTimeout(300);
  await expect(page.locator('[data-sternstunde-chip]')).toHaveCount(0);
  await expect(page.locator('[data-sternstunde-panel]')).toHaveCount(0);
});
