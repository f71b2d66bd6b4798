import type { Frame, Page } from '@playwright/test';
import { expect, panelFrame, serveFixture, test } from './harness';

const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;

const panel = (page: Page) => panelFrame(page);
const openEvent = async (page: Page, title: string) => {
  await page.locator('[data-eventchip]', { hasText: title }).first().click();
  await expect((await panel(page)).getByTestId('event-title')).toHaveText(title);
  return panel(page);
};
const goals = (p: Frame) => p.getByTestId('goal-list').locator('li');
const people = (p: Frame) => p.getByTestId('people-list').locator('li');

test.describe('prep panel, English UI', () => {
  const FESTIVE = 'Christmas party – Lechner AG';

  test.beforeEach(async ({ context }) => {
    await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
  });

  test('goals, people, the host list and notes are kept per event across a reload', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    let p = await openEvent(page, FESTIVE);

    await p.getByRole('button', { name: "+ Talk to 3 people I don't know yet" }).click();
    await p.getByPlaceholder('e.g. get introduced to the head of purchasing').fill('Find a fit for IT Weber');
    await p.getByRole('button', { name: 'Add goal' }).click();
    await expect(goals(p)).toHaveCount(2);
    await p.getByRole('button', { name: 'Move up: Find a fit for IT Weber' }).click();
    await expect(goals(p).first()).toContainText('Find a fit for IT Weber');
    await p.getByRole('checkbox', { name: "Talk to 3 people I don't know yet" }).check();

    // Guests of the fixture: organizer and the user herself are left out.
    await p.getByRole('button', { name: 'Import guests (3)' }).click();
    await expect(p.getByRole('status').filter({ hasText: '3 people added' })).toBeVisible();
    await expect(people(p)).toHaveCount(3);
    await expect(people(p).filter({ hasText: 'Sabine Moser' })).toContainText('Moser Consulting');
    await people(p)
      .filter({ hasText: 'Julia Wagner' })
      .getByRole('checkbox', { name: 'Ask the host to introduce me' })
      .check();
    await expect(p.getByTestId('ask-host-list')).toContainText('Julia Wagner (Lechner AG)');
    await p.getByRole('combobox', { name: 'Status of Sabine Moser' }).selectOption('met');

    await p.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr. Eva Novák');
    await p.getByPlaceholder('Company').fill('Novák s.r.o.');
    await p.getByPlaceholder('Why meet them?').fill('Expands to Austria');
    await p.getByRole('button', { name: 'Add person', exact: true }).click();
    await expect(people(p)).toHaveCount(4);

    await p.getByRole('textbox', { name: 'Notes' }).fill('Ask Julia about the new plant in Graz.');
    await expect(p.getByTestId('notes-state')).toHaveText('Saved');

    await page.reload();
    p = await openEvent(page, FESTIVE);
    await expect(goals(p)).toHaveCount(2);
    await expect(goals(p).first()).toContainText('Find a fit for IT Weber');
    await expect(p.getByRole('checkbox', { name: "Talk to 3 people I don't know yet" })).toBeChecked();
    await expect(people(p)).toHaveCount(4);
    await expect(p.getByRole('combobox', { name: 'Status of Sabine Moser' })).toHaveValue('met');
    await expect(p.getByTestId('ask-host-list')).toContainText('Julia Wagner');
    await expect(p.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ask Julia about the new plant in Graz.');
    await expect(p.getByRole('button', { name: 'Import guests (0)' })).toBeDisabled();
  });

  test('a goal added in the panel appears in the open popup without reload', async ({ context, extensionPage }) => {
    const popup = await extensionPage('popup.html');
    const page = await context.newPage();
    await page.goto(WEEK);
    const p = await openEvent(page, FESTIVE);
    await p.getByPlaceholder('e.g. get introduced to the head of purchasing').fill('Reconnect with Carla');
    await p.getByRole('button', { name: 'Add goal' }).click();
    await expect(popup.getByTestId('popup-goals')).toContainText('Reconnect with Carla');
  });

  test('more than three goals get a nudge; deleting one can be undone', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    const p = await openEvent(page, FESTIVE);
    const field = p.getByPlaceholder('e.g. get introduced to the head of purchasing');
    for (const text of ['One', 'Two', 'Three', 'Four']) {
      await field.fill(text);
      await field.press('Enter');
      await expect(goals(p).filter({ hasText: text })).toHaveCount(1);
    }
    await expect(p.getByRole('note')).toContainText('More than 3 goals');
    await p.getByRole('button', { name: 'Delete goal: Four' }).click();
    await expect(goals(p)).toHaveCount(3);
    await p.getByRole('button', { name: 'Undo' }).click();
    await expect(goals(p)).toHaveCount(4);
  });

  test('the method cards collapse, and stay collapsed', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(WEEK);
    let p = await openEvent(page, FESTIVE);
    await expect(p.getByText("Don't sell", { exact: true })).toBeVisible();
    await p.getByRole('button', { name: 'The method' }).click();
    await expect(p.getByText("Don't sell", { exact: true })).toHaveCount(0);
    await page.reload();
    p = await openEvent(page, FESTIVE);
    await expect(p.getByRole('button', { name: 'The method' })).toHaveAttribute('aria-expanded', 'false');
  });

  test('after the party the panel leads to the debrief', async ({ context }) => {
    await context.clock.setFixedTime(new Date('2026-12-11T09:00:00'));
    const page = await context.newPage();
    await page.goto(WEEK);
    const p = await openEvent(page, FESTIVE);
    await expect(p.getByTestId('debrief-callout')).toBeVisible();
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      p.getByRole('button', { name: 'Start the debrief' }).click(),
    ]);
    await expect(tab).toHaveURL(/popup\.html#debrief=/);
  });
});

test.describe('prep panel, German UI', () => {
  test.use({ language: 'de' });

  test('German labels, suggestions and guest import', async ({ context }) => {
    await serveFixture(context, ORIGIN, 'google/calendar-2026-10.de.html');
    const page = await context.newPage();
    await page.goto(WEEK);
    const p = await openEvent(page, 'Weihnachtsfeier Lechner AG');
    await expect(p.getByRole('heading', { name: 'Meine Ziele für diese Feier' })).toBeVisible();
    await p.getByRole('button', { name: '+ Mit 3 Menschen sprechen, die ich noch nicht kenne' }).click();
    await expect(goals(p)).toHaveCount(1);
    await p.getByRole('button', { name: /Gäste übernehmen \(\d\)/ }).click();
    await expect(people(p).first()).toBeVisible();
    await expect(p.getByRole('button', { name: 'Die Methode' })).toBeVisible();
    await p.getByText('Warum dieser Termin').click();
    await expect(p.getByTestId('why-reasons')).toContainText(/Weihnacht|Feier|Saison|Einladung/);
  });
});
