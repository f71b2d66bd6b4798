import type { Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { expect, test } from './harness';
import { contactRow, readStore, seedStores, type Row } from './extension-db';

// The extension's API as the service worker and the popup page see it (code run by evaluate()).
declare const chrome: typeof Browser;

function followUp(id: string, name: [string, string], due: number, extra: Parameters<typeof contactRow>[1] = {}): Row {
  return contactRow(id, {
    firstName: name[0],
    lastName: name[1],
    company: 'Lechner AG',
    email: `${name[0].toLowerCase()}@lechner.at`,
    metAt: 'Weihnachtsfeier Lechner AG',
    followUpDue: new Date(due).toISOString(),
    followUpStatus: 'open',
    ...extra,
  });
}

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

test('the badge counts due follow-ups; an alarm at the due time brings a notification with the context line', async ({
  context,
  extensionPage,
}) => {
  const worker = context.serviceWorkers()[0]!;
  // Record what the reminders say (the notification API does not tell their text afterwards).
  await worker.evaluate(() => {
    type Create = (id: string, options: Browser.notifications.NotificationCreateOptions) => Promise<string>;
    const created: Browser.notifications.NotificationCreateOptions[] = [];
    Object.assign(self, { created });
    const create = chrome.notifications.create.bind(chrome.notifications) as Create;
    const spy: Create = (id, options) => {
      created.push(options);
      return create(id, options);
    };
    Object.assign(chrome.notifications, { create: spy });
  });
  const popup = await extensionPage('popup.html');
  const now = Date.now();
  const soon = now + 3_000;
  await seedStores(popup, {
    contacts: [
      followUp('due', ['Anna', 'Berger'], now - 3_600_000, {
        followUpContext: 'Weihnachtsfeier – the new plant in Linz',
      }),
      followUp('done', ['Ben', 'Adler'], now - 3_600_000, { followUpStatus: 'done' }),
      followUp('soon', ['Max', 'Huber'], soon, { followUpContext: 'Weihnachtsfeier Lechner AG – ski trip in March' }),
    ],
  });
  // What the popup sends after every change.
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'follow-ups:changed', payload: {} }));
  expect(reply).toEqual({ ok: true, value: { due: 1 } });
  expect(await badge(worker)).toBe('1');
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  expect(alarms.filter((a) => a.name.startsWith('followup:'))).toEqual([
    expect.objectContaining({ name: 'followup:soon', scheduledTime: soon }),
  ]);

  await expect
    .poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 15_000 })
    .toHaveProperty(['followup:soon']);
  const created = await worker.evaluate(
    () => (self as unknown as { created: { title: string; message: string }[] }).created,
  );
  expect(created).toEqual([
    expect.objectContaining({
      title: 'Follow up: Max Huber · Lechner AG',
      message: 'Weihnachtsfeier Lechner AG – ski trip in March',
    }),
  ]);
  await expect.poll(() => badge(worker)).toBe('2');
});

test('the due list: e-mail draft, calendar links, .ics download, done with undo; the badge follows', async ({
  context,
  extensionPage,
}) => {
  const worker = context.serviceWorkers()[0]!;
  const popup = await extensionPage('popup.html');
  await seedStores(popup, {
    contacts: [
      followUp('anna', ['Anna', 'Berger'], Date.now() - 60_000, {
        followUpContext: 'Weihnachtsfeier Lechner AG – the new plant in Linz',
        followUpPromise: 'Send the case study',
      }),
    ],
  });
  await popup.goto(popup.url().replace(/#.*$/, '') + '#follow-ups');
  await popup.reload();
  await expect(popup.getByRole('tab', { name: 'Follow-ups (1)' })).toHaveAttribute('aria-selected', 'true');
  const item = popup.getByTestId('follow-ups-due').getByTestId('follow-up-item');
  await expect(item).toContainText('Anna Berger · Lechner AG');
  await expect(item).toContainText('Weihnachtsfeier Lechner AG – the new plant in Linz');

  const mail = await item.getByRole('link', { name: 'E-mail draft' }).getAttribute('href');
  expect(mail).toMatch(
    /^mailto:anna@lechner\.at\?subject=Great%20to%20meet%20you%20at%20Weihnachtsfeier%20Lechner%20AG&body=/,
  );
  expect(decodeURIComponent(mail!)).toContain(
    'Hello Anna Berger,\r\n\r\nWeihnachtsfeier Lechner AG – the new plant in Linz\r\nSend the case study',
  );
  expect(await item.getByRole('link', { name: 'Google Calendar' }).getAttribute('href')).toMatch(
    /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Follow%20up:%20Anna%20Berger/,
  );
  expect(await item.getByRole('link', { name: 'Outlook' }).getAttribute('href')).toMatch(
    /^https:\/\/outlook\.office\.com\/calendar\/deeplink\/compose\?/,
  );
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    item.getByRole('button', { name: 'Download .ics' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('follow-up-anna-berger.ics');
  const ics = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(ics).toString('utf8')).toContain('SUMMARY:Follow up: Anna Berger · Lechner AG');

  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'follow-ups:changed', payload: {} }));
  await expect.poll(() => badge(worker)).toBe('1');
  await item.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByText('No follow-ups planned.', { exact: false })).toBeVisible();
  await expect.poll(() => badge(worker)).toBe('');
  expect((await readStore(popup, 'contacts'))[0]).toMatchObject({ followUpStatus: 'done' });

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toBeVisible();
  await expect.poll(() => badge(worker)).toBe('1');
});
