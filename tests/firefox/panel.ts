import { expect, it } from 'vitest';
import { readStore } from '../e2e/extension-db';
import { byText, eventually, expectCount, expectText, panelShowing, texts, typeInto } from './dom';
import { EXTENSION_ORIGIN, openedPage, waitForExtensionPage, type Firefox } from './firefox';

const FIXTURE = 'google/calendar-2026-10.en.html';
const FESTIVE = 'Christmas party – Lechner AG';
const weekOf = (year: number) => `https://calendar.google.com/calendar/u/0/r/week/${year}/12/10`;
// Puppeteer has no fake clock: for "after the party" the fixture moves to 2020, whose December
// and January fall on the same weekdays as 2026's.
const inThePast = (html: string) => html.replace(/\b2026\b/g, '2020').replace(/\b2027\b/g, '2021');

const GOALS = '[data-testid="goal-list"] > li';
const PEOPLE = '[data-testid="people-list"] > li';

/** The prep panel: goals, people, and every button that opens a page. */
export function panelTests(firefox: () => Firefox): void {
  it('goals and people are kept per event across a reload, in the database the popup reads', async () => {
    const page = await firefox().calendarPage(weekOf(2026), FIXTURE);
    await (await byText(page, '[data-opens-details]', FESTIVE)).click();
    let panel = await panelShowing(page, FESTIVE);

    await (await byText(panel, 'button.suggestion', "Talk to 3 people I don't know yet")).click();
    await typeInto(panel, '#new-goal', 'Find a fit for IT Weber');
    await page.keyboard.press('Enter');
    await expectCount(panel, GOALS, 2);

    await (await byText(panel, 'button', 'Import guests (3)')).click();
    await expectCount(panel, PEOPLE, 3);
    const julia = await byText(panel, PEOPLE, 'Julia Wagner');
    await (await julia.$('input[type="checkbox"]'))!.click();
    await expectText(panel, '[data-testid="ask-host-list"]', 'Julia Wagner (Lechner AG)');
    await typeInto(panel, 'input[aria-label="Name"]', 'Dr. Eva Novák');
    await (await byText(panel, 'button[type="submit"]', 'Add person')).click();
    await expectCount(panel, PEOPLE, 4);

    await page.reload();
    await (await byText(page, '[data-opens-details]', FESTIVE)).click();
    panel = await panelShowing(page, FESTIVE);
    await expectCount(panel, GOALS, 2);
    await expectCount(panel, PEOPLE, 4);
    expect(await texts(panel, GOALS)).toEqual([
      expect.stringContaining("Talk to 3 people I don't know yet"),
      expect.stringContaining('Find a fit for IT Weber'),
    ]);

    const popup = await firefox().extensionPage('popup.html');
    await expectText(popup, '[data-testid="popup-goals"]', /Find a fit for IT Weber/);
    const targets = await readStore(popup, 'targets');
    expect(targets).toHaveLength(4);
    expect(targets.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Dr. Eva Novák', 'Julia Wagner', 'Sabine Moser']),
    );
    expect(targets.find((t) => t.name === 'Julia Wagner')).toMatchObject({ askHost: true });
  });

  it('"Open settings", shown while there are no partners, opens the settings; a partner added there shows in the panel', async () => {
    const page = await firefox().calendarPage(weekOf(2026), FIXTURE);
    await (await byText(page, '[data-opens-details]', FESTIVE)).click();
    const panel = await panelShowing(page, FESTIVE);
    await (await byText(panel, 'button', 'Open settings')).click();

    // Firefox shows an add-on's settings inline in the add-ons manager.
    const addons = await openedPage(firefox().browser, 'about:addons');
    await eventually(async () =>
      expect(
        await addons.evaluate(() =>
          [...document.querySelectorAll('browser')].map(
            (b) => (b as Element & { currentURI?: { spec: string } }).currentURI?.spec,
          ),
        ),
      ).toContain(`${EXTENSION_ORIGIN}/options.html`),
    );

    const options = await firefox().extensionPage('options.html');
    await typeInto(options, 'input[placeholder="Partner"]', 'IT Weber');
    await typeInto(options, 'input[placeholder="Looks for (customers, sectors)"]', 'manufacturers moving to the cloud');
    await (await byText(options, 'button[type="submit"]', 'Add partner')).click();
    await expectText(panel, '[data-testid="partners-strip"]', /IT Weber.*manufacturers moving to the cloud/);
    expect(await texts(panel, 'button.link')).toEqual([]);
  });

  it('after the party "Start the debrief" opens the debrief of this event', async () => {
    const page = await firefox().calendarPage(weekOf(2020), FIXTURE, inThePast);
    await (await byText(page, '[data-opens-details]', FESTIVE)).click();
    const panel = await panelShowing(page, FESTIVE);
    await (await byText(panel, '[data-testid="debrief-callout"] button', 'Start the debrief')).click();

    const debrief = await openedPage(firefox().browser, `${EXTENSION_ORIGIN}/popup.html#debrief=`);
    await waitForExtensionPage(debrief, 'popup.html');
    await expectText(debrief, '[data-testid="debrief-title"]', FESTIVE);
    const [event] = await readStore(debrief, 'events');
    expect(await debrief.evaluate(() => location.hash)).toBe(`#debrief=${encodeURIComponent(event!.id)}`);
  });
}
