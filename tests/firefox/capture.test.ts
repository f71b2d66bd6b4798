import { describe, expect, it } from 'vitest';
import { CLARA_VCARD, dropCards, qrPng } from '../e2e/card-images';
import { localIso, partyRow, readStore, seedStores } from '../e2e/extension-db';
import { element, eventually, expectCount } from './dom';
import { useFirefox } from './harness';

// The capture page in Firefox (MV2, its own CSP with 'wasm-unsafe-eval'): a card photo with a QR
// vCard is dropped, zxing-wasm reads it from the extension's own files, the fields appear and are
// editable, and "save all" stores the contact linked to the last party; a printed card is read by
// tesseract.js from the extension's own files.

describe('Firefox, capture page', () => {
  const firefox = useFirefox('en');

  it('a dropped card with a QR vCard: the fields appear, one is corrected, save stores the contact with the party', async () => {
    // Seeded from one page (which created the database), captured in a fresh one: an awaited
    // reload of a moz-extension:// page never resolves (docs/firefox.md).
    const seeder = await firefox().extensionPage('capture.html');
    await element(seeder, '[data-testid="capture-drop"]');
    await seedStores(seeder, {
      events: [partyRow('party', 'Weihnachtsfeier Lechner AG', localIso(-30), localIso(-25))],
    });
    const page = await firefox().extensionPage('capture.html');
    await element(page, '[data-testid="capture-drop"]');
    await eventually(async () =>
      expect(await page.$eval('[data-testid="qa-event"]', (e) => (e as HTMLSelectElement).value)).toBe('party'),
    );

    await dropCards(page, '[data-testid="capture-drop"]', [
      { lines: ['#Wimmer & Söhne', 'Maschinenbau GmbH'], qr: await qrPng(CLARA_VCARD), angle: 4, noise: 12 },
    ]);
    await expectCount(page, '[data-testid="capture-card"]', 1);
    await eventually(
      async () =>
        expect(await page.$eval('[data-testid="capture-card"]', (e) => (e as HTMLElement).dataset.status)).toBe('read'),
      30_000,
    );
    const field = (name: string) =>
      page.$eval(`[data-testid="capture-card"] [data-field="${name}"]`, (e) => (e as HTMLInputElement).value);
    expect(await field('firstName')).toBe('Clara');
    expect(await field('lastName')).toBe('Hofmann');
    expect(await field('company')).toBe('Wimmer & Söhne Maschinenbau GmbH');
    expect(await page.$$('[data-testid="capture-card"] [data-uncertain]')).toHaveLength(0);

    // The user corrects the job title (all of it selected, typed over), then saves.
    expect(await field('jobTitle')).toBe('Head of Purchasing');
    await (await element(page, '[data-testid="capture-card"] [data-field="jobTitle"]')).click();
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('Leiterin Einkauf');
    await (await element(page, '[data-testid="capture-save-all"]')).click();
    await eventually(async () =>
      expect(await page.$eval('[data-testid="capture-status"]', (e) => e.textContent)).toBe(
        '1 saved; 0 may already be in your contacts: choose below.',
      ),
    );

    const contacts = await readStore(page, 'contacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      prefix: 'Dr.',
      firstName: 'Clara',
      lastName: 'Hofmann',
      company: 'Wimmer & Söhne Maschinenbau GmbH',
      jobTitle: 'Leiterin Einkauf',
      eventId: 'party',
      metAt: 'Weihnachtsfeier Lechner AG',
      introducedBy: 'Lechner AG',
    });
    expect(JSON.stringify(contacts[0]!.emails)).toContain('c.hofmann@wimmer-soehne.de');
  });

  it('a printed card is read by the OCR engine from the extension (worker, WebAssembly, language data)', async () => {
    const page = await firefox().extensionPage('capture.html');
    await element(page, '[data-testid="capture-drop"]');
    await dropCards(page, '[data-testid="capture-drop"]', [
      { lines: ['#Anna Berger', 'Lechner AG', 'anna.berger@lechner.at'], angle: -2, noise: 10 },
    ]);
    await eventually(
      async () =>
        expect(await page.$eval('[data-testid="capture-card"]', (e) => (e as HTMLElement).dataset.status)).toBe('read'),
      45_000,
    );
    const field = (selector: string) =>
      page.$eval(`[data-testid="capture-card"] ${selector}`, (e) => (e as HTMLInputElement).value);
    expect(await field('[data-field="firstName"]')).toBe('Anna');
    expect(await field('[data-field="lastName"]')).toBe('Berger');
    expect(await field('input[type=email]')).toBe('anna.berger@lechner.at');
  }, 60_000);
});
