import type { Page } from '@playwright/test';
import { localIso, partyRow, readStore, seedStores, stored, type Row } from './extension-db';
import { expect, test } from './harness';

// The panel's destructive actions ("not a party", remove a person, change host) in the built
// extension: each works by the user's own click or key, each can be undone (checked in the
// database), and a click or input a script makes inside the panel changes nothing (issue 20).
// The panel is opened as an extension page in a tab of its own, which needs no token.

const TITLE = 'Christmas party – Lechner AG';
const PERSON: Row = {
  ...stored('t1'),
  eventId: 'party',
  name: 'Anna Berger',
  company: 'Lechner AG',
  askHost: true,
  status: 'planned',
};

async function openPanel(extensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await extensionPage('panel.html#event=party');
  // The page opens the database (creating its stores) and finds no event yet; seed, then look again.
  await expect(page.getByText('This event is not prepared yet.', { exact: false })).toBeVisible();
  await seedStores(page, { events: [partyRow('party', TITLE, localIso(48), localIso(52))], targets: [PERSON] });
  await page.reload();
  await expect(page.getByTestId('event-title')).toHaveText(TITLE);
  return page;
}

const event = async (page: Page) => (await readStore(page, 'events')).find((e) => e.id === 'party')!;
const people = (page: Page) => page.getByTestId('people-list').locator('li');
const undoIn = (page: Page, message: string) =>
  page.getByRole('status').filter({ hasText: message }).getByRole('button', { name: 'Undo' });

test('remove a person by click, undo brings the same row back', async ({ extensionPage }) => {
  const page = await openPanel(extensionPage);
  await page.getByRole('button', { name: 'Remove Anna Berger' }).click();
  await expect(people(page)).toHaveCount(0);
  expect(await readStore(page, 'targets')).toEqual([]);

  await undoIn(page, 'Person removed.').click();
  await expect(people(page)).toHaveCount(1);
  expect(await readStore(page, 'targets')).toEqual([PERSON]);
});

test('change the host by typing, undo restores the old host', async ({ extensionPage }) => {
  const page = await openPanel(extensionPage);
  const host = page.getByRole('textbox', { name: 'Host' });
  await host.fill('Moser Consulting');
  await host.press('Tab');
  await expect(undoIn(page, 'Host changed.')).toBeVisible();
  await expect.poll(async () => (await event(page)).host).toBe('Moser Consulting');

  await undoIn(page, 'Host changed.').click();
  await expect(host).toHaveValue('Lechner AG');
  expect((await event(page)).host).toBe('Lechner AG');

  // Enter stores it as well.
  await host.fill('Wimmer & Söhne');
  await host.press('Enter');
  await expect.poll(async () => (await event(page)).host).toBe('Wimmer & Söhne');
});

test('"not a party" by click, undo takes the decision back', async ({ extensionPage }) => {
  const page = await openPanel(extensionPage);
  await page.getByText('Why this event').click();
  await page.getByRole('button', { name: 'Not a networking party' }).click();
  await expect.poll(async () => (await event(page)).override).toBe('dismiss');

  await undoIn(page, 'Marked as not a networking party.').click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as not' })).toHaveCount(0);
  expect((await event(page)).override).toBeUndefined();
});

test('the keyboard still works: Enter and Space on the buttons', async ({ extensionPage }) => {
  const page = await openPanel(extensionPage);
  await page.getByRole('button', { name: 'Remove Anna Berger' }).focus();
  await page.keyboard.press('Enter');
  await expect(people(page)).toHaveCount(0);
  expect(await readStore(page, 'targets')).toEqual([]);

  await page.getByText('Why this event').click();
  await page.getByRole('button', { name: 'Not a networking party' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await event(page)).override).toBe('dismiss');
});

test('clicks and input made by a script inside the panel change nothing', async ({ extensionPage }) => {
  const page = await openPanel(extensionPage);
  await page.getByText('Why this event').click();
  const before = { events: await readStore(page, 'events'), targets: await readStore(page, 'targets') };

  await page.evaluate(() => {
    const button = (label: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => b.textContent === label || b.getAttribute('aria-label') === label,
      )!;
    button('Remove Anna Berger').click();
    button('Not a networking party').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    button('Not a networking party').click();
    // The host field as a script would fill it: value through the native setter, an input event, blur.
    const host = [...document.querySelectorAll('input')].find((i) => i.value === 'Lechner AG')!;
    host.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(host, 'Evil Corp');
    host.dispatchEvent(new Event('input', { bubbles: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    host.blur();
  });

  // Give anything that was (wrongly) started time to land, then compare.
  await page.waitForTimeout(500);
  await expect(people(page)).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Host' })).toHaveValue('Lechner AG');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  expect({ events: await readStore(page, 'events'), targets: await readStore(page, 'targets') }).toEqual(before);

  // The same buttons still work for the user.
  await page.getByRole('button', { name: 'Remove Anna Berger' }).click();
  await expect(people(page)).toHaveCount(0);
});

test('one undo for the whole panel: the latest action is the one offered', async ({ extensionPage }) => {
  const page = await openPanel(extensionPage);
  await page.getByRole('button', { name: 'Remove Anna Berger' }).click();
  await expect(undoIn(page, 'Person removed.')).toBeVisible();
  const host = page.getByRole('textbox', { name: 'Host' });
  await host.fill('Moser Consulting');
  await host.press('Enter');
  await expect(undoIn(page, 'Host changed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(1);
  await undoIn(page, 'Host changed.').click();
  await expect.poll(async () => (await event(page)).host).toBe('Lechner AG');
  // The person stays removed: that offer was replaced.
  expect(await readStore(page, 'targets')).toEqual([]);
});
