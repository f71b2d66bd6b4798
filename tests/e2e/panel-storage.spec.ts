import type { Frame, Page } from '@playwright/test';
import { expect, panelFrame, serveFixture, test } from './harness';

// The panel in each storage setting a browser allows for embedded pages (docs/browser-testing.md):
// with partitioning on (Chrome's default) it works in the frame; with partitioning off and
// third-party storage blocked it says so and opens the event's prep in a tab, where all works.
const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE = 'Christmas party – Lechner AG';

const panel = (page: Page) => panelFrame(page);
const goals = (p: Page | Frame) => p.getByTestId('goal-list').locator('li');
const people = (p: Page | Frame) => p.getByTestId('people-list').locator('li');

/** Goals, people and notes, as a user prepares an event. */
async function prepare(p: Page | Frame) {
  await p.getByPlaceholder('e.g. get introduced to the head of purchasing').fill('Find a fit for IT Weber');
  await p.getByRole('button', { name: 'Add goal' }).click();
  await expect(goals(p)).toHaveCount(1);
  await p.getByRole('button', { name: 'Import guests (3)' }).click();
  await expect(people(p)).toHaveCount(3);
  await p.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr. Eva Novák');
  await p.getByRole('button', { name: 'Add person', exact: true }).click();
  await expect(people(p)).toHaveCount(4);
  await p.getByRole('textbox', { name: 'Notes' }).fill('Ask Julia about the plant in Graz.');
  await expect(p.getByTestId('notes-state')).toHaveText('Saved');
}

async function expectPrepared(p: Page | Frame) {
  await expect(goals(p)).toHaveText([/Find a fit for IT Weber/]);
  await expect(people(p)).toHaveCount(4);
  await expect(people(p).filter({ hasText: 'Dr. Eva Novák' })).toHaveCount(1);
  await expect(p.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ask Julia about the plant in Graz.');
}

test.describe('panel, storage partitioned (Chrome default)', () => {
  test.use({ storage: 'partitioned' });

  test('the framed panel shows the event and keeps what is prepared', async ({ context, extensionId }) => {
    await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
    const page = await context.newPage();
    await page.goto(WEEK);
    await page.locator('[data-eventchip]', { hasText: FESTIVE }).first().click();
    const p = await panel(page);
    await expect(p.getByTestId('event-title')).toHaveText(FESTIVE);
    await expect(p.getByTestId('panel-storage-blocked')).toHaveCount(0);
    await prepare(p);
    // The same data in the popup: the framed panel uses the extension's one database.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-goals')).toContainText('Find a fit for IT Weber');
  });
});

test.describe('panel, storage partitioning off (Playwright default, enterprise policy)', () => {
  test.use({ storage: 'unpartitioned' });

  test('the framed panel says why and opens the prep in a tab, where goals, people and notes work', async ({
    context,
    extensionId,
  }) => {
    await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
    const page = await context.newPage();
    await page.goto(WEEK);
    await page.locator('[data-eventchip]', { hasText: FESTIVE }).first().click();
    const p = await panel(page);
    await expect(p.getByTestId('panel-storage-blocked')).toContainText("the sidebar can't show your prep here");
    await expect(p.getByText('Loading…')).toHaveCount(0);

    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      p.getByRole('button', { name: 'Open in a tab' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/panel\\.html#event=[^&]+$`));
    await expect(tab.getByTestId('event-title')).toHaveText(FESTIVE);
    await prepare(tab);
    await tab.reload();
    await expect(tab.getByTestId('event-title')).toHaveText(FESTIVE);
    await expectPrepared(tab);
  });
});

test.describe('persistent storage in the options', () => {
  test('the options say whether the browser granted persistent storage, as the browser reports it', async ({
    extensionPage,
  }) => {
    const options = await extensionPage('options.html');
    const granted = await options.evaluate(() => navigator.storage.persisted());
    const status = options.getByTestId('storage-persisted');
    await expect(status).toContainText(
      granted ? 'Persistent storage granted' : 'The browser has not granted persistent storage',
    );
    await expect(options.getByRole('button', { name: 'Ask the browser to keep the data' })).toHaveCount(
      granted ? 0 : 1,
    );
  });
});
