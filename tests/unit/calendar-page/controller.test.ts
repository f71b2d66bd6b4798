// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { CalendarAdapter, EventSnapshot, OpenEvent } from '../../../lib/calendars/types';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging/client', () => ({ sendMessage }));
vi.mock('../../../lib/i18n', () => ({ t: (key: string) => key, uiLocale: () => 'en' }));
const { createController } = await import('../../../lib/calendar-page/controller');

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

// Our chip and panel keep their insides in closed shadow roots: the test keeps a key to each.
const shadows = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  shadows.set(this, root);
  return root;
};
const inside = (host: Element | null) => (host ? shadows.get(host) : undefined);

let open: OpenEvent | null;
const adapter: CalendarAdapter = { source: 'google', findOpenEvent: () => open, dispose() {} };
const chip = () => document.querySelector('[data-sternstunde-chip]');
const panel = () => document.querySelector('[data-sternstunde-panel]');
/** The panel frame(s), inside the panel host's closed shadow root. */
const frames = () =>
  [...document.querySelectorAll('body > div')].flatMap((host) => [...(inside(host)?.querySelectorAll('iframe') ?? [])]);
const opened = () => sendMessage.mock.calls.filter(([type]) => type === 'event:opened').length;
const knowledge = (excludeKeywords: string[] = []) => ({ includeKeywords: [], excludeKeywords, overrides: [] });
/** An opened event in the test page's card. */
const opening = (title: string): OpenEvent => ({
  snapshot: snapshot(title),
  card: document.querySelector('#card')!,
  chipSlot: document.querySelector('#slot')!,
});

/** A reply the test settles when it wants: the background is slower than a frame. */
function pendingReply() {
  let settle!: { resolve: (v: { eventId: string; panelToken: string }) => void; reject: (e: Error) => void };
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
    expect(inside(panel())?.querySelector('iframe')).toBeNull();

    reply.resolve({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    await vi.waitFor(() =>
      expect(inside(panel())?.querySelector('iframe')?.src).toContain('#event=ev-1&token=tok-ev-1'),
    );
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
    second.resolve({ eventId: 'ev-2', panelToken: 'tok-ev-2' });
    await vi.waitFor(() =>
      expect(inside(panel())?.querySelector('iframe')?.src).toContain('#event=ev-2&token=tok-ev-2'),
    );
    expect(chip()).not.toBeNull();
  });

  test('closing the event removes chip and panel', async () => {
    pendingReply().resolve({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(inside(panel())?.querySelector('iframe')).not.toBeNull());
    open = null;
    controller.update();
    expect(chip()).toBeNull();
    expect(panel()).toBeNull();
  });
});

// happy-dom gives an iframe no window: pointing the frame elsewhere falls back to its src there
// (the browser uses location.replace, checked in tests/e2e/panel-survival.spec.ts).
describe('one panel frame, kept for the same event', () => {
  test('the next festive event reuses the frame: blank at once, then its id', async () => {
    sendMessage.mockResolvedValueOnce({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-1&token=tok-ev-1'));
    const frame = frames()[0];
    open = null; // closed: the frame is parked, off screen
    controller.update();
    expect(panel()).toBeNull();
    expect(frame?.isConnected).toBe(true);
    expect(controller.detached()).toBe(false);

    open = opening('Jahresabschlussfeier Brenner & Co');
    const reply = pendingReply();
    controller.update();
    expect(panel()?.getAttribute('aria-busy')).toBe('true');
    expect(frames()[0]?.src).toMatch(/panel\.html#$/); // never the last event's panel beside this one
    reply.resolve({ eventId: 'ev-2', panelToken: 'tok-ev-2' });
    await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-2&token=tok-ev-2'));
    expect(frames()).toHaveLength(1);
    expect(frames()[0]).toBe(frame);
  });

  test('tab switch (new knowledge) and a page re-render leave the same event as it is', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.learn(knowledge());
    controller.update();
    await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-1&token=tok-ev-1'));
    const frame = frames()[0];
    const src = frame?.src;

    controller.learn(knowledge()); // the tab came back into view
    controller.update();
    expect(opened()).toBe(1); // the same event, not looked at again
    expect(panel()?.hasAttribute('aria-busy')).toBe(false);
    open = null; // the page re-renders: the popup is gone for a moment …
    controller.update();
    open = opening('Christmas party Lechner AG'); // … and back with the same event
    controller.update();
    await vi.waitFor(() => expect(panel()?.hasAttribute('aria-busy')).toBe(false));
    expect(frames()[0]).toBe(frame);
    expect(frame?.src).toBe(src); // not blanked, not re-pointed: the panel did not reload
    expect(panel()).not.toBeNull();
  });

  test('new keywords that change the outcome do take the panel away', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(inside(panel())?.querySelector('iframe')).not.toBeNull());
    controller.learn(knowledge(['Lechner']));
    controller.update();
    expect(panel()).toBeNull();
    expect(chip()).toBeNull();
    expect(opened()).toBe(1);
  });

  test("the user's open/closed choice stays with the event", async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(inside(panel())?.querySelector('iframe')).not.toBeNull());
    controller.closePanel();
    expect(panel()).toBeNull();
    expect(chip()).not.toBeNull();

    controller.learn(knowledge()); // tab switch
    controller.update();
    expect(panel()).toBeNull();
    open = null; // closed and opened again
    controller.update();
    open = opening('Christmas party Lechner AG');
    controller.update();
    await vi.waitFor(() => expect(opened()).toBe(2));
    await Promise.resolve();
    expect(panel()).toBeNull();
    expect(chip()).not.toBeNull();

    open = opening('Jahresabschlussfeier Brenner & Co'); // another event: open, as always
    sendMessage.mockResolvedValue({ eventId: 'ev-2', panelToken: 'tok-ev-2' });
    controller.update();
    await vi.waitFor(() =>
      expect(inside(panel())?.querySelector('iframe')?.src).toContain('#event=ev-2&token=tok-ev-2'),
    );
  });
});

