// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { CalendarAdapter, EventSnapshot, OpenEvent } from '../../../lib/calendars/types';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging/client', () => ({ sendMessage }));
vi.mock('../../../lib/i18n', () => ({ t: (key: string) => key, uiLocale: () => 'en' }));
const { createController } = await import('../../../entrypoints/calendar.content/controller');

const snapshot = (title: string): EventSnapshot => ({
  source: 'google',
  calendarId: title.replace(/\W/g, ''),
  title,
  start: '2026-12-10T18:00',
  end: '2026-12-10T23:00',
  allDay: false,
  guests: [],
  url: 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10',
});

let open: OpenEvent | null;
const adapter: CalendarAdapter = { source: 'google', findOpenEvent: () => open, dispose() {} };
const chip = () => document.querySelector('[data-sternstunde-chip]');
const panel = () => document.querySelector('[data-sternstunde-panel]');

/** A reply the test settles when it wants: the background is slower than a frame. */
function pendingReply() {
  let settle!: { resolve: (v: { eventId: string }) => void; reject: (e: Error) => void };
  sendMessage.mockReturnValueOnce(new Promise((resolve, reject) => (settle = { resolve, reject })));
  return settle;
}

// happy-dom does not load the panel's iframe page (it says so on the console): these tests check its URL.
beforeEach(() => {
  document.body.innerHTML = '<div id="card"><span id="slot"></span></div>';
  const card = document.querySelector('#card')!;
  open = { snapshot: snapshot('Christmas party Lechner AG'), card, chipSlot: document.querySelector('#slot')! };
  sendMessage.mockReset();
});

describe('content controller', () => {
  test('a festive event shows chip and panel at once; the panel page follows the stored id', async () => {
    const reply = pendingReply();
    const controller = createController(adapter);
    controller.update();
    expect(chip()).not.toBeNull();
    expect(panel()?.getAttribute('aria-busy')).toBe('true');
    expect(panel()?.querySelector('iframe')).toBeNull();

    reply.resolve({ eventId: 'ev-1' });
    await vi.waitFor(() => expect(panel()?.querySelector('iframe')?.src).toContain('#ev-1'));
    expect(panel()?.hasAttribute('aria-busy')).toBe(false);
    expect(sendMessage).toHaveBeenCalledWith('event:opened', expect.objectContaining({ snapshot: open!.snapshot }));
  });

  test('when the background cannot store the event, the UI goes away again', async () => {
    const reply = pendingReply();
    const controller = createController(adapter);
    controller.update();
    expect(panel()).not.toBeNull();
    reply.reject(new Error('No reply to event:opened'));
    await vi.waitFor(() => expect(panel()).toBeNull());
    expect(chip()).toBeNull();
  });

  test('an ordinary event gets nothing and no message', () => {
    open = { ...open!, snapshot: snapshot('Team meeting') };
    createController(adapter).update();
    expect(chip()).toBeNull();
    expect(panel()).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('a reply for an event the user already left does not touch the new one', async () => {
    const first = pendingReply();
    const controller = createController(adapter);
    controller.update();
    open = { ...open!, snapshot: snapshot('Jahresabschlussfeier Brenner & Co') };
    const second = pendingReply();
    controller.update();
    first.reject(new Error('late failure'));
    second.resolve({ eventId: 'ev-2' });
    await vi.waitFor(() => expect(panel()?.querySelector('iframe')?.src).toContain('#ev-2'));
    expect(chip()).not.toBeNull();
  });

  test('closing the event removes chip and panel', async () => {
    pendingReply().resolve({ eventId: 'ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(panel()?.querySelector('iframe')).not.toBeNull());
    open = null;
    controller.update();
    expect(chip()).toBeNull();
    expect(panel()).toBeNull();
  });
});
