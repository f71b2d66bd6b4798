import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURES_DIR = resolve('tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright's default --disable-features list minus ThirdPartyStoragePartitioning: without
// partitioning, IndexedDB in our iframe on the calendar page is denied (see browser-testing.md).
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
].join(',');

export type UiLanguage = 'en' | 'de';

/** Launches Chromium with the built extension, in the given UI language. */
export async function launchWithExtension(language: UiLanguage, userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: language === 'de' ? 'de-DE' : 'en-US',
    viewport: { width: 1280, height: 720 },
    // chrome.i18n follows the browser's UI language, which Chromium on Linux takes from LANGUAGE.
    env: { ...process.env, LANGUAGE: language, LANG: language === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${language}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-features=${DISABLED_FEATURES}`,
    ],
  });
  // No network here and none wanted: abort everything that is not routed to a fixture.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort(),
  );
  return context;
}

/** Serves a fixture file for every page of an origin (the calendar apps are single-page apps). */
export async function serveFixture(context: BrowserContext, origin: string, fixture: string): Promise<void> {
  const body = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  await context.unroute(`${origin}/**`);
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.abort(),
  );
}

interface Fixtures {
  language: UiLanguage;
  context: BrowserContext;
  extensionId: string;
  /** Console errors and uncaught errors seen in any page, frame or worker; checked after each test. */
  errors: string[];
  extensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  language: ['en', { option: true }],
  errors: async ({}, use) => {
    await use([]);
  },
  context: async ({ language, errors }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sternstunde-e2e-'));
    const context = await launchWithExtension(language, dir);
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
