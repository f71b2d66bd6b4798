import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { byText, element, eventually, expectText, injected, panelShowing } from './dom';
import type { Firefox, UiLanguage } from './firefox';

// The calendar flows, defined once and run per UI language (one Firefox per language).

const UI = {
  en: {
    google: 'google/calendar-2026-10.en.html',
    outlook: 'outlook/calendar-2026-10.en.html',
    outlookOrigin: 'https://outlook.office.com',
    festive: 'Christmas party – Lechner AG',
    when: /Thu, Dec 10, 2026, 6:00\sPM – 11:00\sPM/,
    googleSecond: 'Year-end party Brenner & Co',
    outlookSecond: 'Year-end party, drinks & networking',
    ordinary: 'Team meeting',
    goalsHeading: 'My goals for this party',
  },
  de: {
    google: 'google/calendar-2026-10.de.html',
    outlook: 'outlook/calendar-2026-10.de.html',
    outlookOrigin: 'https://outlook.live.com',
    festive: 'Weihnachtsfeier Lechner AG',
    when: /Do\., 10\. Dez\. 2026, 18:00 – 23:00/,
    googleSecond: 'Jahresabschlussfeier Brenner & Co',
    outlookSecond: 'Jahresabschlussfeier, Brenner & Co',
    ordinary: 'Jour fixe',
    goalsHeading: 'Meine Ziele für diese Feier',
  },
} as const;

const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10';
// Grid chips and the schedule's rows alike open Google's details popup. The first is clicked;
// later ones may lie beneath the panel, so they are reached as a keyboard user would.
const GOOGLE_EVENT = '[data-opens-details]';
const OUTLOOK_TILE = '[data-calitemid]';

const focusAndEnter = async (page: Page, selector: string, title: string, inner?: string) => {
  const target = await byText(page, selector, title);
  await (inner ? (await target.$(inner))! : target).focus();
  await page.keyboard.press('Enter');
};
const outlookPeekShown = (page: Page) =>
  page.evaluate(() => !!document.querySelector('[data-app-section="CalendarItemPeek"]'));

/** Google Calendar and Outlook on the web in the given UI language. */
export function calendarTests(language: UiLanguage, firefox: () => Firefox): void {
  const ui = UI[language];

  it('Google: a festive event shows chip and panel with its title and time; an ordinary one shows nothing', async () => {
    const page = await firefox().calendarPage(GOOGLE_WEEK, ui.google);
    await (await byText(page, GOOGLE_EVENT, ui.festive)).click();
    const panel = await panelShowing(page, ui.festive);
    await expectText(panel, '[data-testid="event-when"]', ui.when);
    await expectText(panel, '#goals-heading', ui.goalsHeading);
    expect(await injected(page)).toEqual({ chips: 1, panels: 1 });

    await focusAndEnter(page, GOOGLE_EVENT, ui.ordinary);
    await expectText(page, '#rAECCd', ui.ordinary);
    await eventually(async () => expect(await injected(page)).toEqual({ chips: 0, panels: 0 }));
  });

  it('Google: switching events in the reused popup updates the panel; Esc in the panel closes it', async () => {
    const page = await firefox().calendarPage(GOOGLE_WEEK, ui.google);
    await (await byText(page, GOOGLE_EVENT, ui.festive)).click();
    await panelShowing(page, ui.festive);
    await focusAndEnter(page, GOOGLE_EVENT, ui.googleSecond);
    const panel = await panelShowing(page, ui.googleSecond);
    expect(await injected(page)).toEqual({ chips: 1, panels: 1 });

    // Esc goes through the background back to this tab: Firefox names the tab of a framed page.
    await (await element(panel, '[data-testid="event-title"]')).click();
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await injected(page)).toEqual({ chips: 1, panels: 0 }));
    await (await element(page, '#xDetDlgCloseBu')).click();
    await eventually(async () => expect(await injected(page)).toEqual({ chips: 0, panels: 0 }));
  });

  it('Outlook: the peek card of a festive event gets chip and panel with its title and time; an ordinary one nothing', async () => {
    const page = await firefox().calendarPage(`${ui.outlookOrigin}/calendar/view/week`, ui.outlook);
    await (await byText(page, OUTLOOK_TILE, ui.festive)).click();
    const panel = await panelShowing(page, ui.festive);
    await expectText(panel, '[data-testid="event-when"]', ui.when);
    expect(await injected(page)).toEqual({ chips: 1, panels: 1 });

    await page.keyboard.press('Escape');
    await eventually(async () => expect(await outlookPeekShown(page)).toBe(false));
    await eventually(async () => expect(await injected(page)).toEqual({ chips: 0, panels: 0 }));
    await (await byText(page, OUTLOOK_TILE, ui.ordinary)).click();
    await eventually(async () => expect(await outlookPeekShown(page)).toBe(true));
    // Give the content script time to (not) react: nothing may appear.
    await new Promise((done) => setTimeout(done, 500));
    expect(await injected(page)).toEqual({ chips: 0, panels: 0 });
  });

  it('Outlook: switching to another event updates the panel', async () => {
    const page = await firefox().calendarPage(`${ui.outlookOrigin}/calendar/view/week`, ui.outlook);
    await (await byText(page, OUTLOOK_TILE, ui.festive)).click();
    await panelShowing(page, ui.festive);
    await focusAndEnter(page, OUTLOOK_TILE, ui.outlookSecond, '[role="button"]');
    await panelShowing(page, ui.outlookSecond);
    expect(await injected(page)).toEqual({ chips: 1, panels: 1 });
  });
}
