import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { readFixture } from '../read-fixture';

// Launching Debian's Firefox ESR with the built Firefox extension, over WebDriver BiDi
// (puppeteer-core; Playwright's Firefox cannot load extensions). Facts: docs/firefox.md.
export const EXTENSION_DIR = resolve('.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = (
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;
// The add-on's moz-extension:// host, pinned by a pref so that its pages have a known address.
const UUID = '5e7a1c0d-2b9f-4c61-8d3e-0f4a6b2c9e71';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export type UiLanguage = 'en' | 'de';

/** Whether Firefox can show its UI (and so our `i18n`) in German: Debian's langpack is installed. */
export const hasGermanLangpack = (() => {
  try {
    const extensions = join(dirname(realpathSync(FIREFOX)), 'browser', 'extensions');
    return readdirSync(extensions).some((f) => f.startsWith('langpack-de@'));
  } catch {
    return false;
  }
})();

/**
 * A line of Firefox's own output that reports an error of the extension: an uncaught error in
 * one of its scripts (stderr) or a `console.error` of one of its pages (stdout, with the pref
 * `devtools.console.stdout.content`). Firefox's own loggers and chrome code are not ours.
 */
export function isExtensionError(line: string): boolean {
  if (/RSLoader|Nimbus|chrome:\/\/|resource:\/\//.test(line)) return false;
  return /^JavaScript error: moz-extension:\/\//.test(line) || /^console\.error: /.test(line);
}

export interface Firefox {
  browser: Browser;
  /** Extension errors Firefox printed so far. */
  errors: string[];
  /** Where downloads land. */
  downloads: string;
  /** Opens one of the extension's pages in a new tab (`popup.html`, `options.html#…`). */
  extensionPage: (path: string) => Promise<Page>;
  /** Opens a calendar page served from a fixture at its real address; other requests fail. */
  calendarPage: (url: string, fixture: string, transform?: (html: string) => string) => Promise<Page>;
  /**
   * Starts afresh without a new launch (which costs seconds): closes every tab, reinstalls the
   * extension (uninstalling clears its storage; its address stays), empties the downloads.
   * Returns the extension errors printed since the last reset.
   */
  reset: () => Promise<string[]>;
  /** Closes Firefox and returns the extension errors it printed, up to its exit. */
  close: () => Promise<string[]>;
}

/**
 * Retries `probe` until it returns a value; puppeteer's own waitForFunction gives up on a
 * protocol error, which BiDi reports while a tab is still changing documents.
 */
async function poll<T>(probe: () => Promise<T | undefined>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until a tab shows an extension page: Firefox sends no load event for one over BiDi. */
export function waitForExtensionPage(page: Page, path: string): Promise<Page> {
  const prefix = `${EXTENSION_ORIGIN}/${path.replace(/#.*/, '')}`;
  return poll(
    async () =>
      (await page.evaluate((p) => location.href.startsWith(p) && document.readyState === 'complete', prefix))
        ? page
        : undefined,
    prefix,
  );
}

/** The tab whose address starts with `prefix`, once there (page.url() is unreliable over BiDi). */
export function openedPage(browser: Browser, prefix: string): Promise<Page> {
  return poll(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    return undefined;
  }, `a tab at ${prefix}`);
}

/** Launches Firefox with the extension installed (a temporary add-on) in the given UI language. */
export async function launchFirefox(language: UiLanguage = 'en'): Promise<Firefox> {
  const downloads = mkdtempSync(join(tmpdir(), 'sternstunde-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi open moz-extension:// pages in tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'devtools.console.stdout.content': true,
      // reset() reinstalls the extension: it keeps its address (its storage is cleared).
      'extensions.webextensions.keepUuidOnUninstall': true,
      'intl.locale.requested': language === 'de' ? 'de' : 'en-US',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const errors: string[] = [];
  const proc = browser.process();
  const exited = new Promise<void>((done) => (proc ? proc.once('close', () => done()) : done()));
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (isExtensionError(line)) errors.push(line);
    });
  }
  await browser.installExtension(EXTENSION_DIR);

  const extensionPage = async (path: string) => {
    const page = await browser.newPage();
    // An awaited goto() to a moz-extension:// page never resolves (docs/firefox.md).
    void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    return waitForExtensionPage(page, path);
  };

  const calendarPage = async (url: string, fixture: string, transform = (html: string) => html) => {
    const body = transform(readFixture(fixture));
    const origin = new URL(url).origin;
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    // resourceType() throws over BiDi: documents are the navigation requests.
    page.on('request', (request: HTTPRequest) => {
      const target = request.url();
      if (target.startsWith(`${origin}/`) && request.isNavigationRequest()) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else if (/^https?:/.test(target)) void request.abort();
      else void request.continue();
    });
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(url);
    return page;
  };

  const reset = async () => {
    const stale = await browser.pages();
    await browser.newPage();
    await Promise.all(stale.map((page) => page.close().catch(() => undefined)));
    await browser.uninstallExtension(GECKO_ID);
    await browser.installExtension(EXTENSION_DIR);
    for (const file of readdirSync(downloads)) rmSync(join(downloads, file), { force: true });
    return errors.splice(0);
  };

  const close = async () => {
    await browser.close().catch(() => proc?.kill());
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
    rmSync(downloads, { recursive: true, force: true });
    return errors;
  };

  return { browser, errors, downloads, extensionPage, calendarPage, reset, close };
}
