import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './harness';
import { countRows, makeContacts, seedRows } from './data-seed';
import { readStore } from './extension-db';

const V1_BACKUP = new URL('../fixtures/backup/schema-v1.json', import.meta.url);

const today = () => new Date().toLocaleDateString('sv-SE');

test('backup → erase → restore through the UI gives everything back', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await seedRows(options, 'contacts', makeContacts(5));
  await options.reload();
  await options.getByPlaceholder('Partner', { exact: true }).fill('Koller IT');
  await options.getByRole('button', { name: 'Add partner' }).click();
  await expect(options.getByTestId('partner-list')).toContainText('Koller IT');

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`sternstunde-backup-${today()}.json`);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
    app: string;
    format: number;
    tables: Record<string, unknown[]>;
  };
  expect(backup).toMatchObject({ app: 'sternstunde', format: 1 });
  expect(backup.tables.contacts).toHaveLength(5);
  expect(backup.tables.partners).toHaveLength(1);

  // Erase: the typed word must match; Escape cancels; the keyboard does it all.
  await options.getByRole('button', { name: 'Erase everything…' }).click();
  const dialog = options.getByRole('dialog', { name: 'Erase all data?' });
  await expect(dialog).toBeVisible();
  await options.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await countRows(options, 'contacts')).toBe(5);

  await options.getByRole('button', { name: 'Erase everything…' }).click();
  await expect(dialog.getByLabel('Type DELETE to confirm')).toBeFocused();
  await options.keyboard.type('DELET');
  await options.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Type DELETE exactly to confirm.');
  expect(await countRows(options, 'contacts')).toBe(5);
  await options.keyboard.type('E');
  await options.keyboard.press('Enter');
  await expect(options.getByText('All data erased.')).toBeVisible();
  expect(await countRows(options, 'contacts')).toBe(0);
  expect(await countRows(options, 'partners')).toBe(0);
  await expect(
    options.getByText('No contacts yet. Contacts you capture or import can be exported here.'),
  ).toBeVisible();

  // Restore asks first, and Cancel (focused, so Enter is safe) changes nothing.
  const picker = options.getByLabel('Restore from a backup file');
  await picker.setInputFiles(backupPath);
  const confirm = options.getByRole('dialog', { name: 'Replace all data?' });
  await expect(confirm).toContainText('(5 contacts) replaces ALL data stored here now');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  expect(await countRows(options, 'contacts')).toBe(0);

  await picker.setInputFiles(backupPath);
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await expect(options.getByText('Backup restored: 5 contacts.')).toBeVisible();
  expect(await countRows(options, 'contacts')).toBe(5);
  await expect(options.getByTestId('partner-list')).toContainText('Koller IT');
  await expect(options.getByTestId('export-count')).toHaveText('Contacts in this selection: 5');
});

test('a malformed or foreign backup is refused with a clear error and changes nothing', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await seedRows(options, 'contacts', makeContacts(2));
  await options.reload();
  const picker = options.getByLabel('Restore from a backup file');

  await picker.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"other-tool"}'),
  });
  await expect(options.getByRole('alert')).toHaveText(
    'other.json is a backup of another program. Nothing was changed.',
  );

  const newer = { app: 'sternstunde', format: 9, schemaVersion: 2, exportedAt: '2030-01-01T00:00:00Z', tables: {} };
  await picker.setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(newer)),
  });
  await expect(options.getByRole('alert')).toContainText('newer.json was made by a newer version of Sternstunde.');

  const damaged = {
    ...newer,
    format: 1,
    tables: { events: [], goals: [], targets: [], contacts: [{ id: 1 }], partners: [], debriefs: [], settings: [] },
  };
  await picker.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(damaged)),
  });
  await expect(options.getByRole('alert')).toHaveText(
    'damaged.json is damaged (entry contacts[0].id). Nothing was changed.',
  );

  await picker.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
  await expect(options.getByRole('alert')).toContainText('notes.json is not a Sternstunde backup (no JSON).');

  await expect(options.getByRole('dialog')).toHaveCount(0);
  expect(await countRows(options, 'contacts')).toBe(2);
});

test.describe('German UI', () => {
  test.use({ language: 'de' });

  test('erase everything with the German word LÖSCHEN', async ({ extensionPage }) => {
    const options = await extensionPage('options.html');
    await seedRows(options, 'contacts', makeContacts(2));
    await options.reload();
    await options.getByRole('button', { name: 'Alles löschen …' }).click();
    const dialog = options.getByRole('dialog', { name: 'Alle Daten löschen?' });
    await dialog.getByLabel('Zum Bestätigen LÖSCHEN eingeben').fill('DELETE');
    await dialog.getByRole('button', { name: 'Alles löschen' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Geben Sie genau LÖSCHEN ein, um zu bestätigen.');
    await dialog.getByLabel('Zum Bestätigen LÖSCHEN eingeben').fill('löschen');
    await dialog.getByRole('button', { name: 'Alles löschen' }).click();
    await expect(options.getByText('Alle Daten gelöscht.')).toBeVisible();
    expect(await countRows(options, 'contacts')).toBe(0);
  });
});

test('a backup written by the first database version restores with every contact field in its list', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options.html');
  await options.getByLabel('Restore from a backup file').setInputFiles(fileURLToPath(V1_BACKUP));
  const confirm = options.getByRole('dialog', { name: 'Replace all data?' });
  await expect(confirm).toContainText('(1 contact) replaces ALL data stored here now');
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await expect(options.getByText('Backup restored: 1 contact.')).toBeVisible();

  // Stored in the current model, with the index keys computed on the way in.
  const [stored] = await readStore(options, 'contacts');
  expect(stored).toMatchObject({
    id: 'c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f604',
    emailKeys: ['joerg.mueller@huber.at'],
    phoneKeys: ['+436601234567'],
  });
  const [event] = await readStore(options, 'events');
  expect(event).toMatchObject({ organizer: 'Maria Lechner', host: 'Maria Lechner' });

  // And out again: a current backup holds the e-mail, phone, websites and address in their lists.
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    tables: { contacts: Record<string, unknown>[] };
  };
  expect(backup.tables.contacts).toHaveLength(1);
  const [contact] = backup.tables.contacts;
  expect(contact).toMatchObject({
    firstName: 'Jörg',
    lastName: 'Müller',
    emails: [{ label: 'work', value: 'joerg.mueller@huber.at' }],
    phones: [{ label: 'mobile', value: '+43 660 1234567', e164: '+436601234567' }],
    websites: [
      { label: 'work', value: 'https://huber.at' },
      { label: 'LinkedIn', value: 'https://www.linkedin.com/in/joerg-mueller' },
    ],
    addresses: [{ label: 'work', formatted: 'Hauptplatz 3, 8010 Graz' }],
  });
  expect(contact).not.toHaveProperty('email');
  expect(contact).not.toHaveProperty('emailKeys');
  await expect(options.getByTestId('export-count')).toHaveText('Contacts in this selection: 1');

  // The popup shows the e-mail and the phone (with its tel: link) in their lists.
  const popup = await extensionPage('popup.html#contact=c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f604');
  await expect(popup.getByTestId('contact-name')).toContainText('Jörg Müller');
  await expect(popup.getByRole('group', { name: 'E-mail addresses' }).getByRole('textbox')).toHaveValue(
    'joerg.mueller@huber.at',
  );
  await expect(popup.getByRole('group', { name: 'Phone numbers' }).getByRole('textbox')).toHaveValue('+43 660 1234567');
  await expect(popup.getByRole('link', { name: 'Call +43 660 1234567' })).toHaveAttribute('href', 'tel:+436601234567');
});
