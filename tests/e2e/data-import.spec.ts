import { resolve } from 'node:path';
import { expect, test } from './harness';
import { countRows, makeContacts, seedRows } from './data-seed';
import { readStore } from './extension-db';

const GOOGLE = resolve('tests/fixtures/csv/google-new.csv');
const LATIN1 = resolve('tests/fixtures/data/latin1.csv');
const UNKNOWN = resolve('tests/fixtures/data/unknown-header.csv');

test('import of a Google CSV: preview, confirm, contacts stored; importing again finds the duplicates', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await options.getByLabel('Choose a CSV file').setInputFiles(GOOGLE);

  const preview = options.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Preview of google-new.csv' })).toBeVisible();
  await expect(preview).toContainText('Format: Google Contacts CSV');
  await expect(preview.getByTestId('import-count')).toHaveText('Contacts found: 3');
  const rows = preview.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Dr. Anna Berger');
  await expect(rows.nth(1)).toContainText('anna.berger@huber.at');
  await expect(rows.nth(1)).toContainText('Kunden, Wien');
  await expect(preview.getByTestId('import-duplicates')).toHaveCount(0);
  // Nothing is written before the user confirms.
  expect(await countRows(options, 'contacts')).toBe(0);

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status')).toHaveText('Imported: 3 new, 0 merged, 0 skipped.');
  await expect(preview).toHaveCount(0);
  expect(await countRows(options, 'contacts')).toBe(3);
  await expect(options.getByTestId('export-count')).toHaveText('Contacts in this selection: 3');

  // The same file again: every contact is already stored. Skip one, merge the others.
  await options.getByLabel('Choose a CSV file').setInputFiles(GOOGLE);
  const duplicates = options.getByTestId('import-duplicates');
  await expect(duplicates.getByRole('heading')).toHaveText('Already stored: 3');
  await expect(duplicates).toContainText('Markus Öztürk · Lumen Partners OG (same e-mail)');
  await expect(duplicates).toContainText('Lisa Maria Gruber · Gruber Consulting e.U. (same name and company)');
  await duplicates.getByLabel('What to do with Markus Öztürk · Lumen Partners OG').selectOption('skip');
  await duplicates.getByLabel('For all duplicates').selectOption('merge');
  await options.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status')).toHaveText('Imported: 0 new, 2 merged, 1 skipped.');
  expect(await countRows(options, 'contacts')).toBe(3);
});

test('malformed files show a clear error and change nothing; Cancel leaves the data alone', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await seedRows(options, 'contacts', makeContacts(2));
  await options.reload();
  const picker = options.getByLabel('Choose a CSV file');

  await picker.setInputFiles(LATIN1);
  await expect(options.getByRole('alert')).toHaveText(
    'latin1.csv is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) and try again. Nothing was changed.',
  );
  await expect(options.getByTestId('import-preview')).toHaveCount(0);

  await picker.setInputFiles(UNKNOWN);
  await expect(options.getByRole('alert')).toContainText(
    "unknown-header.csv can't be imported (line 1: unknown header",
  );
  await expect(options.getByRole('alert')).toContainText('Nothing was changed.');

  // A file dropped on the picker goes the same way.
  const dropped = await options.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Name;Telefon\r\nAnna;1\r\n'], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  });
  await options.locator('.drop', { hasText: 'Choose a CSV file' }).dispatchEvent('drop', { dataTransfer: dropped });
  await expect(options.getByRole('alert')).toContainText("dropped.csv can't be imported (line 1: unknown header");

  await picker.setInputFiles({
    name: 'broken-rows.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'First Name,Last Name,E-mail 1 - Value\r\nAnna,Berger,anna@x.at\r\nonly,two\r\n<img src=x onerror=alert(1)>,X,x@y.z\r\n',
    ),
  });
  const preview = options.getByTestId('import-preview');
  await expect(preview.getByTestId('import-count')).toHaveText('Contacts found: 2');
  await expect(preview.getByTestId('import-errors')).toContainText(
    'Line 3: expected 3 columns like the header, found 2',
  );
  // Hostile cells are shown as text.
  await expect(preview.getByRole('cell', { name: '<img src=x onerror=alert(1)> X' })).toBeVisible();
  await expect(options.locator('img')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);

  expect(await countRows(options, 'contacts')).toBe(2);
});

test.describe('German UI', () => {
  test.use({ language: 'de' });

  test('Google CSV import in German', async ({ extensionPage }) => {
    const options = await extensionPage('options.html');
    await options.getByLabel('CSV-Datei auswählen').setInputFiles(GOOGLE);
    const preview = options.getByTestId('import-preview');
    await expect(preview).toContainText('Format: Google Kontakte CSV');
    await expect(preview.getByTestId('import-count')).toHaveText('Gefundene Kontakte: 3');
    await preview.getByRole('button', { name: 'Importieren' }).click();
    await expect(options.getByRole('status')).toHaveText('Importiert: 3 neu, 0 zusammengeführt, 0 übersprungen.');
    expect(await countRows(options, 'contacts')).toBe(3);

    await options.getByLabel('CSV-Datei auswählen').setInputFiles(LATIN1);
    await expect(options.getByRole('alert')).toContainText('latin1.csv ist kein UTF-8-Text.');
  });
});

test('an e-mail cell that is not one address is named in the preview and imported as written', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await options.getByLabel('Choose a CSV file').setInputFiles({
    name: 'list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\nAnna,Berger,Work,"anna@huber.at, boss@evil.example"\nMarkus,Öztürk,Work,markus@lumen.at\n',
    ),
  });
  const warnings = options.getByTestId('import-email-warnings');
  await expect(warnings).toContainText('An e-mail address that is not one address.');
  await expect(warnings.getByRole('listitem')).toHaveText(['Anna Berger: "anna@huber.at, boss@evil.example"']);
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status')).toHaveText('Imported: 2 new, 0 merged, 0 skipped.');
  const contacts = (await readStore(options, 'contacts')).map((row) =>
    (row.emails as { value: string }[]).map((e) => e.value),
  );
  expect(contacts).toContainEqual(['anna@huber.at, boss@evil.example']);
});