describe('detached: the page dropped our UI', () => {
  test('true when the chip or the shown panel left the page, false when parked', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(inside(panel())?.querySelector('iframe')).not.toBeNull());
    expect(controller.detached()).toBe(false);
    chip()?.remove();
    expect(controller.detached()).toBe(true);
    controller.update(); // the look puts it back
    expect(controller.detached()).toBe(false);
    panel()?.remove();
    expect(controller.detached()).toBe(true);
  });
});

const dismissed = () => document.querySelector('[data-sternstunde-chip="dismissed"]');
const clickChip = () => inside(chip())!.querySelector('button')!.click();
const entry = (override: 'prepare' | 'dismiss', eventId = 'ev-1', calendarId = 'ChristmaspartyLechnerAG') => ({
  source: 'google' as const,
  calendarKey: calendarId,
  override,
  eventId,
});
const decided = (override: 'prepare' | 'dismiss', calendarId = 'ChristmaspartyLechnerAG') => ({
  includeKeywords: [],
  excludeKeywords: [],
  overrides: [{ source: 'google' as const, calendarKey: calendarId, override }],
});
/** A festive event shown with its stored panel, as after the background's reply. */
async function showing(controller: ReturnType<typeof createController>) {
  controller.update();
  await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-1&token=tok-ev-1'));
  return frames()[0]!;
}

describe('learn: new keywords and decisions', () => {
  test('an open ordinary event that new keywords make festive is stored and gets its panel', async () => {
    open = opening('Team meeting');
    const controller = createController(adapter);
    controller.update();
    expect(chip()).toBeNull();
    sendMessage.mockResolvedValue({ eventId: 'ev-9', panelToken: 'tok-ev-9' });
    controller.learn({ includeKeywords: ['meeting'], excludeKeywords: [], overrides: [] });
    expect(chip()).not.toBeNull();
    await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-9&token=tok-ev-9'));
    expect(opened()).toBe(1);
  });

  test('a dismissal learnt for the shown event turns the panel into the quiet chip', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    await showing(controller);
    controller.learn(decided('dismiss'));
    expect(panel()).toBeNull();
    expect(dismissed()).not.toBeNull();
    expect(opened()).toBe(1);
  });

  test('a decision learnt for another event leaves the shown one as it is', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    const frame = await showing(controller);
    const shownChip = chip();
    controller.learn(decided('dismiss', 'SomethingElse'));
    expect(chip()).toBe(shownChip);
    expect(frames()[0]).toBe(frame);
    expect(frame.src).toContain('#event=ev-1&token=tok-ev-1');
    expect(opened()).toBe(1);
  });
});

