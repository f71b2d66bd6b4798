import { CLARA_VCARD, dropCards, qrPng } from './card-images';
import { contactRow, localIso, partyRow, readStore, seedStores } from './extension-db';
import { expect, test } from './harness';

// OCR reads a whole card: a slow machine shared with other tests needs room.
test.setTimeout(180_000);

test('three dropped cards (a QR vCard, two printed) are read, one corrected, saved to the last party; a duplicate is flagged', async ({
  extensionPage,
}) => {
  const page = await extensionPage('capture.html');
  await seedStores(page, {
    events: [
      partyRow('party-old', 'Jahresabschluss Huber', localIso(-24 * 20), localIso(-24 * 20 + 4), 'Huber GmbH'),
      partyRow('party-last', 'Weihnachtsfeier Lechner AG', localIso(-24 * 3), localIso(-24 * 3 + 5)),
      partyRow('party-next', 'Neujahrsempfang Stadtwerke', localIso(24 * 10), localIso(24 * 10 + 3), 'Stadtwerke'),
    ],
    contacts: [contactRow('anna-stored', { firstName: 'Anna', lastName: 'Berger', email: 'anna.berger@lechner.at' })],
  });
  await page.reload();
  // The most recent party that has begun, not the next one.
  await expect(page.getByTestId('qa-event')).toHaveValue('party-last');

  await dropCards(page, '[data-testid="capture-drop"]', [
    { lines: ['#Wimmer & Söhne', 'Maschinenbau GmbH'], qr: await qrPng(CLARA_VCARD), angle: 4, noise: 18 },
    {
      lines: ['#Anna Berger', 'Chief Financial Officer', 'Lechner AG', 'anna.berger@lechner.at', '+43 660 1234567'],
      angle: -3,
      noise: 12,
    },
    { lines: ['#Martin Weber', 'Einkauf', 'Stadtwerke Graz', 'martin.weber@stadtwerke-graz.at'], angle: 2, noise: 12 },
  ]);
  const cards = page.getByTestId('capture-card');
  await expect(cards).toHaveCount(3);
  for (const i of [0, 1, 2]) await expect(cards.nth(i)).toHaveAttribute('data-status', 'read', { timeout: 120_000 });

  // The QR card: every field from the vCard, none marked uncertain.
  const qrCard = cards.nth(0);
  await expect(qrCard.locator('[data-field="firstName"]')).toHaveValue('Clara');
  await expect(qrCard.locator('[data-field="company"]')).toHaveValue('Wimmer & Söhne Maschinenbau GmbH');
  await expect(qrCard.locator('[data-uncertain]')).toHaveCount(0);

  // The stored Anna is named on her card before saving.
  await expect(cards.nth(1).getByTestId('qa-duplicate')).toContainText('Anna Berger');

  // The user corrects what the third card says about Martin.
  const title = cards.nth(2).locator('[data-field="jobTitle"]');
  await title.fill('Leiter Einkauf');

  await page.getByTestId('capture-save-all').click();
  await expect(page.getByTestId('capture-status')).toHaveText(
    '2 saved; 1 may already be in your contacts: choose below.',
  );
  await cards.nth(1).getByRole('button', { name: 'Save as new' }).click();
  await expect(cards.nth(1)).toHaveAttribute('data-status', 'saved');

  const contacts = await readStore(page, 'contacts');
  const saved = contacts.filter((c) => c.id !== 'anna-stored');
  expect(saved).toHaveLength(3);
  for (const contact of saved) {
    expect(contact).toMatchObject({
      eventId: 'party-last',
      metAt: 'Weihnachtsfeier Lechner AG',
      introducedBy: 'Lechner AG',
    });
  }
  const byEmail = (email: string) => saved.find((c) => JSON.stringify(c.emails).includes(email));
  expect(byEmail('c.hofmann@wimmer-soehne.de')).toMatchObject({
    prefix: 'Dr.',
    firstName: 'Clara',
    lastName: 'Hofmann',
    jobTitle: 'Head of Purchasing',
    phones: [{ label: 'mobile', value: '+49 170 5550123', e164: '+491705550123' }],
  });
  expect(byEmail('anna.berger@lechner.at')).toBeDefined();
  expect(byEmail('martin.weber@stadtwerke-graz.at')).toMatchObject({ jobTitle: 'Leiter Einkauf' });
  // Without "keep the photo" only the fields are stored.
  expect(JSON.stringify(contacts)).not.toContain('image/jpeg');
  expect(await photosIn(page)).toEqual([]);
});

