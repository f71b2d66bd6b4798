import { expect, panelFrame, serveFixture, test } from './harness';

test('a full storage quota is shown to the user and nothing half-written remains', async ({ context }) => {
  await serveFixture(context, 'https://calendar.google.com', 'google/calendar-2026-10.en.html');
  const page = await context.newPage();
  await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/12/10');
  await page.locator('[data-eventchip]', { hasText: 'Christmas party – Lechner AG' }).first().click();
  const panel = await panelFrame(page);
  await expect(panel.getByTestId('event-title')).toBeVisible();

  // Make every IndexedDB write in the panel fail as a full disk does.
  const frame = page.frames().find((f) => f.url().includes('/panel.html'))!;
  await frame.evaluate(() => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = quota;
    IDBObjectStore.prototype.put = quota;
  });
  await panel.getByPlaceholder('e.g. get introduced to the head of purchasing').fill('Talk to 3 new people');
  await panel.getByRole('button', { name: 'Add goal' }).click();
  await expect(panel.getByRole('alert')).toContainText("Your browser's storage for Sternstunde is full");
  await expect(panel.getByTestId('goal-list').locator('li')).toHaveCount(0);
});
