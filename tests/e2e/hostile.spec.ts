import type { BrowserContext, Page } from '@playwright/test';
import { expect, panelFrame, test } from './harness';
import { LONG_TEXT, PAYLOADS, hostileFixture } from './hostile-fixture';

const APPS = {
  google: {
    origin: 'https://calendar.google.com',
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10',
    fixture: 'google/calendar-2026-10.en.html',
    original: {
      title: 'Christmas party – Lechner AG',
      description:
        'Our annual Christmas party with customers and partners.\nDress code: smart casual.\nPlease RSVP by December 1.',
      location: 'Gasthaus Stern, Hauptplatz 3, 4020 Linz, Austria',
      guest: 'Sabine Moser',
    },
    open: (page: Page, title: string) =>
      page
        .locator('[data-eventchip]', { hasText: title.slice(0, 40) })
        .first()
        .click(),
  },
  outlook: {
    origin: 'https://outlook.office.com',
    url: 'https://outlook.office.com/calendar/view/week',
    fixture: 'outlook/calendar-2026-10.en.html',
    original: {
      title: 'Christmas party – Lechner AG',
      description: 'Our annual Christmas party with customers and partners.\nDress code: smart casual.',
      location: 'Gasthaus Stern, Hauptplatz 3, Linz',
    },
    open: (page: Page, title: string) =>
      page
        .locator('[data-calitemid]', { hasText: title.slice(0, 40) })
        .first()
        .click(),
  },
} as const;

async function serve(context: BrowserContext, origin: string, body: string) {
  await context.unroute(`${origin}/**`);
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
      : route.abort(),
  );
}

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

for (const [name, app] of Object.entries(APPS)) {
  test(`${name}: hostile calendar text never executes and shows literally`, async ({ context }) => {
    test.setTimeout(120_000);
    const cases = [
      ...PAYLOADS.map((p) => ({
        title: `Christmas party ${p}`,
        description: `Buffet ${p}`,
        location: `${p} Hall`,
        guest: p,
      })),
      {
        title: 'Christmas party – very long invitation',
        description: LONG_TEXT,
        location: LONG_TEXT.slice(0, 1500),
        guest: LONG_TEXT,
      },
    ];
    for (const hostile of cases) {
      const page = await context.newPage();
      await serve(
        context,
        app.origin,
        hostileFixture(app.fixture, app.original, {
          ...hostile,
          guest: 'guest' in app.original ? hostile.guest : undefined,
        }),
      );
      await page.goto(app.url);
      await app.open(page, hostile.title);
      const panel = await panelFrame(page);
      await expect(panel.getByTestId('event-title')).toHaveText(hostile.title);
      await expect(panel.getByTestId('event-location')).toContainText(hostile.location.slice(0, 200));
      expect(await pwned(page), hostile.title).toBeUndefined();
      const frame = page.frames().find((f) => f.url().includes('/panel.html'));
      expect(await frame?.evaluate(() => (window as { __pwned?: unknown }).__pwned), hostile.title).toBeUndefined();
      // Nothing the payload carries was turned into markup in the panel.
      expect(
        await frame?.evaluate(
          () =>
            document.querySelectorAll(
              'main script, main img, main svg, main iframe, main a[href^="javascript"], main style',
            ).length,
        ),
      ).toBe(0);
      await page.close();
    }
  });
}

test('google: hostile guest names are imported as plain text', async ({ context }) => {
  const app = APPS.google;
  const payload = PAYLOADS[1];
  await serve(context, app.origin, hostileFixture(app.fixture, app.original, { ...app.original, guest: payload }));
  const page = await context.newPage();
  await page.goto(app.url);
  await app.open(page, app.original.title);
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: /Import guests/ }).click();
  await expect(panel.getByTestId('people-list')).toContainText(payload);
  expect(await pwned(page)).toBeUndefined();
});