/** The kept photos: their contact, type and size (a Blob does not cross page.evaluate). */
const photosIn = (page: Parameters<typeof readStore>[0]) =>
  page.evaluate(
    () =>
      new Promise<{ contactId: string; type: string; size: number }[]>((resolve, reject) => {
        const open = indexedDB.open('sternstunde');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('photos').objectStore('photos').getAll();
          request.onsuccess = () => {
            open.result.close();
            const rows = request.result as { contactId: string; image: Blob }[];
            resolve(rows.map((r) => ({ contactId: r.contactId, type: r.image.type, size: r.image.size })));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    undefined,
  ) as Promise<{ contactId: string; type: string; size: number }[]>;

test('"keep the photo" stores the card photo with its contact; the contact editor shows it, removes it with undo, and deleting the contact takes it along (undo brings both back)', async ({
  extensionPage,
  context,
  extensionId,
}) => {
  const page = await extensionPage('capture.html');
  await seedStores(page, { events: [partyRow('party', 'Weihnachtsfeier Lechner AG', localIso(-30), localIso(-25))] });
  await page.reload();
  await dropCards(page, '[data-testid="capture-drop"]', [
    { lines: ['#Wimmer & Söhne'], qr: await qrPng(CLARA_VCARD) },
    {
      lines: ['#Wimmer & Söhne'],
      qr: await qrPng(
        CLARA_VCARD.replace('Clara', 'Paula').replace('c.hofmann', 'p.hofmann').replace('5550123', '5550999'),
      ),
    },
  ]);
  const cards = page.getByTestId('capture-card');
  for (const i of [0, 1]) await expect(cards.nth(i)).toHaveAttribute('data-status', 'read', { timeout: 60_000 });
  // Off unless ticked: only the first card's photo is kept.
  await expect(cards.nth(1).getByTestId('capture-keep-photo')).not.toBeChecked();
  await cards.nth(0).getByTestId('capture-keep-photo').check();
  await page.getByTestId('capture-save-all').click();
  await expect(page.getByTestId('capture-status')).toHaveText(
    '2 saved; 0 may already be in your contacts: choose below.',
  );

  const contacts = await readStore(page, 'contacts');
  const clara = contacts.find((c) => c.firstName === 'Clara')!;
  const photos = await photosIn(page);
  expect(photos).toEqual([{ contactId: clara.id, type: 'image/jpeg', size: expect.any(Number) }]);
  expect(photos[0]!.size).toBeGreaterThan(10_000);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#contact=${clara.id}`);
  const shown = popup.getByTestId('contact-photos').getByRole('img', { name: 'Photo of the business card' });
  await expect(shown).toBeVisible();
  // The thumbnail is the stored image, decoded.
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await popup.getByRole('button', { name: 'Remove photo' }).click();
  await expect(popup.getByText('Photo removed.')).toBeVisible();
  await expect(shown).toHaveCount(0);
  expect(await photosIn(popup)).toEqual([]);
  await popup.getByTestId('contact-photos').getByRole('button', { name: 'Undo' }).click();
  await expect(shown).toBeVisible();
  expect(await photosIn(popup)).toHaveLength(1);

  await popup.getByRole('button', { name: 'Delete contact' }).click();
  await expect(popup.getByText('Contact deleted.')).toBeVisible();
  expect(await photosIn(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => photosIn(popup))
    .toEqual([{ contactId: clara.id, type: 'image/jpeg', size: photos[0]!.size }]);
  expect((await readStore(popup, 'contacts')).map((c) => c.id)).toContain(clara.id);
});

test('picked files: a PNG of a QR code is read, a HEIC the browser cannot open says so and stays typeable; a stored contact is merged and linked to the party', async ({
  extensionPage,
}) => {
  const page = await extensionPage('capture.html');
  await seedStores(page, {
    events: [partyRow('party', 'Weihnachtsfeier Lechner AG', localIso(-30), localIso(-25))],
    contacts: [
      contactRow('clara-stored', { firstName: 'Clara', lastName: 'Hofmann', email: 'c.hofmann@wimmer-soehne.de' }),
    ],
  });
  await page.reload();
  await expect(page.getByTestId('qa-event')).toHaveValue('party');
  const png = Buffer.from((await qrPng(CLARA_VCARD)).split(',')[1]!, 'base64');
  // The start of an HEIC file (ISO box "ftyp", brand "heic"): Chromium decodes no HEIC.
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
  await page.getByTestId('capture-files').setInputFiles([
    { name: 'clara.png', mimeType: 'image/png', buffer: png },
    { name: 'IMG_0001.HEIC', mimeType: '', buffer: heic },
  ]);
  const cards = page.getByTestId('capture-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAttribute('data-status', 'read', { timeout: 30_000 });
  await expect(cards.nth(0).locator('[data-field="lastName"]')).toHaveValue('Hofmann');
  await expect(cards.nth(1)).toHaveAttribute('data-status', 'failed', { timeout: 30_000 });
  await expect(cards.nth(1).getByRole('status')).toContainText('This photo could not be read');
  await cards.nth(1).locator('[data-field="firstName"]').fill('Max');
  await cards.nth(1).locator('[data-field="lastName"]').fill('Huber');

  await page.getByTestId('capture-save-all').click();
  await expect(page.getByTestId('capture-status')).toHaveText(
    '1 saved; 1 may already be in your contacts: choose below.',
  );
  const notice = cards.nth(0).getByTestId('qa-duplicate');
  await expect(notice).toContainText('Clara Hofmann');
  await notice.getByRole('button', { name: 'Merge' }).click();
  await expect(cards.nth(0).getByTestId('capture-outcome')).toHaveText('Merged into Dr. Clara Hofmann');

  const contacts = await readStore(page, 'contacts');
  expect(contacts).toHaveLength(2);
  const party = { eventId: 'party', metAt: 'Weihnachtsfeier Lechner AG', introducedBy: 'Lechner AG' };
  expect(contacts.find((c) => c.id === 'clara-stored')).toMatchObject({
    ...party,
    company: 'Wimmer & Söhne Maschinenbau GmbH',
    jobTitle: 'Head of Purchasing',
  });
  expect(contacts.find((c) => c.id !== 'clara-stored')).toMatchObject({
    ...party,
    firstName: 'Max',
    lastName: 'Huber',
  });
});

test('every QR code on a card is read: a MECARD and a LinkedIn link give one contact with both', async ({
  extensionPage,
}) => {
  const page = await extensionPage('capture.html');
  await dropCards(page, '[data-testid="capture-drop"]', [
    {
      lines: ['#Atelier Rive'],
      qr: [
        await qrPng('MECARD:N:Martin,Paul;EMAIL:paul.martin@atelier-rive.fr;;'),
        await qrPng('https://www.linkedin.com/in/paul-martin'),
      ],
      qrSide: 220,
      angle: -3,
      noise: 10,
    },
  ]);
  const card = page.getByTestId('capture-card');
  await expect(card).toHaveAttribute('data-status', 'read', { timeout: 30_000 });
  await expect(card.locator('[data-field="firstName"]')).toHaveValue('Paul');
  await expect(card.locator('[data-field="lastName"]')).toHaveValue('Martin');
  await expect(card.locator('input[type=email]')).toHaveValue('paul.martin@atelier-rive.fr');
  await expect(card.locator('input[inputmode=url]')).toHaveValue('https://www.linkedin.com/in/paul-martin');
});
