import { expect, test } from './harness';
import { localIso, partyRow, readStore, seedStores, stored } from './extension-db';

const ANNA = 'Dr. Anna Berger, Lechner AG, CFO, anna@lechner.at, +43 660 1234567';

test('quick add by keyboard alone: type a line, Enter saves the parsed contact', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  const line = popup.getByTestId('qa-input');
  await expect(line).toBeFocused();
  await expect(popup.getByTestId('popup-shortcut')).toContainText('Alt+Shift+S');

  await popup.keyboard.type(ANNA);
  const preview = popup.getByTestId('qa-preview');
  await expect(preview.locator('[data-field="company"]')).toHaveText('Lechner AG');
  await expect(preview.locator('[data-field="email"]')).toHaveText('anna@lechner.at');
  await popup.keyboard.press('Enter');

  await expect(popup.getByTestId('qa-status')).toHaveText('Saved: Dr. Anna Berger');
  await expect(line).toHaveValue('');
  await expect(line).toBeFocused();
  const contacts = await readStore(popup, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    prefix: 'Dr.',
    firstName: 'Anna',
    lastName: 'Berger',
    company: 'Lechner AG',
    jobTitle: 'CFO',
    emails: [{ label: 'work', value: 'anna@lechner.at' }],
    // Typed without a label: we don't know whether it is a mobile or an office number.
    phones: [{ label: 'other', value: '+43 660 1234567', e164: '+436601234567' }],
    tags: [],
    partnerFit: [],
    followUpStatus: 'open',
  });
  // Without an event the follow-up is due 48 h from now (or the Monday after).
  const due = Date.parse(contacts[0]!.followUpDue as string);
  expect(due).toBeGreaterThan(Date.now() + 47 * 3_600_000);
});

test('a duplicate is named before saving; merging fills the stored contact', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.keyboard.type(ANNA);
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('qa-status')).toContainText('Anna Berger');

  await popup.keyboard.type('Anna Berger, ANNA@lechner.at, www.lechner.at');
  const notice = popup.getByTestId('qa-duplicate');
  await expect(notice).toContainText('Dr. Anna Berger · Lechner AG is already in your contacts (same e-mail).');
  await popup.keyboard.press('Enter');
  // Enter did not save a second Anna: it moved to the choice.
  expect(await readStore(popup, 'contacts')).toHaveLength(1);
  await expect(popup.getByRole('button', { name: 'Merge' })).toBeFocused();
  await popup.keyboard.press('Enter');

  await expect(popup.getByTestId('qa-status')).toHaveText('Merged into Dr. Anna Berger');
  const contacts = await readStore(popup, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    emails: [{ label: 'work', value: 'anna@lechner.at' }],
    phones: [{ label: 'other', value: '+43 660 1234567' }],
    websites: [{ label: 'work', value: 'www.lechner.at' }],
  });

  await popup.keyboard.type('Dr. Anna Berger, Lechner AG');
  await expect(notice).toContainText('(same name and company)');
  await notice.getByRole('button', { name: 'Open' }).click();
  await expect(popup.getByTestId('contact-name')).toHaveText('Dr. Anna Berger');
  expect(new URL(popup.url()).hash).toBe(`#contact=${contacts[0]!.id}`);
});

test('a contact is linked to the party on now, and to its host when picked from "ask the host"', async ({
  extensionPage,
}) => {
  const popup = await extensionPage('popup.html');
  await seedStores(popup, {
    events: [
      partyRow('party-now', 'Weihnachtsfeier Lechner AG', localIso(-2), localIso(2)),
      partyRow('party-old', 'Jahresabschluss Huber', localIso(-24 * 5), localIso(-24 * 5 + 4), 'Huber GmbH'),
    ],
    targets: [
      {
        ...stored('t1'),
        eventId: 'party-now',
        name: 'Max Huber',
        company: 'Huber Bau',
        askHost: true,
        status: 'planned',
      },
      { ...stored('t2'), eventId: 'party-now', name: 'Eva Klein', askHost: false, status: 'planned' },
    ],
  });
  await popup.reload();
  await expect(popup.getByTestId('qa-event')).toHaveValue('party-now');
  await expect(popup.getByTestId('qa-event').locator('option')).toHaveText([
    'No event',
    'Weihnachtsfeier Lechner AG',
    'Jahresabschluss Huber',
  ]);

  await popup.getByRole('button', { name: 'Max Huber · Huber Bau' }).click();
  await expect(popup.getByTestId('qa-input')).toHaveValue('Max Huber, Huber Bau');
  await expect(popup.getByTestId('qa-input')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('qa-status')).toHaveText('Saved: Max Huber');

  const [contact] = await readStore(popup, 'contacts');
  expect(contact).toMatchObject({
    firstName: 'Max',
    lastName: 'Huber',
    company: 'Huber Bau',
    eventId: 'party-now',
    metAt: 'Weihnachtsfeier Lechner AG',
    introducedBy: 'Lechner AG',
    followUpContext: 'Weihnachtsfeier Lechner AG',
  });
  const targets = await readStore(popup, 'targets');
  expect(targets.find((t) => t.id === 't1')).toMatchObject({ status: 'met', contactId: contact!.id });
  // Picked people leave the list.
  await expect(popup.getByRole('button', { name: 'Max Huber · Huber Bau' })).toHaveCount(0);
});

test('the full form behind "More fields": tags, promise, follow-up date and notes are stored', async ({
  extensionPage,
}) => {
  const popup = await extensionPage('popup.html');
  await popup.keyboard.type('Eva Klein, Klein & Partner');
  await popup.getByRole('button', { name: 'More fields' }).click();
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('Klein & Partner');
  await popup.getByLabel('Tags (separated by commas)').fill('steuer, wien');
  await popup.getByLabel('What I promised').fill('Send the study');
  await popup.getByLabel('Follow up on').fill('2026-12-14T09:30');
  await popup.getByLabel('Notes').fill('Likes skiing');
  await popup.getByRole('button', { name: 'Save contact' }).click();
  await expect(popup.getByTestId('qa-status')).toHaveText('Saved: Eva Klein');
  const [contact] = await readStore(popup, 'contacts');
  expect(contact).toMatchObject({ tags: ['steuer', 'wien'], followUpPromise: 'Send the study', notes: 'Likes skiing' });
  const due = new Date(contact!.followUpDue as string);
  expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()]).toEqual([
    2026, 11, 14, 9, 30,
  ]);
});
