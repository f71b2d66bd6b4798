import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { byText, element, eventually, expectText, injected, panelShowing } from './dom';
import { hasGermanLangpack } from './firefox';
import { useFirefox } from './harness';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10';
const UI = {
  en: {
    fixture: 'google/calendar-2026-10.en.html',
    festive: 'Christmas party – Lechner AG',
    when: /Thu, Dec 10, 2026, 6:00\sPM – 11:00\sPM/,
    second: 'Year-end party Brenner & Co',
    ordinary: 'Team meeting',
    goalsHeading: 'My goals for this party',
  },
  de: {
    fixture: 'google/calendar-2026-10.de.html',
    festive: 'Weihnachtsfeier Lechner AG',
    when: /Do\., 10\. Dez\. 2026, 18:00 – 23:00/,
    second: 'Jahresabschlussfeier Brenner & Co',
    ordinary: 'Jour fixe',
    goalsHeading: 'Meine Ziele für diese Feier',
  },
} as const;

// Grid chips and the schedule's rows alike open Google's details popup. The first is clicked;
// later ones may lie beneath the panel, so they are reached as a keyboard user would.
const EVENT = '[data-opens-details]';
const click = async (page: Page, title: string) => (await byText(page, EVENT, title)).click();
const openByKeyboard = async (page: Page, title: string) => {
  await (await byText(page, EVENT, title)).focus();
  await page.keyboard.press('Enter');
};

for (const language of ['en', 'de'] as const) {
  const ui = UI[language];
  describe.skipIf(language === 'de' && !hasGermanLangpack)(`Google Calendar in Firefox, ${language} UI`, () => {
    const firefox = useFirefox(language);

    it('a festive event shows chip and panel with its title and time; an ordinary one shows nothing', async () => {
      const page = await firefox().calendarPage(WEEK, ui.fixture);
      await click(page, ui.festive);
      const panel = await panelShowing(page, ui.festive);
      await expectText(panel, '[data-testid="event-when"]', ui.when);
      await expectText(panel, '#goals-heading', ui.goalsHeading);
      expect(await injected(page)).toEqual({ chips: 1, panels: 1 });

      await openByKeyboard(page, ui.ordinary);
      await expectText(page, '#rAECCd', ui.ordinary);
      await eventually(async () => expect(await injected(page)).toEqual({ chips: 0, panels: 0 }));
    });

    it('switching events in the reused popup updates the panel; Esc in the panel closes it', async () => {
      const page = await firefox().calendarPage(WEEK, ui.fixture);
      await click(page, ui.festive);
      await panelShowing(page, ui.festive);
      await openByKeyboard(page, ui.second);
      const panel = await panelShowing(page, ui.second);
      expect(await injected(page)).toEqual({ chips: 1, panels: 1 });

      // Esc goes through the background back to this tab: Firefox names the tab of a framed page.
      await (await element(panel, '[data-testid="event-title"]')).click();
      await page.keyboard.press('Escape');
      await eventually(async () => expect(await injected(page)).toEqual({ chips: 1, panels: 0 }));
      await (await element(page, '#xDetDlgCloseBu')).click();
      await eventually(async () => expect(await injected(page)).toEqual({ chips: 0, panels: 0 }));
    });
  });
}
