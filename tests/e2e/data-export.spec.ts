import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { expect, test } from './harness';
import { makeContacts, seedRows } from './data-seed';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

const today = () => new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD, local

test('export from the popup: a Google CSV with semicolons, BOM, header and cells', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html#export');
  await seedRows(popup, 'contacts', makeContacts(3));
  await popup.reload();
  await popup.getByRole('tab', { name: 'Export' }).click();

  const form = popup.getByRole('form', { name: 'Export contacts' });
  await expect(form.getByTestId('export-count')).toHaveText('Contacts in this selection: 3');
  await form.getByLabel('Format').selectOption({ label: 'Google Contacts CSV' });
  await form.getByLabel('Semicolon ( ; )').check();
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    form.getByRole('button', { name: 'Download' }).click(),
  ]);

  expect(download.suggestedFilename()).toBe(`sternstunde-contacts-${today()}.csv`);
  const bytes = await downloaded(download);
  expect(bytes.subarray(0, 3)).toEqual(BOM);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(/^First Name;Middle Name;Last Name;/);
  expect(lines.filter(Boolean)).toHaveLength(4);
  expect(lines[1]).toContain('Jörg 0;;Müller;');
  expect(lines[1]).toContain('seed0@huber.at');
  // The formula-like note is neutralised for spreadsheets.
  expect(lines[1]).toContain(`'=1+1`);
  await expect(popup.getByRole('status')).toContainText(`sternstunde-contacts-${today()}.csv`);
});

test('export form on the options page: scope by tag, vCard file; empty state without contacts', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await expect(
    options.getByText('No contacts yet. Contacts you capture or import can be exported here.'),
  ).toBeVisible();
  await seedRows(options, 'contacts', makeContacts(4));
  await options.reload();

  const form = options.getByRole('form', { name: 'Export contacts' });
  await expect(form.getByTestId('export-count')).toHaveText('Contacts in this selection: 4');
  await form.getByLabel('Contacts', { exact: true }).selectOption({ label: 'Kunde' });
  await expect(form.getByTestId('export-count')).toHaveText('Contacts in this selection: 2');
  await form.getByLabel('Format').selectOption('vcard');
  await expect(form.getByRole('group', { name: 'Separator' })).toHaveCount(0);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    form.getByRole('button', { name: 'Download' }).click(),
  ]);

  expect(download.suggestedFilename()).toBe(`sternstunde-contacts-${today()}.vcf`);
  const text = (await downloaded(download)).toString('utf8');
  expect(text.match(/BEGIN:VCARD\r\n/g)).toHaveLength(2);
  expect(text).toContain('VERSION:4.0');
  expect(text).toContain('FN:Jörg 0 Müller');
  expect(text).toContain('FN:Jörg 2 Müller');
});

test.describe('German UI', () => {
  test.use({ language: 'de' });

  test('Sternstunde CSV export in German', async ({ extensionPage }) => {
    const options = await extensionPage('options.html');
    await seedRows(options, 'contacts', makeContacts(2));
    await options.reload();
    const form = options.getByRole('form', { name: 'Kontakte exportieren' });
    await expect(form.getByTestId('export-count')).toHaveText('Kontakte in dieser Auswahl: 2');
    await expect(form.getByText('Excel mit deutschen Einstellungen erwartet Semikolon')).toBeVisible();
    await form.getByLabel('Semikolon ( ; )').check();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      form.getByRole('button', { name: 'Herunterladen' }).click(),
    ]);
    const text = (await downloaded(download)).toString('utf8');
    expect(text.startsWith('\uFEFFsternstunde;id;createdAt;')).toBe(true);
    expect(text).toContain('full-2;seed-0;');
  });
});
