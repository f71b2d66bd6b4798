import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
import { readFixture } from '../read-fixture';

// Launching Chromium with the built extension and serving fixtures at the real calendar URLs;
// shared by the browser tests (harness.ts) and the browser benchmarks (tests/bench).
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright's default --disable-features list minus ThirdPartyStoragePartitioning: without
// partitioning, IndexedDB in our iframe on the calendar page is denied (see docs/browser-testing.md).
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

/**
 * `partitioned`: Chrome's default, what users have (our own --disable-features list).
 * `unpartitioned`: Playwright's default flags, which switch ThirdPartyStoragePartitioning off, as
 * enterprise policy can; the framed panel can't open IndexedDB there (docs/browser-testing.md).
 */
export type StorageSetting = 'partitioned' | 'unpartitioned';

/**
 * Launches Chromium with the built extension in the given UI language. For side-by-side
 * measurements, `extension` names another unpacked extension's folder, or `false` for none.
 */
export async function launchWithExtension(
  language: UiLanguage,
  userDataDir: string,
  {
    extension = EXTENSION_DIR,
    headless = true,
    storage = 'partitioned',
  }: { extension?: string | false; headless?: boolean; storage?: StorageSetting } = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    locale: language === 'de' ? 'de-DE' : 'en-US',
    viewport: { width: 1280, height: 720 },
    // chrome.i18n follows the browser's UI language, which Chromium on Linux takes from LANGUAGE.
    env: { ...process.env, LANGUAGE: language, LANG: language === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      `--lang=${language}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Without our own list Playwright passes its default one, partitioning switched off.
      ...(storage === 'partitioned' ? [`--disable-features=${DISABLED_FEATURES}`] : []),
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
  const body = readFixture(fixture);
  await context.unroute(`${origin}/**`);
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.abort(),
  );
}
