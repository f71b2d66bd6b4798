import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type StorageSetting, type UiLanguage } from './browser';

export { serveFixture } from './browser';
export { panelFrame } from './panel-frame';

interface Fixtures {
  language: UiLanguage;
  /** The browser's storage setting for embedded pages; Chrome's default unless a spec says otherwise. */
  storage: StorageSetting;
  context: BrowserContext;
  extensionId: string;
  /** Console errors and uncaught errors seen in any page, frame or worker; checked after each test. */
  errors: string[];
  extensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  language: ['en', { option: true }],
  storage: ['partitioned', { option: true }],
  errors: async ({}, use) => {
    await use([]);
  },
  context: async ({ language, storage, errors }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sternstunde-e2e-'));
    const context = await launchWithExtension(language, dir, { storage });
    // Every test starts with the extension running: its service worker is up before the first page.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    context.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.location().url}: ${msg.text()}`);
    });
    context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context, errors }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    worker.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
    });
    await use(new URL(worker.url()).host);
  },
  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

test.afterEach(({ errors }) => {
  expect(errors, 'console errors or uncaught errors from the extension or page').toEqual([]);
});

export { expect };
