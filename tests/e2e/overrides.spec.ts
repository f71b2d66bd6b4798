import type { Page } from '@playwright/test';
import { expect, panelFrame, serveFixture, test } from './harness';

const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE = 'Christmas party – Lechner AG';
const ORDINARY = 'Team meeting';

const chip = (page: Page) => page.locator('[data-sternstunde-chip]');
const panelHost = (page: Page) => page.locator('[data-sternstunde-panel]');
const panel = (page: Page) => panelFrame(page);
const openEvent = (page: Page, title: string) => page.locator('[data-eventchip]', { hasText: title }).first().click();

test.beforeEach(async ({ context }) => {
  await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
});

test('"not a networking party" hides the panel for good; "prepare anyway" brings it back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(WEEK);
  await openEvent(page, FESTIVE);
  await (await panel(page)).getByText('Why this event').click();
  await expect((await panel(page)).getByTestId('why-reasons').locator('li').first()).toBeVisible();
  await (await panel(page)).getByRole('button', { name: 'Not a networking party' }).click();
  await expect(panelHost(page)).toHaveCount(0);
  await expect(chip(page)).toHaveAttribute('data-sternstunde-chip', 'dismissed');

  // The decision is stored: after a reload the event only offers "prepare anyway".
  await page.reload();
  await openEvent(page, FESTIVE);
  await expect(chip(page)).toHaveAttribute('data-sternstunde-chip', 'dismissed');
  await page.waitForTimeout(300);
  await expect(panelHost(page)).toHaveCount(0);

  await chip(page).click();
  await expect((await panel(page)).getByTestId('event-title')).toHaveText(FESTIVE);
  await expect(chip(page)).toHaveAttribute('data-sternstunde-chip', 'prepared');
  await (await panel(page)).getByText('Why this event').click();
  await expect((await panel(page)).getByText('You chose to prepare this event.')).toBeVisible();
});

test('keywords from the options: exclude one festive event, include an ordinary one', async ({
  context,
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await options.getByLabel('Always prepare events whose title contains').fill('team meeting');
  await options.getByLabel('Never prepare events that contain').fill('Lechner');
  await options.getByLabel('Try a title').fill('Christmas party – Lechner AG');
  await expect(options.getByTestId('detect-verdict')).toContainText('Would not be prepared');
  await options.getByRole('button', { name: 'Save keywords' }).click();
  await expect(options.getByText('Saved.', { exact: false })).toBeVisible();

  const page = await context.newPage();
  await page.goto(WEEK);
  await openEvent(page, FESTIVE);
  await expect(page.locator('#rAECCd')).toHaveText(FESTIVE);
  await page.waitForTimeout(300);
  await expect(panelHost(page)).toHaveCount(0);

  await openEvent(page, ORDINARY);
  await expect((await panel(page)).getByTestId('event-title')).toHaveText(ORDINARY);
});
