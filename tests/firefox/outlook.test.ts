import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { byText, eventually, expectText, injected, panelShowing } from './dom';
import { hasGermanLangpack } from './firefox';
import { useFirefox } from './harness';

const UI = {
  en: {
    origin: 'https://outlook.office.com',
    fixture: 'outlook/calendar-2026-10.en.html',
    festive: 'Christmas party – Lechner AG',
    when: /Thu, Dec 10, 2026, 6:00\sPM – 11:00\sPM/,
    second: 'Year-end party, drinks & networking',
    ordinary: 'Team meeting',
  },
  de: {
    origin: 'https://outlook.live.com',
    fixture: 'outlook/calendar-2026-10.de.html',
    festive: 'Weihnachtsfeier Lechner AG',
    when: /Do\., 10\. Dez\. 2026, 18:00 – 23:00/,
    second: 'Jahresabschlussfeier, Brenner & Co',
    ordinary: 'Jour fixe',
  },
} as const;

const TILE = '[data-calitemid]';
const peekShown = (page: Page) =>
  page.evaluate(() => !!document.querySelector('[data-app-section="CalendarItemPeek"]'));

for (const language of ['en', 'de'] as const) {
  const ui = UI[language];
  describe.skipIf(language === 'de' && !hasGermanLangpack)(`Outlook in Firefox, ${language} UI`, () => {
    const firefox = useFirefox(language);

    it('the peek card of a festive event gets chip and panel with its title and time; an ordinary one nothing', async () => {
      const page = await firefox().calendarPage(`${ui.origin}/calendar/view/week`, ui.fixture);
      await (await byText(page, TILE, ui.festive)).click();
      const panel = await panelShowing(page, ui.festive);
      await expectText(panel, '[data-testid="event-when"]', ui.when);
      expect(await injected(page)).toEqual({ chips: 1, panels: 1 });

      await page.keyboard.press('Escape');
      await eventually(async () => expect(await peekShown(page)).toBe(false));
      await eventually(async () => expect(await injected(page)).toEqual({ chips: 0, panels: 0 }));
      await (await byText(page, TILE, ui.ordinary)).click();
      await eventually(async () => expect(await peekShown(page)).toBe(true));
      // Give the content script time to (not) react: nothing may appear.
      await new Promise((done) => setTimeout(done, 500));
      expect(await injected(page)).toEqual({ chips: 0, panels: 0 });
    });

    it('switching to another event updates the panel', async () => {
      const page = await firefox().calendarPage(`${ui.origin}/calendar/view/week`, ui.fixture);
      await (await byText(page, TILE, ui.festive)).click();
      await panelShowing(page, ui.festive);
      // The panel may cover the next tile: reach it as a keyboard user would.
      await (await (await byText(page, TILE, ui.second)).$('[role="button"], button'))!.focus();
      await page.keyboard.press('Enter');
      await panelShowing(page, ui.second);
      expect(await injected(page)).toEqual({ chips: 1, panels: 1 });
    });
  });
}
