import { expect, it } from 'vitest';
import { byText, eventually, panelShowing } from './dom';
import type { Firefox } from './firefox';

// The error capture itself: what it must see, so that a quiet run means something. Each test
// takes the errors it provoked out of the list, which the harness checks after every test.
export function errorCaptureTests(firefox: () => Firefox): void {
  it("an extension page's uncaught error and console.error reach Firefox's output, and the capture", async () => {
    const popup = await firefox().extensionPage('popup.html');
    await popup.evaluate(() => {
      console.error('sternstunde-probe: console');
      setTimeout(() => {
        throw new Error('sternstunde-probe: uncaught');
      });
    });
    const { errors } = firefox();
    await eventually(() =>
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^console\.error: .*sternstunde-probe: console/),
          expect.stringMatching(/^JavaScript error: moz-extension:\/\/.*sternstunde-probe: uncaught/),
        ]),
      ),
    );
    errors.splice(0);
  });

  it('the framed panel has no tabs and no openOptionsPage, and its errors reach the capture', async () => {
    const page = await firefox().calendarPage(
      'https://calendar.google.com/calendar/u/0/r/week/2026/12/10',
      'google/calendar-2026-10.en.html',
    );
    await (await byText(page, '[data-opens-details]', 'Christmas party – Lechner AG')).click();
    const panel = await panelShowing(page, 'Christmas party – Lechner AG');
    const api = await panel.evaluate(() => {
      const b = (globalThis as unknown as { browser: Record<string, Record<string, unknown> | undefined> }).browser;
      return {
        tabs: typeof b.tabs,
        openOptionsPage: typeof b.runtime?.openOptionsPage,
        sendMessage: typeof b.runtime?.sendMessage,
      };
    });
    expect(api).toEqual({ tabs: 'undefined', openOptionsPage: 'undefined', sendMessage: 'function' });
    await panel.evaluate(() => {
      setTimeout(() => {
        throw new Error('sternstunde-probe: panel');
      });
    });
    const { errors } = firefox();
    await eventually(() =>
      expect(errors).toEqual([
        expect.stringMatching(/^JavaScript error: moz-extension:\/\/.*sternstunde-probe: panel/),
      ]),
    );
    errors.splice(0);
  });
}
