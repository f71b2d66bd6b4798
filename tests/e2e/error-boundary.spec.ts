import { readFileSync } from 'node:fs';
import { expect, test } from './harness';
import { seedRows } from './data-seed';
import { stored } from './extension-db';

// A damaged row (what a partner looks for is an object, not text) makes the options page fail to
// render. The page must not go blank: it says what happened and offers the ways out.
test('a page that fails to render shows the error with reload and a working backup', async ({
  extensionPage,
  errors,
}) => {
  const options = await extensionPage('options.html');
  await seedRows(options, 'partners', [
    { ...stored('p-damaged'), name: 'Koller IT', lookingFor: { sector: 'Bau' } },
    { ...stored('p-fine'), name: 'Weber IT', lookingFor: 'Handwerk' },
  ]);
  await options.reload();

  const alert = options
    .getByRole('alert')
    .filter({ has: options.getByRole('heading', { name: 'Something went wrong' }) });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('What you saved stays stored in this browser.');
  // The production build of React names its errors by number (#31: an object as a child).
  await expect(alert).toContainText('Error: Minified React error #31');

  // The backup comes from the database, not from the page that failed.
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    app: string;
    tables: { partners: { id: string }[] };
  };
  expect(backup.app).toBe('sternstunde');
  expect(backup.tables.partners.map((p) => p.id).sort()).toEqual(['p-damaged', 'p-fine']);
  await expect(options.getByRole('status')).toHaveText(`Backup saved as ${download.suggestedFilename()}.`);

  // Reloading loads the page afresh (the note about the backup is gone); the damaged row still breaks it.
  await Promise.all([options.waitForEvent('load'), alert.getByRole('button', { name: 'Reload page' }).click()]);
  await expect(alert).toBeVisible();
  await expect(options.getByRole('status')).toHaveCount(0);

  // React and the boundary log the render error; nothing else may have gone wrong.
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.filter((e) => !/Minified React error #31/.test(e))).toEqual([]);
  errors.length = 0;
});

test.describe('German UI', () => {
  test.use({ language: 'de' });

  test('the error page in German', async ({ extensionPage, errors }) => {
    const options = await extensionPage('options.html');
    await seedRows(options, 'partners', [{ ...stored('p-damaged'), name: 'Koller IT', lookingFor: { sector: 'Bau' } }]);
    await options.reload();
    const alert = options.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Etwas ist schiefgelaufen' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Sicherung herunterladen' })).toBeVisible();
    errors.length = 0;
  });
});
