import { expect, panelFrame, serveFixture, test } from './harness';

const ORIGIN = 'https://calendar.google.com';
const WEEK = `${ORIGIN}/calendar/u/0/r/week/2026/12/10`;
const FESTIVE = 'Christmas party – Lechner AG';

test('the calendar page can neither read the panel nor change stored data', async ({ context, extensionId }) => {
  await serveFixture(context, ORIGIN, 'google/calendar-2026-10.en.html');
  const page = await context.newPage();
  await page.goto(WEEK);
  await page.locator('[data-eventchip]', { hasText: FESTIVE }).first().click();
  const panel = await panelFrame(page);
  await panel.getByPlaceholder('e.g. get introduced to the head of purchasing').fill('Secret goal 42');
  await panel.getByRole('button', { name: 'Add goal' }).click();
  await expect(panel.getByTestId('goal-list')).toContainText('Secret goal 42');

  // What a script of the calendar page sees and tries.
  const seen = await page.evaluate(async (id) => {
    // The iframe is out of reach: in a closed shadow root, it is neither in the DOM the page sees
    // nor in `window.frames` (a shadow tree's frames are not the document's).
    const element = document.querySelector('iframe');
    const panelWindow = window.frames[0];
    let readable = true;
    try {
      void panelWindow!.document.body.innerHTML;
    } catch {
      readable = false;
    }
    const forged = [
      { type: 'event:override', payload: { eventId: 'x', override: 'dismiss' } },
      { type: 'goals:delete-all' },
      'DELETE',
    ];
    for (const message of forged) {
      panelWindow?.postMessage(message, '*');
      window.postMessage(message, '*');
    }
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    let sent = 'no runtime';
    if (typeof runtime?.sendMessage === 'function') {
      try {
        await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, forged[0]);
        sent = 'delivered';
      } catch {
        sent = 'refused';
      }
    }
    await new Promise((r) => setTimeout(r, 300));
    return {
      contentDocument: element?.contentDocument == null,
      readable,
      sent,
      textInPage: document.documentElement.outerHTML.includes('Secret goal 42'),
    };
  }, extensionId);
  expect(seen).toEqual({
    contentDocument: true,
    readable: false,
    sent: expect.not.stringMatching('delivered'),
    textInPage: false,
  });

  // Stored data is intact: after a reload the event is still prepared with its goal.
  await page.reload();
  await page.locator('[data-eventchip]', { hasText: FESTIVE }).first().click();
  await expect((await panelFrame(page)).getByTestId('goal-list')).toContainText('Secret goal 42');
  await expect(page.locator('[data-sternstunde-chip]')).toHaveAttribute('data-sternstunde-chip', 'prepared');
});
