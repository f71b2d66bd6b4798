// Contacts out and in, in the built extension (.output/chrome-mv3) in Chromium: export 10,000
// contacts to CSV through the options page's form, and import a 10,000-contact CSV through the
// real path (file → UTF-8 check → parse in the worker → duplicate check → preview → one transaction).
// Times are taken inside the page, from the user's action to its visible result, so Playwright's
// own round trips don't count; the user's time looking at the preview doesn't either.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contactsToCsv } from '../../lib/csv';
import { launchWithExtension } from '../e2e/browser';
import { makeContacts, seedRows } from '../e2e/data-seed';
import type { Bench } from './row';

const COUNT = 10_000;
const EXPORT_RUNS = 3;
const WAIT = { timeout: 120_000 };

type Mark = 'exportClicked' | 'downloadStarted' | 'fileChosen' | 'previewShown' | 'importClicked' | 'stored';
type Marks = Partial<Record<Mark, number>>;

/**
 * Records in the page when the user acts and when the result appears. Plain script text: tsx
 * would wrap a function's inner helpers in its own `__name`, which the page doesn't have.
 */
const MARKS_SCRIPT = `(() => {
  const marks = {};
  window.benchMarks = marks;
  const mark = (name) => (marks[name] ??= performance.now());
  document.addEventListener('click', (e) => {
    if (e.target.closest('form[aria-label] button[type=submit]')) mark('exportClicked');
    if (e.target.matches('a[download]')) mark('downloadStarted');
    if (e.target.closest('[data-testid=import-preview] button.primary')) mark('importClicked');
  }, true);
  document.addEventListener('change', (e) => e.target.matches('input[type=file]') && mark('fileChosen'), true);
  new MutationObserver(() => {
    if (document.querySelector('[data-testid=import-count]')) mark('previewShown');
    if ([...document.querySelectorAll('[role=status]')].some((s) => s.textContent.startsWith('Imported:'))) mark('stored');
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

const installMarks = (page: Page) => page.evaluate(MARKS_SCRIPT);

const readMarks = (page: Page): Promise<Marks> => page.evaluate('({ ...window.benchMarks })');

const between = (marks: Marks, from: Mark, to: Mark) => (marks[to] ?? Number.NaN) - (marks[from] ?? Number.NaN);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timeExport(page: Page): Promise<number> {
  await installMarks(page);
  await Promise.all([
    page.waitForEvent('download', WAIT),
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  return between(await readMarks(page), 'exportClicked', 'downloadStarted');
}

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sternstunde-bench-'));
  const context = await launchWithExtension('en', dir);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await seedRows(page, 'contacts', makeContacts(COUNT));

    const exportTimes: number[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++) {
      await page.reload();
      await page.getByText(`Contacts in this selection: ${COUNT}`).waitFor(WAIT);
      exportTimes.push(await timeExport(page));
    }
    const exportMs = median(exportTimes);

    // A file on disk, as a user would pick it (Playwright hands the browser its path).
    const file = join(dir, 'contacts.csv');
    writeFileSync(file, contactsToCsv(makeContacts(COUNT, COUNT), 'full'));
    await page.reload();
    await installMarks(page);
    await page.getByLabel('Choose a CSV file').setInputFiles(file);
    await page.getByText(`Contacts found: ${COUNT}`).waitFor(WAIT);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
    await page.getByText(`Imported: ${COUNT} new, 0 merged, 0 skipped.`).waitFor(WAIT);
    const marks = await readMarks(page);
    const previewMs = between(marks, 'fileChosen', 'previewShown');
    const writeMs = between(marks, 'importClicked', 'stored');

    return [
      {
        figure: `export ${COUNT} contacts to CSV in the extension (click → download)`,
        value: exportMs,
        unit: 'ms',
        target: '< 500',
        ok: exportMs < 500,
      },
      {
        figure: `import ${COUNT}-contact CSV beside ${COUNT} stored: file chosen → preview`,
        value: previewMs,
        unit: 'ms',
        target: '< 3000',
        ok: previewMs < 3000,
      },
      {
        figure: `import ${COUNT}-contact CSV: preview + Import click → stored (one transaction)`,
        value: previewMs + writeMs,
        unit: 'ms',
        target: '< 3000',
        ok: previewMs + writeMs < 3000,
      },
    ];
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
