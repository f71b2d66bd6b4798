import type { Page } from '@playwright/test';
import { expect, panelFrame, serveFixture, test } from './harness';

const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;

const UI = {
  en: {
    fixture: 'google/calendar-2026-10.en.html',
    festive: 'Christmas party – Lechner AG',
    when: /Thu, Dec 10, 2026, 6:00\sPM – 11:00\sPM/,
    second: 'Year-end party Brenner & Co',
    ordinary: 'Team meeting',
    newYear: "New Year's reception – Chamber of Commerce",
    newYearWhen: /Sat, Jan 2, 2027, 11:00\sAM/,
    views: { day: 'Day', month: 'Month', agenda: 'Schedule' },
  },
  de: {
    fixture: 'google/calendar-2026-10.de.html',
    festive: 'Weihnachtsfeier Lechner AG',
    when: /Do\., 10\. Dez\. 2026, 18:00 – 23:00/,
    second: 'Jahresabschlussfeier Brenner & Co',
    ordinary: 'Jour fixe',
    newYear: 'Neujahrsempfang Wirtschaftskammer',
    newYearWhen: /Sa\., 2\. Jan\. 2027, 11:00/,
    views: { day: 'Tag', month: 'Monat', agenda: 'Terminübersicht' },
  },
} as const;

const chip = (page: Page) => page.locator('[data-sternstunde-chip]');
const panelHost = (page: Page) => page.locator('[data-sternstunde-panel]');
const panel = (page: Page) => panelFrame(page);
// Grid chips and the schedule's rows alike open the details popup.
const eventChip = (page: Page, title: string) => page.locator('[data-opens-details]', { hasText: title }).first();
const openEvent = (page: Page, title: string) => eventChip(page, title).click();
// The panel may cover part of the grid: reach a chip beneath it as a keyboard user would.
const EDIT_PARTY = `${ORIGIN}/calendar/u/0/r/eventedit/NXExczhkNGtwbDN2MGMybjdoNm05ZzBiMWEgYW5uYS5odWJlci5zdGVybnN0dW5kZUBt`;
const openEventByKeyboard = async (page: Page, title: string) => {
  await eventChip(page, title).focus();
  await page.keyboard.press('Enter');
};

