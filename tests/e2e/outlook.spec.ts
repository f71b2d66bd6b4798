import type { Page } from '@playwright/test';
import { expect, serveFixture, test } from './harness';

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
    ordinary: 'Jour fixe',
    view: 'Ereignis anzeigen',
  },
} as const;

const chip = (page: Page) => page.locator('[data-sternstunde-chip]');
const panelHost = (page: Page) => page.locator('[data-sternstunde-panel]');
const panel = (page: Page) => page.frameLocator('[data-sternstunde-panel] iframe');
const tile = (page: Page, subject: string) => page.locator('[data-calitemid]', { hasText: subject }).first();
const peek = (page: Page) => page.locator('[data-app-section="CalendarItemPeek"]');

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

    test('the peek card of a festive event gets chip and panel; an ordinary one nothing', async ({
      context,
      extensionId,
    }) => {
      expect(extensionId).toBeTruthy();
      await serveFixture(context, origin, ui.fixture);
      const page = await context.newPage();
      await page.goto(`${origin}/calendar/view/week`);
      await tile(page, ui.festive).click();
      await expect(peek(page)).toBeVisible();
      await expect(chip(page)).toHaveCount(1);
      await expect(panel(page).getByTestId('event-title')).toHaveText(ui.festive);
      await expect(panel(page).getByTestId('event-when')).toHaveText(ui.when);

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

test.describe('Outlook, views and navigation', () => {
  const origin = 'https://outlook.office.com';

  test.beforeEach(async ({ context, extensionId }) => {
    expect(extensionId).toBeTruthy();
    await serveFixture(context, origin, UI.en.fixture);
  });

  test('switching to another event updates the panel', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/calendar/view/week`);
    await tile(page, UI.en.festive).click();
    await expect(panel(page).getByTestId('event-title')).toHaveText(UI.en.festive);
    await tile(page, UI.en.second).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByTestId('event-title')).toHaveText(UI.en.second);
    await expect(panelHost(page)).toHaveCount(1);
  });

  test('"View event" opens the full reading view by in-app navigation, with the panel', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/calendar/view/week`);
    await tile(page, UI.en.festive).click();
    await expect(panel(page).getByTestId('event-title')).toBeVisible();
    await page.getByRole('button', { name: UI.en.view }).click();
    await expect(page).toHaveURL(/\/calendar\/item\//);
    await expect(page.locator('[data-app-section="ReadingPane"]')).toBeVisible();
    await expect(panel(page).getByTestId('event-title')).toHaveText(UI.en.festive);
    await expect(chip(page)).toHaveCount(1);
  });

  test('the reading view loaded directly shows the panel', async ({ context }) => {
    await serveFixture(context, origin, 'outlook/calendar-2026-10.en.html');
    const page = await context.newPage();
    await page.goto(
      `${origin}/calendar/item/AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz%2B8N2%2F9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1qAAA%3D`,
    );
    await expect(panel(page).getByTestId('event-title')).toHaveText(UI.en.festive);
  });

  test('the mail reading pane is left alone', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/mail/inbox`);
    await page.waitForTimeout(500);
    await expect(chip(page)).toHaveCount(0);
    await expect(panelHost(page)).toHaveCount(0);
  });
});
