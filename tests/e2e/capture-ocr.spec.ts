import { dropCards } from './card-images';
import { localIso, partyRow, seedStores } from './extension-db';
import { expect, test } from './harness';

// OCR of whole cards on a slow machine shared with other tests.
test.setTimeout(120_000);
const READ = { timeout: 90_000 };

// A single letter before a dot ("j.mueller") on a noisy photo is often read "j-mueller", confidently:
// `npm run bench` keeps such a card in its accuracy figure.
test('printed cards upside down, turned by 90° and noisy are read upright', async ({ extensionPage }) => {
  const page = await extensionPage('capture.html');
  await dropCards(page, '[data-testid="capture-drop"]', [
    {
      lines: ['#Sophie Laurent', 'Directrice commerciale', 'Atelier Rive S.A.', 's.laurent@atelier-rive.fr'],
      angle: 180,
      noise: 12,
    },
    {
      lines: ['#James Carter', 'Regional Sales Manager', 'Northwind Ltd', 'james.carter@northwind.co.uk'],
      angle: 90,
      noise: 12,
    },
    {
      lines: ['#Jürgen Müller', 'Geschäftsführer', 'Müller & Söhne KG', 'juergen.mueller@mueller-soehne.de'],
      angle: 6,
      noise: 20,
    },
  ]);
  const cards = page.getByTestId('capture-card');
  const expected = [
    ['Sophie', 'Laurent', 's.laurent@atelier-rive.fr'],
    ['James', 'Carter', 'james.carter@northwind.co.uk'],
    ['Jürgen', 'Müller', 'juergen.mueller@mueller-soehne.de'],
  ];
  for (const [i, [first, last, email]] of expected.entries()) {
    const card = cards.nth(i);
    await expect(card).toHaveAttribute('data-status', 'read', READ);
    await expect(card.locator('[data-field="firstName"]')).toHaveValue(first!);
    await expect(card.locator('[data-field="lastName"]')).toHaveValue(last!);
    await expect(card.locator('input[type=email]')).toHaveValue(email!);
  }
});

test('cancel stops a card being read and one waiting; their fields stay typeable and they can be read again', async ({
  extensionPage,
}) => {
  const page = await extensionPage('capture.html');
  await dropCards(page, '[data-testid="capture-drop"]', [
    { lines: ['#Anna Berger', 'Lechner AG', 'anna.berger@lechner.at'], noise: 12 },
    { lines: ['#Martin Weber', 'Stadtwerke Graz', 'martin.weber@stadtwerke-graz.at'], noise: 12 },
  ]);
  const cards = page.getByTestId('capture-card');
  await expect(cards.nth(0)).toHaveAttribute('data-status', 'reading');
  await expect(cards.nth(0).getByTestId('capture-progress')).toBeVisible();
  await expect(cards.nth(1)).toHaveAttribute('data-status', 'waiting');
  await cards.nth(1).getByTestId('capture-cancel').click();
  await cards.nth(0).getByTestId('capture-cancel').click();
  await expect(cards.nth(0)).toHaveAttribute('data-status', 'cancelled');
  await expect(cards.nth(1)).toHaveAttribute('data-status', 'cancelled');
  await expect(cards.nth(0).locator('[data-field="firstName"]')).toHaveValue('');
  await cards.nth(0).locator('[data-field="firstName"]').fill('Anna');

  await cards.nth(1).getByRole('button', { name: 'read it again' }).click();
  await expect(cards.nth(1)).toHaveAttribute('data-status', 'read', READ);
  await expect(cards.nth(1).locator('input[type=email]')).toHaveValue('martin.weber@stadtwerke-graz.at');
  await expect(cards.nth(0).locator('[data-field="firstName"]')).toHaveValue('Anna');
});

test('quick add and the debrief open the capture page in a tab; from a debrief it is set to that party', async ({
  context,
  extensionPage,
}) => {
  const popup = await extensionPage('popup.html');
  const opened = context.waitForEvent('page');
  await popup.getByTestId('scan-cards').click();
  const capture = await opened;
  await expect(capture).toHaveURL(/\/capture\.html$/);
  await expect(capture.getByRole('heading', { name: 'Scan business cards' })).toBeVisible();

  await seedStores(capture, {
    events: [
      partyRow('party-old', 'Jahresabschluss Huber', localIso(-24 * 5), localIso(-24 * 5 + 4), 'Huber GmbH'),
      partyRow('party-last', 'Weihnachtsfeier Lechner AG', localIso(-24 * 2), localIso(-24 * 2 + 5)),
    ],
  });
  const debrief = await extensionPage('popup.html#debrief=party-old');
  const fromDebrief = context.waitForEvent('page');
  await debrief.getByTestId('scan-cards').click();
  const forParty = await fromDebrief;
  await expect(forParty).toHaveURL(/\/capture\.html\?event=party-old$/);
  await expect(forParty.getByTestId('qa-event')).toHaveValue('party-old');
});