for (const language of ['en', 'de'] as const) {
  const ui = UI[language];
  test.describe(`Google Calendar, ${language} UI`, () => {
    test.use({ language });

    test.beforeEach(async ({ context }) => {
      await serveFixture(context, ORIGIN, ui.fixture);
    });

    test('a festive event shows chip and panel with its title and time; an ordinary one shows nothing', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.goto(WEEK);
      await openEvent(page, ui.festive);
      await expect(chip(page)).toHaveCount(1);
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
      await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.when);

      await openEvent(page, ui.ordinary);
      await expect(page.locator('#rAECCd')).toHaveText(ui.ordinary);
      await expect(chip(page)).toHaveCount(0);
      await expect(panelHost(page)).toHaveCount(0);
    });

    test('switching events in the reused popup updates the panel; closing removes it', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(WEEK);
      await openEvent(page, ui.festive);
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
      await openEventByKeyboard(page, ui.second);
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.second);
      await expect(panelHost(page)).toHaveCount(1);
      await expect(chip(page)).toHaveCount(1);

      await page.locator('#xDetDlgCloseBu').click();
      await expect(page.locator('#xDetDlg')).toBeHidden();
      await expect(panelHost(page)).toHaveCount(0);
      await expect(chip(page)).toHaveCount(0);
    });

    test('the day, month and schedule views, by URL and by the view menu, show the panel', async ({ context }) => {
      const page = await context.newPage();
      const urls = { day: 'day/2026/12/10', month: 'month/2026/12/1', agenda: 'agenda/2026/12/10' } as const;
      for (const view of ['day', 'month', 'agenda'] as const) {
        await page.goto(`${ORIGIN}/calendar/u/0/r/${urls[view]}`);
        await expect(page.locator('body')).toHaveAttribute('data-viewkey', view.toUpperCase());
        await openEventByKeyboard(page, ui.festive);
        await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
        await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.when);
        await page.locator('#xDetDlgCloseBu').click();
        await expect(panelHost(page)).toHaveCount(0);

        await page.goto(`${ORIGIN}/calendar/u/0/r/week/2026/12/11`); // the day view then opens on the second party's day
        await page.getByRole('menuitemradio', { name: ui.views[view] }).click();
        await expect(page.locator('body')).toHaveAttribute('data-viewkey', view.toUpperCase());
        await openEventByKeyboard(page, ui.second);
        await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.second);
        await expect(chip(page)).toHaveCount(1);
        await page.keyboard.press('Escape');
        await expect(panelHost(page)).toHaveCount(0);
      }
    });

    test("December's month view dates the next January's party in the next year", async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/calendar/u/0/r/month/2026/12/1`);
      await openEventByKeyboard(page, ui.newYear);
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.newYear);
      await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.newYearWhen);
    });

    test('the full editor page, reached by in-app navigation or loaded directly, shows the panel', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.goto(WEEK);
      await openEvent(page, ui.festive);
      await expect((await panel(page)).getByTestId('event-title')).toBeVisible();
      await page.locator('[jsname="lu7Sub"]').click();
      await expect(page).toHaveURL(/\/r\/eventedit\//);
      await expect(page.locator('#xTiIn')).toHaveValue(ui.festive);
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
      await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.when);
      await expect(chip(page)).toHaveCount(1);

      await page.goto(EDIT_PARTY);
      await expect(page.locator('#xTiIn')).toHaveValue(ui.festive);
      // Loaded directly, the editor fills the page: no room beside it, the panel starts collapsed.
      await chip(page).click();
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
    });
  });
}

test.describe('Google Calendar, layout and keyboard', () => {
  test.beforeEach(async ({ context }) => {
    await serveFixture(context, ORIGIN, UI.en.fixture);
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`the panel docks beside the event card without covering it at ${viewport.width}×${viewport.height}`, async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(WEEK);
      await openEvent(page, UI.en.festive);
      await expect((await panel(page)).getByTestId('event-title')).toBeVisible();
      const card = (await page.locator('#xDetDlg').boundingBox())!;
      const host = (await panelHost(page).boundingBox())!;
      const overlaps = host.x < card.x + card.width && card.x < host.x + host.width;
      expect(overlaps, JSON.stringify({ card, host })).toBe(false);
      expect(host.x).toBeGreaterThanOrEqual(0);
      expect(host.x + host.width).toBeLessThanOrEqual(viewport.width);
      expect(host.y + host.height).toBeLessThanOrEqual(viewport.height);
    });
  }

  test('the chip opens and closes the panel; Esc in the panel closes it and focus returns to the chip', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await openEvent(page, UI.en.festive);
    await expect((await panel(page)).getByTestId('event-title')).toBeVisible();

    await chip(page).click();
    await expect(panelHost(page)).toHaveCount(0);
    await expect(page.locator('#xDetDlg')).toBeVisible(); // our click did not close Google's popup
    await chip(page).click();
    await expect((await panel(page)).getByTestId('event-title')).toBeVisible();

    await (await panel(page)).getByTestId('event-title').click();
    await page.keyboard.press('Escape');
    await expect(panelHost(page)).toHaveCount(0);
    await expect(chip(page)).toHaveCount(1);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-sternstunde-chip'))).toBe(true);
  });

  test('when the page rebuilds the popup and drops our chip, it comes back', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await openEvent(page, UI.en.festive);
    await expect(chip(page)).toHaveCount(1);
    await page.evaluate(() => document.querySelector('[data-sternstunde-chip]')?.remove());
    await expect(chip(page)).toHaveCount(1);
    await expect(panelHost(page)).toHaveCount(1);
  });

  test('an event the app opens by itself, with no click or key, still gets the panel', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    await page.waitForTimeout(1500); // past any input window: this is a change the page makes alone
    await page.evaluate(
      (title) => (window as unknown as { fixtureOpenEvent(t: string): void }).fixtureOpenEvent(title),
      UI.en.festive,
    );
    await expect((await panel(page)).getByTestId('event-title')).toHaveText(UI.en.festive);
    await expect(chip(page)).toHaveCount(1);
  });

  test('unknown markup gets nothing injected and no error', async ({ context }) => {
    await serveFixture(context, ORIGIN, 'google/unknown-markup.html');
    const page = await context.newPage();
    await page.goto(WEEK);
    await page.mouse.click(400, 300);
    await page.waitForTimeout(500);
    await expect(chip(page)).toHaveCount(0);
    await expect(panelHost(page)).toHaveCount(0);
  });
});
