// Contacts with several e-mails and phones, through the built extension: import a Google and an
// Outlook CSV on the options page, export to each format, and read the files with an independent
// CSV reader (papaparse) and Mozilla's vCard parser (ical.js).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expect, test } from './harness';
import { countRows } from './data-seed';

const GOOGLE = resolve('tests/fixtures/csv/google-contacts.csv');
const OUTLOOK = resolve('tests/fixtures/csv/outlook-contacts.csv');

async function importFile(options: Page, file: string, name: string, count: number, format: string): Promise<void> {
  await options.getByLabel('Choose a CSV file').setInputFiles(file);
  const preview = options.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: `Preview of ${name}` })).toBeVisible();
  await expect(preview).toContainText(`Format: ${format}`);
  await expect(preview.getByTestId('import-count')).toHaveText(`Contacts found: ${count}`);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status')).toHaveText(`Imported: ${count} new, 0 merged, 0 skipped.`);
}

async function exportAs(options: Page, format: string): Promise<string> {
  const form = options.getByRole('form', { name: 'Export contacts' });
  await form.getByLabel('Format').selectOption({ label: format });
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    form.getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFileSync(await download.path()).toString('utf8');
}

/** Rows as objects keyed by header, read with papaparse from a file with BOM. */
function rowsOf(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...data] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  return { header, rows: data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))) };
}

const byName = (rows: Record<string, string>[], first: string) => {
  const row = rows.find((r) => r['First Name'] === first);
  expect(row, first).toBeDefined();
  return row ?? {};
};

test('Google and Outlook CSV with two e-mails and three phones per contact: imported and exported, each value in its own column', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await importFile(options, GOOGLE, 'google-contacts.csv', 3, 'Google Contacts CSV');
  await importFile(options, OUTLOOK, 'outlook-contacts.csv', 2, 'Outlook CSV');
  expect(await countRows(options, 'contacts')).toBe(5);
  await expect(options.getByTestId('export-count')).toHaveText('Contacts in this selection: 5');

  // Google: its own header (17 columns, then the numbered groups) and one value per group.
  const google = rowsOf(await exportAs(options, 'Google Contacts CSV'));
  expect(google.header.slice(0, 17)).toEqual([
    'First Name',
    'Middle Name',
    'Last Name',
    'Phonetic First Name',
    'Phonetic Middle Name',
    'Phonetic Last Name',
    'Name Prefix',
    'Name Suffix',
    'Nickname',
    'File As',
    'Organization Name',
    'Organization Title',
    'Organization Department',
    'Birthday',
    'Notes',
    'Photo',
    'Labels',
  ]);
  for (const header of google.header.slice(17)) {
    expect(header).toMatch(
      /^(?:(?:E-mail|Phone|Website|Custom Field) \d+ - (?:Label|Value)|Address \d+ - (?:Label|Formatted|Street|City|PO Box|Region|Postal Code|Country|Extended Address))$/,
    );
  }
  expect(byName(google.rows, 'Stefanie')).toMatchObject({
    'E-mail 1 - Label': '* Work',
    'E-mail 1 - Value': 's.hofer@alpen-logistik.at',
    'E-mail 2 - Label': 'Home',
    'E-mail 2 - Value': 'steffi.hofer@gmx.at',
    'Phone 1 - Label': '* Mobile',
    'Phone 1 - Value': '+43 664 1234567',
    'Phone 2 - Label': 'Work',
    'Phone 2 - Value': '+43 1 5550100',
    'Phone 3 - Label': 'Work Fax',
    'Phone 3 - Value': '+43 1 5550199',
    'Organization Department': 'Einkauf',
    Nickname: 'Steffi',
    Birthday: '1984-03-09',
  });
  expect(byName(google.rows, 'Markus')).toMatchObject({
    'E-mail 1 - Value': 'markus.steiner@steiner-consulting.at',
    'E-mail 2 - Value': 'm.steiner@gmail.com',
    'Phone 1 - Label': '* Work',
    'Phone 1 - Value': '+43 1 2223344',
    'Phone 2 - Label': 'Mobile',
    'Phone 2 - Value': '+43 699 11223344',
    'Phone 3 - Label': 'Home',
    'Phone 3 - Value': '+43 1 4445566',
  });

  // Outlook: the 61 columns, each e-mail and phone in its column, numbers without apostrophe.
  const outlook = rowsOf(await exportAs(options, 'Outlook CSV'));
  expect(outlook.header).toHaveLength(61);
  expect(byName(outlook.rows, 'Stefanie')).toMatchObject({
    'E-mail Address': 's.hofer@alpen-logistik.at',
    'E-mail 2 Address': 'steffi.hofer@gmx.at',
    'Mobile Phone': '+43 664 1234567',
    'Business Phone': '+43 1 5550100',
    'Business Fax': '+43 1 5550199',
  });
  expect(byName(outlook.rows, 'Laura')).toMatchObject({
    'E-mail Address': 'laura.fink@fink-design.de',
    'E-mail 2 Address': 'laura@fink.family',
    'Business Phone': '+49 30 1234567',
    'Business Phone 2': '+49 30 1234568',
    'Mobile Phone': '+49 160 9876543',
  });
  for (const row of [...google.rows, ...outlook.rows]) {
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^'\+\d/);
  }

  // Sternstunde's own format keeps every entry and label.
  const full = rowsOf(await exportAs(options, 'Sternstunde CSV (complete, for re-import)'));
  const claire = full.rows.find((r) => r['firstName'] === 'Claire');
  expect(JSON.parse(claire?.['phones'] ?? '[]')).toEqual([
    { label: 'mobile', value: '+33 6 12 34 56 78' },
    { label: 'mobile', value: '+33 6 98 76 54 32' },
    { label: 'work', value: '+33 1 23 45 67 89' },
  ]);

  // vCard, read by Mozilla's parser: every e-mail and phone with its type.
  const vcard = await exportAs(options, 'vCard (.vcf) for phones and address books');
  const cards = ICAL.parse(vcard) as unknown as [
    string,
    [string, Record<string, string | string[]>, string, string][],
  ][];
  expect(cards).toHaveLength(5);
  const jonas = cards.find(([, props]) => props.some(([name, , , value]) => name === 'fn' && value === 'Jonas Brandl'));
  const tels = (jonas?.[1] ?? [])
    .filter(([name]) => name === 'tel')
    .map(([, params, , value]) => [params['type'], value]);
  expect(tels).toEqual([
    ['cell', '+49 171 2345678'],
    [['work', 'voice'], '+49 89 1234-560'],
    [['home', 'voice'], '+49 89 7654321'],
  ]);
});
