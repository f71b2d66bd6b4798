import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALENDAR_MATCHES } from '../../lib/calendars/hosts';
import { EXTENSION_DIR } from './browser';
import { expect, test } from './harness';

type Manifest = {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: ({ resources: string[]; matches: string[]; use_dynamic_url?: boolean } | string)[];
  content_security_policy?: string | Record<string, string>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
};

const FIREFOX_DIR = EXTENSION_DIR.replace(/chrome-mv3$/, 'firefox-mv2');
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

// Extension pages may compile WebAssembly (QR decoder, OCR engine), nothing more: every script,
// including what a worker loads with importScripts, comes from the extension itself.
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

// The audit needs no browser: it reads the built manifests and files.
test.describe('manifest audit', () => {
  test('Chrome: exactly the permissions we use, calendar hosts only, no remote code', () => {
    const m = read(EXTENSION_DIR);
    // alarms: follow-up reminders; notifications: show them; storage: storage.session for the tab
    // grants (docs/security.md); unlimitedStorage: no quota, no eviction. Nothing else.
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage', 'unlimitedStorage']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts?.flatMap((c) => c.matches).sort()).toEqual([...CALENDAR_MATCHES].sort());
    expect(m.web_accessible_resources).toEqual([
      { resources: ['panel.html'], matches: [...CALENDAR_MATCHES], use_dynamic_url: true },
    ]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
    for (const file of files(EXTENSION_DIR)) {
      if (file.endsWith('.html'))
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
      // webpack's globalThis fallback in tesseract's worker is never reached (and the CSP would block it).
      if (file.endsWith('.js'))
        expect(readFileSync(file, 'utf8').replaceAll('new Function("return this")', ''), file).not.toMatch(
          /\beval\(|new Function\(/,
        );
    }
  });

  test('Firefox: same permissions, a gecko id, and no data collected', () => {
    const m = read(FIREFOX_DIR);
    const permissions = (m.permissions ?? []).filter((p) => !p.includes('://'));
    expect(permissions.sort()).toEqual(['alarms', 'notifications', 'storage', 'unlimitedStorage']);
    expect((m.permissions ?? []).filter((p) => p.includes('://')).sort()).toEqual(
      (m.permissions ?? []).filter((p) => CALENDAR_MATCHES.includes(p as (typeof CALENDAR_MATCHES)[number])).sort(),
    );
    expect(m.content_security_policy).toBe(CSP);
    expect(m.browser_specific_settings?.gecko?.id).toBe('sternstunde@sternstunde.app');
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
