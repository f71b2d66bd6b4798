// The popup with 10,000 contacts: time to interactive (navigation start → quick-add line focused
// and enabled) and search latency per keystroke (keydown → results rendered), in the built
// extension (run `npx wxt build` first).
import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { contactRow, seedStores } from '../e2e/extension-db';
import type { Bench } from './row';

const CONTACTS = 10_000;
const RELOADS = 7;
// 10 characters typed, then 10 deleted: 20 keystrokes.
const QUERY = 'berger ann';

declare global {
  interface Window {
    /** performance.now() when the quick-add line got focus while enabled. */
    __interactiveAt?: number;
    /** Milliseconds from keydown to the committed results, per keystroke in the search box. */
    __searchMs?: number[];
  }
}

/** Installed before the popup's scripts: records the moments the figures are made of. */
function instrument(): void {
  window.__searchMs = [];
  document.addEventListener(
    'focusin',
    (e) => {
      const target = e.target as HTMLInputElement;
      if (target.dataset.testid === 'qa-input' && !target.disabled) window.__interactiveAt ??= performance.now();
    },
    true,
  );
  let keyAt = 0;
  document.addEventListener('keydown', (e) => (keyAt = e.timeStamp), true);
  document.addEventListener(
    'input',
    (e) => {
      if ((e.target as HTMLElement).dataset.testid !== 'contacts-search') return;
      // React commits a discrete event's update in a microtask: a message task runs after it.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__searchMs?.push(performance.now() - keyAt);
      channel.port2.postMessage(null);
    },
    true,
  );
}

const FIRST = ['Anna', 'Max', 'Lukas', 'Sophie', 'Jonas', 'Lena', 'Felix', 'Marie', 'Paul', 'Julia', 'Tobias'];
const LAST = [
  'Berger',
  'Huber',
  'Gruber',
  'Wagner',
  'Müller',
  'Pichler',
  'Steiner',
  'Moser',
  'Mayer',
  'Hofer',
  'Leitner',
  'Fischer',
];
const FIRMS = [
  'Lechner AG',
  'Huber Bau GmbH',
  'Alpen Consulting',
  'Donau Logistik',
  'Steiner & Partner',
  'Wien Energie Service',
];
const TAGS = ['bau', 'it', 'finanz', 'wien', 'linz', 'einkauf'];

/**
 * Writes `count` varied contacts straight into the extension's IndexedDB, as the extension stores
 * them (lists and index keys: `contactRow`).
 */
async function seedContacts(page: Page, count: number): Promise<void> {
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => {
    const firstName = FIRST[i % FIRST.length]!;
    const lastName = `${LAST[(i * 7) % LAST.length]!}${i % 5 === 0 ? '' : `-${i}`}`;
    const stamp = new Date(now - i * 60_000).toISOString();
    return {
      ...contactRow(`bench-${i}`, {
        firstName,
        lastName,
        company: FIRMS[i % FIRMS.length],
        email: `${firstName}.${lastName}@example${i % 50}.at`.toLowerCase(),
        tags: [TAGS[i % TAGS.length]!, TAGS[(i * 3) % TAGS.length]!],
        partnerFit: [],
        ...(i % 5 === 0
          ? { followUpDue: new Date(now + (i - count / 2) * 3_600_000).toISOString(), followUpStatus: 'open' as const }
          : {}),
      }),
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  await seedStores(page, { contacts: rows });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timeToInteractive(page: Page, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__interactiveAt !== undefined);
    times.push(await page.evaluate(() => window.__interactiveAt!));
  }
  // The first load warms caches up (a real popup opens a warm extension too).
  return median(times.slice(1));
}

async function searchLatency(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#contacts`);
  const search = page.getByTestId('contacts-search');
  await search.waitFor();
  await page.getByTestId('contacts-results').locator('li').first().waitFor();
  for (const char of QUERY) {
    await page.keyboard.type(char);
    await page.waitForTimeout(30);
  }
  for (let i = 0; i < QUERY.length; i++) {
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(30);
  }
  const ms = await page.evaluate(() => window.__searchMs ?? []);
  if (ms.length !== QUERY.length * 2) throw new Error(`measured ${ms.length} keystrokes, expected ${QUERY.length * 2}`);
  return median(ms);
}

export const bench: Bench = async () => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
  const dir = mkdtempSync(join(tmpdir(), 'sternstunde-bench-'));
  const context = await launchWithExtension('en', dir);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
    const page = await context.newPage();
    await page.setViewportSize({ width: 410, height: 600 });
    await page.addInitScript(instrument);
    await page.goto(url);
    await page.getByTestId('qa-input').waitFor();
    await seedContacts(page, CONTACTS);
    const tti = await timeToInteractive(page, url);
    const search = await searchLatency(page, url);
    return [
      { figure: 'popup time to interactive (10k contacts)', value: tti, unit: 'ms', target: '< 200', ok: tti < 200 },
      {
        figure: 'popup search per keystroke (10k contacts)',
        value: search,
        unit: 'ms',
        target: '< 16',
        ok: search < 16,
      },
    ];
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
