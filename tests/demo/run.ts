// `npm run demo`: the built extension on a demo Google Calendar week (festive and ordinary events).
// With a display it opens a real Chromium window to try it by hand; without one it walks through
// the product headless and saves screenshots (panel, popup, debrief, export) and an export in demo-output/.
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, serveFixture, type UiLanguage } from '../e2e/browser';
import { panelFrame } from '../e2e/panel-frame';
import { readPanelHash } from '../../lib/messaging/panel-address';

const OUT = resolve('demo-output');
const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE: Record<UiLanguage, string> = { en: 'Christmas party – Lechner AG', de: 'Weihnachtsfeier Lechner AG' };
const QUICK_ADD: Record<UiLanguage, string> = {
  en: 'Dr. Anna Berger, Lechner AG, CFO, anna@lechner.at, +43 660 1234567',
  de: 'Mag. Lukas Hofer, Brenner & Co KG, Einkaufsleiter, l.hofer@brenner.at',
};
const MET: Record<UiLanguage, string> = {
  en: 'Sabine Moser, Moser Consulting, s.moser@moser-consulting.example\nBen Adler, Adler IT, CTO',
  de: 'Sabine Moser, Moser Consulting, s.moser@moser-consulting.example\nBen Adler, Adler IT, CTO',
};

async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The panel for the festive event, prepared a little so the screenshot shows the method at work. */
async function preparePanel(context: BrowserContext, language: UiLanguage): Promise<Page> {
  await serveFixture(context, ORIGIN, `google/calendar-2026-10.${language}.html`);
  const page = await context.newPage();
  await page.goto(WEEK);
  await page.locator('[data-eventchip]', { hasText: FESTIVE[language] }).first().click();
  const panel = await panelFrame(page);
  await panel.getByTestId('event-title').waitFor();
  for (let i = 0; i < 2; i++) await panel.getByTestId('goal-suggestions').getByRole('button').first().click();
  await panel
    .getByRole('button', { name: /\(\d\)/ })
    .first()
    .click();
  await panel.getByTestId('people-list').locator('li').first().getByRole('checkbox').check();
  await page.waitForTimeout(400);
  return page;
}

async function headless(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const language of ['en', 'de'] as const) {
    const context = await launchWithExtension(language, mkdtempSync(join(tmpdir(), 'sternstunde-demo-')));
    try {
      const id = await extensionId(context);
      // The day after the party: the panel leads to the debrief.
      await context.clock.setFixedTime(new Date('2026-12-11T09:00:00'));
      const page = await preparePanel(context, language);
      await page.screenshot({ path: join(OUT, `panel.${language}.png`) });
      const address = readPanelHash(
        new URL(
          page
            .frames()
            .find((f) => f.url().includes('/panel.html'))!
            .url(),
        ).hash,
      );
      if (address.kind !== 'event') throw new Error('the panel shows no event');
      const { eventId } = address;

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.getByTestId('qa-input').fill(QUICK_ADD[language]);
      await popup.getByTestId('qa-preview').waitFor();
      await popup.screenshot({ path: join(OUT, `popup.${language}.png`) });
      await popup.getByTestId('qa-input').press('Enter');
      await popup.getByTestId('qa-status').waitFor();

      await popup.goto(`chrome-extension://${id}/popup.html#debrief=${eventId}`);
      await popup.getByTestId('debrief-met').fill(MET[language]);
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(OUT, `debrief.${language}.png`), fullPage: true });
      await popup.getByRole('button', { name: /Save debrief|Rückblick speichern/ }).click();
      await popup.getByTestId('debrief-saved').waitFor();

      await popup.goto(`chrome-extension://${id}/popup.html#export`);
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(OUT, `export.${language}.png`) });
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('button', { name: /Download|Herunterladen/ }).click(),
      ]);
      await download.saveAs(join(OUT, `contacts.${language}.csv`));
      console.log(`demo (${language}): screenshots and an export in ${OUT}`);
    } finally {
      await context.close();
    }
  }
  writeFileSync(
    join(OUT, 'README.txt'),
    'Screenshots of the Sternstunde demo, made by `npm run demo` without a display.\n',
  );
}

async function headed(): Promise<void> {
  // A real window: headless false needs a display (DISPLAY or WAYLAND_DISPLAY).
  const context = await launchWithExtension('en', mkdtempSync(join(tmpdir(), 'sternstunde-demo-')), {
    headless: false,
  });
  await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
  const page = await context.newPage();
  await page.goto(WEEK);
  console.log('Demo calendar open: click “Christmas party – Lechner AG”. Close the window to end.');
  await new Promise<void>((done) => context.on('close', () => done()));
}

await (process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? headed() : headless());
