import type { Page } from '@playwright/test';
import { expect, panelFrame, serveFixture, test } from './harness';

const UI = {
  en: {
    fixture: 'outlook/calendar-2026-10.en.html',
    festive: 'Christmas party – Lechner AG',
    when: /Thu, Dec 10, 2026, 6:00\sPM – 11:00\sPM/,
    second: 'Year-end party, drinks & networking',
    ordinary: 'Team meeting',
    view: 'View event',
  },
  de: {
    fixture: 'outlook/calendar-2026-10.de.html',
    festive: 'Weihnachtsfeier Lechner AG',
    when: /Do\., 10\. Dez\. 2026, 18:00 – 23:00/,
    second: 'Jahresabschlussfeier, Brenner & Co',
    ordinary: 'Jour fixe',
    view: 'Ereignis anzeigen',
  },
} as const;

const chip = (page: Page) => page.locator('[data-sternstunde-chip]');
const panelHost = (page: Page) => page.locator('[data-sternstunde-panel]');
const panel = (page: Page) => panelFrame(page);
const tile = (page: Page, subject: string) => page.locator('[data-calitemid]', { hasText: subject }).first();
const peek = (page: Page) => page.locator('[data-app-section="CalendarItemPeek"]');
const readingPane = (page: Page) => page.locator('[data-app-section="ReadingPane"]');
const PARTY_ID = encodeURIComponent(
  'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz+8N2/9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1qAAA=',
);

// Every Outlook host: a missing one fails silently for its users.
const HOSTS = [
  { origin: 'https://outlook.office.com', language: 'en' },
  { origin: 'https://outlook.office365.com', language: 'en' },
  { origin: 'https://outlook.cloud.microsoft', language: 'en' },
  { origin: 'https://outlook.live.com', language: 'de' },
] as const;

for (const { origin, language } of HOSTS) {
  const ui = UI[language];
  test.describe(`Outlook on ${new URL(origin).host}, ${language} UI`, () => {
    test.use({ language });

    test('the peek card of a festive event gets chip and panel; an ordinary one nothing', async ({ context }) => {
      await serveFixture(context, origin, ui.fixture);
      const page = await context.newPage();
      await page.goto(`${origin}/calendar/view/week`);
      await tile(page, ui.festive).click();
      await expect(peek(page)).toBeVisible();
      await expect(chip(page)).toHaveCount(1);
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
      await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.when);

      await page.keyboard.press('Escape');
      await expect(peek(page)).toHaveCount(0);
      await expect(panelHost(page)).toHaveCount(0);

      await tile(page, ui.ordinary).click();
      await expect(peek(page)).toBeVisible();
      await page.waitForTimeout(300);
      await expect(chip(page)).toHaveCount(0);
      await expect(panelHost(page)).toHaveCount(0);
    });
  });
}

for (const language of ['en', 'de'] as const) {
  const ui = UI[language];
  const origin = 'https://outlook.office.com';
  test.describe(`Outlook, views and navigation, ${language} UI`, () => {
    test.use({ language });

    test.beforeEach(async ({ context }) => {
      await serveFixture(context, origin, ui.fixture);
    });

    test('switching to another event updates the panel', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${origin}/calendar/view/week`);
      await tile(page, ui.festive).click();
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
      await tile(page, ui.second).getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.second);
      await expect(panelHost(page)).toHaveCount(1);
      await expect(chip(page)).toHaveCount(1);
    });

    test(`"${ui.view}" opens the full reading view by in-app navigation, with the panel`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${origin}/calendar/view/week`);
      await tile(page, ui.festive).click();
      await expect((await panel(page)).getByTestId('event-title')).toBeVisible();
      await page.getByRole('button', { name: ui.view }).click();
      await expect(page).toHaveURL(/\/calendar\/item\//);
      await expect(readingPane(page)).toBeVisible();
      await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
      await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.when);
      await expect(chip(page)).toHaveCount(1);
    });

    for (const path of [
      `/calendar/item/${PARTY_ID}`,
      `/calendar/0/item/${PARTY_ID}`,
      `/calendar/deeplink/read/${PARTY_ID}`,
    ]) {
      test(`the reading view loaded directly at ${path.replace(PARTY_ID, '<id>')} shows the panel`, async ({
        context,
      }) => {
        const page = await context.newPage();
        await page.goto(origin + path);
        await expect(readingPane(page)).toBeVisible();
        // The reading view fills the page: no room beside it, so the panel starts collapsed.
        await chip(page).click();
        await expect((await panel(page)).getByTestId('event-title')).toHaveText(ui.festive);
        await expect((await panel(page)).getByTestId('event-when')).toHaveText(ui.when);
      });
    }
  });
}

test.describe('Outlook, other pages', () => {
  const origin = 'https://outlook.office.com';

  test.beforeEach(async ({ context }) => {
    await serveFixture(context, origin, UI.en.fixture);
  });

  test('the mail reading pane is left alone', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/mail/inbox`);
    await page.waitForTimeout(500);
    await expect(chip(page)).toHaveCount(0);
    await expect(panelHost(page)).toHaveCount(0);
  });

  test('unknown markup gets nothing injected and no error', async ({ context }) => {
    await serveFixture(context, origin, 'outlook/unknown-markup.html');
    const page = await context.newPage();
    await page.goto(`${origin}/calendar/view/week`);
    await page.getByRole('button', { name: /Christmas party/ }).click();
    await expect(page.locator('[data-app-section="EventCard2027"]')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(chip(page)).toHaveCount(0);
    await page.goto(`${origin}/calendar/item/${PARTY_ID}`);
    await expect(page.locator('[data-app-section="EventView2027"]')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(chip(page)).toHaveCount(0);
    await expect(panelHost(page)).toHaveCount(0);
  });
});
