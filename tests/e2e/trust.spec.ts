import { contentWorld } from './content-world';
import { partyRow, readStore, seedStores } from './extension-db';
import { expect, serveFixture, test } from './harness';

const GOOGLE = 'https://calendar.google.com';
const OUTLOOK_EVENT = {
  ...partyRow('ev-outlook', 'Jahresabschluss Contoso', '2026-12-12T18:00', '2026-12-12T23:00', 'Contoso'),
  source: 'outlook',
  calendarKey: 'outlook-key',
  url: 'https://outlook.office.com/calendar/item/1',
  override: 'dismiss',
};
const GOOGLE_EVENT = {
  ...partyRow('ev-google', 'Weihnachtsfeier Lechner AG', '2026-12-10T18:00', '2026-12-10T23:00'),
  override: 'prepare',
};

const detection = { match: true, score: 0.9, reasons: ['title'] };
const snapshot = (fields: Record<string, unknown>) => ({
  source: 'google',
  title: 'Weihnachtsfeier',
  start: '2026-12-10T18:00',
  end: '2026-12-10T23:00',
  allDay: false,
  guests: [],
  url: `${GOOGLE}/calendar/r`,
  ...fields,
});

test.beforeEach(async ({ context }) => {
  await serveFixture(context, GOOGLE, 'google/calendar-2026-10.en.html');
});

test("a script with the content script's rights in the Google page cannot read Outlook decisions, overwrite or decide on an Outlook event, nor reach the pages' messages", async ({
  context,
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await seedStores(options, { events: [OUTLOOK_EVENT, GOOGLE_EVENT] });
  const page = await context.newPage();
  await page.goto(`${GOOGLE}/calendar/u/0/r/week/2026/12/10`);
  const world = await contentWorld(page);

  // page:init answers for the page's own calendar only.
  expect(await world.send('page:init', {})).toMatchObject({
    ok: true,
    value: { overrides: [{ source: 'google', calendarKey: 'cal-ev-google', override: 'prepare' }] },
  });
  // An Outlook event named by its calendar key: refused, not overwritten.
  const overwrite = await world.send('event:opened', {
    snapshot: snapshot({ source: 'outlook', calendarId: 'outlook-key', title: 'overwritten', guests: [] }),
    detection,
  });
  expect(overwrite).toMatchObject({
    ok: false,
    refused: true,
    error: expect.stringMatching(/google page cannot record/),
  });
  // Its override flipped by id: refused (never handed to this tab).
  expect(await world.send('event:override', { eventId: 'ev-outlook', override: null })).toMatchObject({
    ok: false,
    refused: true,
  });
  // Messages for the extension's pages: refused.
  for (const [type, payload] of [
    ['panel:claim', { eventId: 'ev-google', token: 'x' }],
    ['page:open', { page: 'options' }],
    ['follow-ups:changed', {}],
    ['panel:close', {}],
  ] as const) {
    expect(await world.send(type, payload), type).toMatchObject({ ok: false, refused: true });
  }

  const events = await readStore(options, 'events');
  expect(events.find((e) => e.id === 'ev-outlook')).toMatchObject({
    title: 'Jahresabschluss Contoso',
    override: 'dismiss',
  });
  expect(events.find((e) => e.id === 'ev-google')).toMatchObject({ override: 'prepare' });
  expect(events).toHaveLength(2);
});

test('one tab adds at most 30 new events a minute', async ({ context, extensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${GOOGLE}/calendar/u/0/r/week/2026/12/10`);
  const world = await contentWorld(page);
  const replies = [];
  for (let i = 0; i < 32; i++) {
    replies.push(await world.send('event:opened', { snapshot: snapshot({ calendarId: `flood-${i}` }), detection }));
  }
  expect(replies.filter((r) => (r as { ok: boolean }).ok)).toHaveLength(30);
  expect(replies.at(-1)).toMatchObject({ refused: true, error: expect.stringMatching(/too many new events/) });
  const options = await extensionPage('options.html');
  expect(await readStore(options, 'events')).toHaveLength(30);
});

// The page itself can't even load the static panel.html (use_dynamic_url: tests/e2e/content-robust.spec.ts).
// Should it learn the per-session address, a frame of its own still gets nothing without the token.
test('a calendar page that frames panel.html with an event id itself sees only the neutral message', async ({
  context,
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await seedStores(options, { events: [GOOGLE_EVENT] });
  const page = await context.newPage();
  await page.goto(`${GOOGLE}/calendar/u/0/r`);
  const address = (await (await contentWorld(page)).evaluate("chrome.runtime.getURL('/panel.html')")) as string;
  for (const hash of ['#event=ev-google&token=forged', '#event=ev-google', '#ev-google']) {
    await page.evaluate((src) => {
      document.querySelector('#stranger')?.remove();
      const frame = document.createElement('iframe');
      frame.id = 'stranger';
      frame.src = src;
      document.body.append(frame);
    }, address + hash);
    const framed = page.frameLocator('#stranger');
    await expect(
      framed.getByText('This panel shows only beside an event you open in your calendar.'),
      hash,
    ).toBeVisible();
    await expect(framed.getByText('Weihnachtsfeier Lechner AG')).toHaveCount(0);
  }
});

test('private windows: off until the user ticks it in the options, and the choice is kept', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  const box = options.getByRole('checkbox', { name: /Prepare events opened in a private window/ });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect
    .poll(async () => (await readStore(options, 'settings')).find((row) => row.key === 'privateWindows'))
    .toMatchObject({ key: 'privateWindows', value: true });
  await options.reload();
  await expect(box).toBeChecked();
});