describe('overrideChanged: the user decided, here or in another tab', () => {
  test('"not a party" parks the panel and shows the quiet chip; "prepare" brings the same page back', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    const frame = await showing(controller);
    const src = frame.src;
    controller.overrideChanged(entry('dismiss'));
    expect(panel()).toBeNull();
    expect(dismissed()).not.toBeNull();
    controller.overrideChanged(entry('prepare'));
    expect(dismissed()).toBeNull();
    expect(panel()).not.toBeNull();
    expect(frames()[0]).toBe(frame);
    expect(frame.src).toBe(src); // not reloaded: what the user typed stays
    expect(opened()).toBe(1);
  });

  test("another event's decision changes nothing here", async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    await showing(controller);
    controller.overrideChanged(entry('dismiss', 'ev-2', 'Other'));
    expect(panel()).not.toBeNull();
    expect(dismissed()).toBeNull();
  });

  test('"prepare" for the open dismissed event, decided elsewhere, stores it and opens its panel', async () => {
    const controller = createController(adapter);
    controller.learn(decided('dismiss'));
    controller.update();
    expect(dismissed()).not.toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    controller.overrideChanged(entry('prepare'));
    await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-1&token=tok-ev-1'));
    expect(opened()).toBe(1);
  });
});

describe('prepareAnyway: the quiet chip', () => {
  test('a dismissed event never stored: stored first, then its override asked for with the new id', async () => {
    const controller = createController(adapter);
    controller.learn(decided('dismiss'));
    controller.update();
    sendMessage.mockResolvedValueOnce({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    sendMessage.mockResolvedValueOnce({ eventId: 'ev-1' });
    clickChip();
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenLastCalledWith('event:override', { eventId: 'ev-1', override: 'prepare' }),
    );
    expect(opened()).toBe(1);
    expect(panel()).toBeNull(); // the panel follows the background's word (overrideChanged), not the click
    controller.overrideChanged(entry('prepare'));
    expect(frames()[0]?.src).toContain('#event=ev-1&token=tok-ev-1');
    expect(opened()).toBe(1);
  });

  test('an event dismissed in this page is not stored again', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    await showing(controller);
    controller.overrideChanged(entry('dismiss'));
    clickChip();
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenLastCalledWith('event:override', { eventId: 'ev-1', override: 'prepare' }),
    );
    expect(opened()).toBe(1);
  });

  test('a failed "prepare anyway" leaves the quiet chip and throws nothing', async () => {
    const controller = createController(adapter);
    controller.learn(decided('dismiss'));
    controller.update();
    sendMessage.mockRejectedValue(new Error('Refused: too many new events'));
    clickChip();
    await vi.waitFor(() => expect(opened()).toBe(1));
    await Promise.resolve();
    expect(dismissed()).not.toBeNull();
    expect(sendMessage.mock.calls.some(([type]) => type === 'event:override')).toBe(false);
  });
});

describe('refused by the background', () => {
  test('nothing shows for that event, nothing is logged, and the page is still watched', async () => {
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    sendMessage.mockRejectedValueOnce(new Error('Refused: private window'));
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(chip()).toBeNull());
    expect(panel()).toBeNull();
    controller.update(); // the same event, looked at again: not asked for again, nothing shows
    expect(opened()).toBe(1);
    expect(chip()).toBeNull();

    open = opening('Jahresabschlussfeier Brenner & Co');
    sendMessage.mockResolvedValueOnce({ eventId: 'ev-2', panelToken: 'tok-ev-2' });
    controller.update();
    await vi.waitFor(() => expect(frames()[0]?.src).toContain('#event=ev-2&token=tok-ev-2'));
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
    for (const spy of logged) spy.mockRestore();
  });
});

describe('Esc and the close message', () => {
  test('Esc closes the open panel and keeps the chip; the chip opens it again', async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    await showing(controller);
    controller.onKeydown(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(panel()).toBeNull();
    expect(inside(chip())!.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
    clickChip();
    expect(panel()).not.toBeNull();
    controller.closePanel();
    expect(panel()).toBeNull();
  });
});

describe('no room beside the card', () => {
  test('the panel starts collapsed; the chip opens it', async () => {
    open!.card.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: 40, width: window.innerWidth - 20, height: 300 });
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    controller.update();
    await vi.waitFor(() => expect(opened()).toBe(1));
    await Promise.resolve();
    expect(chip()).not.toBeNull();
    expect(panel()).toBeNull();
    expect(inside(chip())!.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
    clickChip();
    expect(frames()[0]?.src).toContain('#event=ev-1&token=tok-ev-1');
  });
});

describe('the panel is ours alone', () => {
  test("the page's DOM shows the host, not the frame or its address", async () => {
    sendMessage.mockResolvedValue({ eventId: 'ev-1', panelToken: 'tok-ev-1' });
    const controller = createController(adapter);
    await showing(controller);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(panel()?.shadowRoot).toBeNull();
    expect(document.body.innerHTML).not.toContain('tok-ev-1');
  });
});
