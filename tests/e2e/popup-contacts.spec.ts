import { expect, test } from './harness';
import { contactRow, partyRow, readStore, seedStores, type Row } from './extension-db';

const contact = (id: string, firstName: string, lastName: string, extra: Parameters<typeof contactRow>[1] = {}): Row =>
  contactRow(id, { firstName, lastName, ...extra });

test('search as you type, filter by event and due follow-up, edit, delete with undo', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html#contacts');
  await seedStores(popup, {
    events: [partyRow('party', 'Weihnachtsfeier Lechner AG', '2026-11-20T18:00', '2026-11-20T23:00')],
    contacts: [
      contact('anna', 'Anna', 'Berger', {
        company: 'Lechner AG',
        email: 'anna@lechner.at',
        eventId: 'party',
        tags: ['bau'],
      }),
      contact('jose', 'José', 'Müller', {
        company: 'Huber Bau',
        followUpDue: '2026-01-05T09:00:00.000Z',
        followUpStatus: 'open',
      }),
      contact('eva', 'Eva', 'Klein', { company: 'Klein & Partner', email: 'eva@klein.at' }),
    ],
  });
  await popup.reload();
  const search = popup.getByTestId('contacts-search');
  const results = popup.getByTestId('contacts-results').getByRole('button');
  await expect(search).toBeFocused();
  await expect(results).toHaveText([/Anna Berger/, /Eva Klein/, /José Müller/]);

  await popup.keyboard.type('mull');
  await expect(results).toHaveText([/José Müller · Huber Bau/]);
  await search.fill('bau');
  await expect(results).toHaveText([/Anna Berger/, /José Müller/]);
  await search.fill('');
  await popup.getByLabel('Met at').selectOption('party');
  await expect(results).toHaveText([/Anna Berger/]);
  await popup.getByLabel('Met at').selectOption('');
  await popup.getByLabel('Follow-up due').check();
  await expect(results).toHaveText([/José Müller/]);
  await popup.getByLabel('Follow-up due').uncheck();
  await search.fill('nobody');
  await expect(popup.getByText('No contact matches.', { exact: false })).toBeVisible();
  await search.fill('eva');

  await results.first().click();
  expect(new URL(popup.url()).hash).toBe('#contact=eva');
  await popup.getByLabel('Job title').fill('Partner');
  // A second e-mail and a phone, by keyboard: the new row's input takes the focus.
  await popup.getByRole('button', { name: 'Add e-mail' }).click();
  await popup.keyboard.type('eva.klein@gmx.at');
  await popup.getByRole('group', { name: 'E-mail addresses' }).getByLabel('Label').nth(1).selectOption('home');
  await popup.getByRole('button', { name: 'Add phone' }).click();
  await popup.keyboard.type('+43 664 7654321');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Changes saved.')).toBeVisible();
  expect((await readStore(popup, 'contacts')).find((c) => c.id === 'eva')).toMatchObject({
    jobTitle: 'Partner',
    emails: [
      { label: 'work', value: 'eva@klein.at' },
      { label: 'home', value: 'eva.klein@gmx.at' },
    ],
    phones: [{ label: 'mobile', value: '+43 664 7654321', e164: '+436647654321' }],
    emailKeys: ['eva@klein.at', 'eva.klein@gmx.at'],
  });
  // Found by the second e-mail and by the phone's digits.
  await popup.getByRole('button', { name: 'Back' }).click();
  await search.fill('gmx');
  await expect(results).toHaveText([/Eva Klein/]);
  await search.fill('0664 765');
  await expect(results).toHaveText([/Eva Klein/]);
  await search.fill('eva');
  await results.first().click();

  await popup.getByRole('button', { name: 'Delete contact' }).click();
  await expect(popup.getByText('Contact deleted.')).toBeVisible();
  // Back in the list, the search kept.
  await expect(search).toHaveValue('eva');
  await expect(results).toHaveCount(0);
  expect(await readStore(popup, 'contacts')).toHaveLength(2);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(results).toHaveText([/Eva Klein/]);
  expect(await readStore(popup, 'contacts')).toHaveLength(3);
});

test('popup.html#contact=<id> opens the contact (where a follow-up reminder leads)', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await seedStores(popup, {
    contacts: [contact('anna', 'Anna', 'Berger', { followUpDue: '2026-01-05T09:00:00.000Z', followUpStatus: 'open' })],
  });
  const page = await extensionPage('popup.html#contact=anna');
  await expect(page.getByTestId('contact-name')).toHaveText('Anna Berger');
  await expect(page.getByRole('group', { name: 'Follow-up for Anna Berger' })).toBeVisible();
  const missing = await extensionPage('popup.html#contact=gone');
  await expect(missing.getByText('This contact no longer exists.')).toBeVisible();
});
