import { expect, it } from 'vitest';
import { byText, eventually, panelShowing, texts } from './dom';
import { EXTENSION_ORIGIN, type Firefox } from './firefox';

const FIXTURE = 'google/calendar-2026-10.en.html';
const FESTIVE = 'Christmas party – Lechner AG';
const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10';
const UNAVAILABLE = 'This panel shows only beside an event you open in your calendar.';

/**
 * Firefox MV2 has no `matches` or `use_dynamic_url` for web-accessible resources: any site may
 * frame panel.html. What it shows there is only the neutral message (docs/security.md).
 */
export function framingTests(firefox: () => Firefox): void {
  it('a page of another site framing panel.html with a stored event id sees only the neutral message', async () => {
    // A real event id, as a stranger might have learnt it (the one in the calendar tab's panel).
    const calendar = await firefox().calendarPage(WEEK, FIXTURE);
    await (await byText(calendar, '[data-opens-details]', FESTIVE)).click();
    const panel = await panelShowing(calendar, FESTIVE);
    const hash = await panel.evaluate(() => location.hash);
    const eventId = new URLSearchParams(hash.slice(1)).get('event');
    expect(eventId).toBeTruthy();

    const framed = (token: string) =>
      `${EXTENSION_ORIGIN}/panel.html#${new URLSearchParams({ event: eventId!, token })}`;
    const stranger = await firefox().calendarPage(
      'https://stranger.example/',
      FIXTURE,
      () =>
        `<!doctype html><title>Stranger</title>` +
        `<iframe id="bogus" src="${framed('bogus')}"></iframe>` +
        // Even the calendar tab's own token: it was issued to that tab, not this one.
        `<iframe id="stolen" src="${framed(new URLSearchParams(hash.slice(1)).get('token')!)}"></iframe>`,
    );
    const shown = await eventually(async () => {
      const frames = stranger.frames().filter((f) => f !== stranger.mainFrame());
      expect(frames).toHaveLength(2);
      const all = await Promise.all(frames.map((f) => texts(f, 'body')));
      for (const [body] of all) expect(body).toContain(UNAVAILABLE);
      return frames;
    });
    for (const frame of shown) expect(await texts(frame, '[data-testid="event-title"]')).toEqual([]);
  });
}
