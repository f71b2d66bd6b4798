import { expect, panelFrame, serveFixture, test } from './harness';
import { readStore } from './extension-db';

const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE = 'Christmas party – Lechner AG';
const EDIT_PARTY = `${ORIGIN}/calendar/u/0/r/eventedit/NXExczhkNGtwbDN2MGMybjdoNm05ZzBiMWEgYW5uYS5odWJlci5zdGVybnN0dW5kZUBt`;

test('the editor (no guest list) after the details popup keeps the guests, organizer and place stored from the popup', async ({
  context,
  extensionPage,
}) => {
  await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
  const page = await context.newPage();
  await page.goto(WEEK);
  await page.locator('[data-opens-details]', { hasText: FESTIVE }).first().click();
  const panel = await panelFrame(page);
  await expect(panel.getByTestId('event-title')).toHaveText(FESTIVE);

  const popup = await extensionPage('popup.html');
  const fromPopup = await readStore(popup, 'events');
  expect(fromPopup).toHaveLength(1);
  const seen = fromPopup[0]!;
  expect((seen.guests as unknown[]).length).toBeGreaterThan(0);
  expect(seen).toMatchObject({ organizer: expect.any(String), location: expect.stringContaining('Gasthaus Stern') });

  // The editor loaded on its own (a bookmark, a link in an invite): a fresh look at the same event.
  await page.bringToFront();
  await page.goto(EDIT_PARTY);
  await expect(page.locator('#xTiIn')).toHaveValue(FESTIVE);
  // The editor fills the page: no room beside it, the panel starts collapsed; the chip opens it.
  await page.locator('[data-sternstunde-chip]').click();
  await expect((await panelFrame(page)).getByTestId('event-title')).toHaveText(FESTIVE);
  // The editor's look has been stored (its URL) before we compare.
  await expect.poll(async () => (await readStore(popup, 'events'))[0]?.url).toMatch(/\/r\/eventedit\//);
  const afterEditor = await readStore(popup, 'events');
  expect(afterEditor).toHaveLength(1);
  expect(afterEditor[0]).toMatchObject({
    id: seen.id,
    guests: seen.guests,
    organizer: seen.organizer,
    location: seen.location,
    start: seen.start,
    end: seen.end,
  });
});
