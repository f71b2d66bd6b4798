// Business cards on the capture page of the built extension (run `npx wxt build` first): time from
// drop to fields on screen per card, QR path and OCR path, and the share of fields read right.
// The cards are drawn in the page (tests/e2e/card-images.ts): printed text turned, noisy, on a table.
import type { Locator, Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { dropCards, qrPng, type CardSpec } from '../e2e/card-images';
import type { Bench } from './row';

interface Truth {
  firstName?: string;
  lastName?: string;
  company?: string;
  jobTitle?: string;
  emails?: string[];
  phones?: string[];
  websites?: string[];
}

const PRINTED: { card: CardSpec; truth: Truth }[] = [
  {
    card: {
      lines: ['#Anna Berger', 'Chief Financial Officer', 'Lechner AG', 'anna.berger@lechner.at', '+43 660 1234567'],
      angle: -3,
      noise: 12,
    },
    truth: {
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      emails: ['anna.berger@lechner.at'],
      phones: ['+43 660 1234567'],
    },
  },
  {
    card: {
      lines: [
        '#Martin Weber',
        'Einkauf',
        'Stadtwerke Graz GmbH',
        'martin.weber@stadtwerke-graz.at',
        'www.stadtwerke-graz.at',
      ],
      angle: 2,
      noise: 20,
    },
    truth: {
      firstName: 'Martin',
      lastName: 'Weber',
      company: 'Stadtwerke Graz GmbH',
      emails: ['martin.weber@stadtwerke-graz.at'],
      websites: ['www.stadtwerke-graz.at'],
    },
  },
  {
    card: {
      lines: [
        '#Sophie Laurent',
        'Directrice commerciale',
        'Atelier Rive S.A.',
        's.laurent@atelier-rive.fr',
        '+33 6 12 34 56 78',
      ],
      angle: 180,
      noise: 12,
    },
    truth: {
      firstName: 'Sophie',
      lastName: 'Laurent',
      company: 'Atelier Rive S.A.',
      emails: ['s.laurent@atelier-rive.fr'],
      phones: ['+33 6 12 34 56 78'],
    },
  },
  {
    card: {
      lines: [
        '#James Carter',
        'Regional Sales Manager',
        'Northwind Ltd',
        'james.carter@northwind.co.uk',
        '+44 20 7946 0958',
      ],
      angle: 90,
      noise: 12,
    },
    truth: {
      firstName: 'James',
      lastName: 'Carter',
      company: 'Northwind Ltd',
      emails: ['james.carter@northwind.co.uk'],
      phones: ['+44 20 7946 0958'],
    },
  },
  {
    card: {
      lines: [
        '#Jürgen Müller',
        'Geschäftsführer',
        'Müller & Söhne KG',
        'j.mueller@mueller-soehne.de',
        '+49 89 1234567',
      ],
      angle: 6,
      noise: 30,
    },
    truth: {
      firstName: 'Jürgen',
      lastName: 'Müller',
      company: 'Müller & Söhne KG',
      emails: ['j.mueller@mueller-soehne.de'],
      phones: ['+49 89 1234567'],
    },
  },
];

const VCARD = (first: string, last: string, org: string, email: string) =>
  `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${last};${first};;;\r\nFN:${first} ${last}\r\nORG:${org}\r\nEMAIL:${email}\r\nTEL:+43 1 5550100\r\nEND:VCARD`;

const QR: Truth[] = [
  {
    firstName: 'Clara',
    lastName: 'Hofmann',
    company: 'Wimmer & Söhne Maschinenbau GmbH',
    emails: ['c.hofmann@wimmer.de'],
  },
  { firstName: 'Piotr', lastName: 'Nowak', company: 'Kowalski Sp. z o.o.', emails: ['p.nowak@kowalski.pl'] },
  { firstName: 'Elif', lastName: 'Yılmaz', company: 'Anadolu Lojistik A.Ş.', emails: ['elif@anadolu.com.tr'] },
];

/** Codes that are hard to decode: turned, small, out of focus. */
const HARD_QR: [string, Partial<CardSpec>][] = [
  ['turned 30°', { angle: 30 }],
  ['turned 45°, noisy', { angle: 45, noise: 25 }],
  ['small (110 px on a 1050 px card)', { qrSide: 110 }],
  ['out of focus (blur 2.5 px)', { blur: 2.5 }],
];

const digits = (s: string) => s.replace(/\D/g, '');

async function values(card: Locator, selector: string): Promise<string[]> {
  return card.locator(selector).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

/** Fields right / fields on the card (a list field counts once per entry). */
async function score(card: Locator, truth: Truth): Promise<[number, number]> {
  let right = 0;
  let total = 0;
  for (const field of ['firstName', 'lastName', 'company', 'jobTitle'] as const) {
    if (!truth[field]) continue;
    total++;
    if ((await card.locator(`[data-field="${field}"]`).inputValue()) === truth[field]) right++;
  }
  const lists: [keyof Truth, string, (s: string) => string][] = [
    ['emails', 'input[type=email]', (s) => s.toLowerCase()],
    ['phones', 'input[type=tel]', digits],
    ['websites', 'input[inputmode=url]', (s) => s.toLowerCase()],
  ];
  for (const [field, selector, norm] of lists) {
    const expected = (truth[field] as string[] | undefined) ?? [];
    const got = (await values(card, selector)).map(norm);
    total += expected.length;
    right += expected.filter((v) => got.includes(norm(v))).length;
  }
  return [right, total];
}

/** Drops one card and returns milliseconds from the drop to its fields on screen, and its score. */
async function readOne(page: Page, index: number, card: CardSpec, truth: Truth) {
  const droppedAt = await dropCards(page, '[data-testid="capture-drop"]', [card]);
  const doneAt = await page.waitForFunction(
    (i) => {
      const el = document.querySelectorAll<HTMLElement>('[data-testid="capture-card"]')[i];
      return el && ['read', 'failed'].includes(el.dataset.status ?? '') && performance.now();
    },
    index,
    { timeout: 120_000, polling: 'raf' },
  );
  const ms = (await doneAt.jsonValue()) as number;
  return { ms: ms - droppedAt, score: await score(page.getByTestId('capture-card').nth(index), truth) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const bench: Bench = async () => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
  const dir = mkdtempSync(join(tmpdir(), 'sternstunde-bench-'));
  const context = await launchWithExtension('en', dir);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/capture.html`);
    await page.getByTestId('capture-drop').waitFor();
    let index = 0;
    const qr: number[] = [];
    let qrRight = 0;
    let qrTotal = 0;
    for (const truth of QR) {
      const code = await qrPng(VCARD(truth.firstName!, truth.lastName!, truth.company!, truth.emails![0]!));
      const { ms, score: s } = await readOne(
        page,
        index++,
        { lines: ['#' + truth.company!], qr: code, angle: 5, noise: 15 },
        truth,
      );
      qr.push(ms);
      qrRight += s[0];
      qrTotal += s[1];
    }
    let hardRead = 0;
    for (const [, variant] of HARD_QR) {
      const truth = QR[0]!;
      const code = await qrPng(VCARD(truth.firstName!, truth.lastName!, truth.company!, truth.emails![0]!));
      const card: CardSpec = { lines: ['#' + truth.company!], qr: code, noise: 10, ...variant };
      const { score: s } = await readOne(page, index++, card, truth);
      // Without the code only the printed company would be found.
      if (s[0] === s[1]) hardRead++;
    }
    const ocr: number[] = [];
    let right = 0;
    let total = 0;
    for (const { card, truth } of PRINTED) {
      const { ms, score: s } = await readOne(page, index++, card, truth);
      ocr.push(ms);
      right += s[0];
      total += s[1];
    }
    // The first printed card also starts the OCR worker and loads the language data.
    const [first, ...rest] = ocr;
    const perCard = median(rest);
    const qrMs = median(qr);
    return [
      { figure: 'card via QR code, drop → fields (median)', value: qrMs, unit: 'ms', target: '< 300', ok: qrMs < 300 },
      {
        figure: 'QR card fields right',
        value: (100 * qrRight) / qrTotal,
        unit: '%',
        target: '100',
        ok: qrRight === qrTotal,
      },
      {
        figure: `hard QR codes read (${HARD_QR.map(([name]) => name).join('; ')})`,
        value: hardRead,
        unit: `of ${HARD_QR.length}`,
        target: `${HARD_QR.length}`,
        ok: hardRead === HARD_QR.length,
      },
      { figure: 'printed card, OCR, first (engine start)', value: first! / 1000, unit: 's', target: '—', ok: true },
      {
        figure: `printed card, OCR (median of ${rest.length})`,
        value: perCard / 1000,
        unit: 's',
        target: '< 3',
        ok: perCard < 3000,
      },
      {
        figure: `printed card fields right (${PRINTED.length} cards)`,
        value: (100 * right) / total,
        unit: '%',
        target: '≥ 90',
        ok: right / total >= 0.9,
      },
    ];
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
