import { defineConfig } from 'wxt';
import { OCR_ASSETS, OCR_ASSET_DIR } from './lib/capture/asset-files';
import { CALENDAR_MATCHES } from './lib/calendars/hosts';

// Extension pages may compile WebAssembly (QR decoder, OCR engine); nothing else is loosened and no
// remote script is allowed. The content script is not an extension page: the calendar's own CSP rules it.
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/**
 * The chunk an extension page's module lands in, named for what it holds: React, Dexie, the phone
 * number library, the OCR engine, and the components every page shares (with their CSS and what they
 * import). Everything else is left to Rollup, so a page's own code stays in that page's chunks and the
 * capture page's OCR on the capture page.
 */
const PAGE_CHUNKS: [RegExp, string][] = [
  [/\/node_modules\/(react|react-dom|scheduler)\//, 'vendor-react'],
  [/\/node_modules\/(dexie|dexie-react-hooks)\//, 'vendor-dexie'],
  [/\/node_modules\/libphonenumber-js\//, 'vendor-phone'],
  [/\/node_modules\/(tesseract\.js|regenerator-runtime)\//, 'vendor-ocr'],
  [/\/components\/[^/]+$/, 'shared-ui'],
];
const pageChunk = (id: string): string | undefined =>
  PAGE_CHUNKS.find(([path]) => path.test(id.replaceAll('\\', '/')))?.[1];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: every dependency shows in the code.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The capture page's OCR engine, its worker and the language data are copied from node_modules
    // into the build (no CDN, no binaries in git); see docs/capture.md.
    'build:publicAssets': (wxt, files) => {
      for (const asset of OCR_ASSETS) {
        files.push({
          absoluteSrc: `${wxt.config.root}/node_modules/${asset.from}`,
          relativeDest: `${OCR_ASSET_DIR}/${asset.to}`,
        });
      }
    },
    // The content script runs on every calendar page: it talks to the browser's own promise-based
    // API (chrome.* in MV3, browser.* in Firefox) instead of carrying the polyfill (~3 KB gzipped).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The extension pages are built together (ES modules, shared chunks); content scripts and the
      // background are single files each, where chunks cannot exist.
      if (entrypoints.length > 1) {
        const output = config.build?.rollupOptions?.output;
        if (output && !Array.isArray(output)) output.manualChunks = pageChunk;
      }
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  webExt: {
    startUrls: ['https://calendar.google.com/'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // Follow-up reminders: an alarm per upcoming follow-up, a notification when it is due.
    permissions: ['alarms', 'notifications', 'storage', 'unlimitedStorage'],
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // Opens the popup for a quick add; the popup shows the key the user actually has.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
      },
    },
    // The panel is an extension page framed into the calendar page; only the
    // calendar hosts may frame it, and in Chrome only at the per-session dynamic address that
    // runtime.getURL gives the content script (docs/security.md). Firefox MV2 has neither key.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: [...CALENDAR_MATCHES],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sternstunde@sternstunde.app',
          // Firefox's data-collection declaration: nothing is collected, nothing leaves the machine.
          data_collection_permissions: { required: ['none'] },
        } as Record<string, unknown>,
      },
    }),
  }),
});
