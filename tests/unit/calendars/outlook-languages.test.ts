// @vitest-environment happy-dom
// The Outlook adapter on the French, Spanish, Italian, Dutch and Polish working copies of the app
// (tests/fixtures/generate-languages.ts). What each page shows is the truth: every field is
// exactly what the page shows, or absent where the page does not show it; never wrong. The
// organizer follows a per-language word ("Par", "Door", …) that no real page has confirmed yet
// (see the generator): it is right or absent.
import { afterEach, describe, expect, test } from 'vitest';
import { createOutlookAdapter } from '../../../lib/calendars/outlook';
import type { CalendarAdapter, EventSnapshot } from '../../../lib/calendars/types';
import { hiddenByMarkup } from '../../../lib/calendars/visibility';
import { readFixtureData } from '../../read-fixture';
import { key, loadFixture, press } from './fixture';

const LANGS = ['fr', 'es', 'it', 'nl', 'pl'] as const;
type Lang = (typeof LANGS)[number];

interface FixtureEvent {
  id: string;
  subject: string;
  start: string;
  end: string;
  allDay?: boolean;
  location?: string;
  organizer?: string;
  body?: string;
}
interface FixtureData {
  ui: { lang: string; host: string; view: string };
  events: FixtureEvent[];
}
const NAMES = ['party', 'year', 'team', 'fair', 'closing', 'newyear', 'tuesday'] as const;
type Name = (typeof NAMES)[number];
const WEEKS_AHEAD: Partial<Record<Name, number>> = { tuesday: 1, closing: 3, newyear: 3 };

const fixture = (lang: Lang) => `outlook/calendar-2026-10.${lang}.html`;
function data(lang: Lang) {
  const d = readFixtureData<FixtureData>(fixture(lang));
  const events = Object.fromEntries(NAMES.map((name, i) => [name, d.events[i]!])) as Record<Name, FixtureEvent>;
  return { ui: d.ui, events, week: `https://${d.ui.host}/calendar/view/week` };
}

/** What the tile (and the peek beside it) shows of an event. */
function fromTile(e: FixtureEvent): EventSnapshot {
  const want: EventSnapshot = {
    source: 'outlook',
    calendarId: e.id,
    title: e.subject,
    start: e.start,
    end: e.end,
    allDay: Boolean(e.allDay),
    guests: [],
    url: document.URL,
  };
  if (e.location) want.location = e.location;
  if (e.organizer) want.organizer = e.organizer;
  return want;
}

/** The snapshot is what the tile shows; its organizer is right or left out. */
function expectTile(got: EventSnapshot | undefined, e: FixtureEvent, extra: Partial<EventSnapshot> = {}): void {
  const { organizer, ...want } = { ...fromTile(e), ...extra };
  expect({ ...got, organizer: undefined }).toEqual({ ...want, organizer: undefined });
  if (got?.organizer !== undefined) expect(got.organizer).toBe(organizer);
}

const markupOnly = (el: Element): boolean => !hiddenByMarkup(el);
const tileButton = (id: string): HTMLElement =>
  [...document.querySelectorAll('[data-calitemid]')]
    .find((t) => t.getAttribute('data-calitemid') === id)!
    .querySelector('[role="button"]')!;
const next = (): void => (document.querySelector('[data-nav="1"]') as HTMLElement).click();
let adapter: CalendarAdapter | undefined;
afterEach(() => adapter?.dispose());

describe.each(LANGS)('outlook/calendar-2026-10.%s.html', (lang) => {
  const { ui, events: ev, week } = data(lang);
  const open = (url: string) => {
    loadFixture(fixture(lang), url);
    adapter = createOutlookAdapter(document, markupOnly);
    return adapter;
  };

  test('the page is in its language; nothing open → null', () => {
    expect(open(week).findOpenEvent()).toBeNull();
    expect(document.documentElement.lang).toBe(ui.lang);
  });

  test.each(NAMES)('opening %s reads what its tile shows', (name) => {
    const a = open(week);
    for (let i = 0; i < (WEEKS_AHEAD[name] ?? 0); i++) next();
    press(tileButton(ev[name].id));
    expectTile(a.findOpenEvent()?.snapshot, ev[name]);
  });

  test('keyboard: Enter on the Tuesday party after the Thursday one', () => {
    const a = open(week);
    press(tileButton(ev.party.id));
    expect(a.findOpenEvent()?.snapshot.start).toBe(ev.party.start);
    next();
    key(tileButton(ev.tuesday.id), 'Enter');
    expectTile(a.findOpenEvent()?.snapshot, ev.tuesday);
  });

  test(`"${ui.view}" opens the reading view: tile data + description`, () => {
    const a = open(week);
    next();
    press(tileButton(ev.tuesday.id));
    press(document.querySelector(`button[title="${ui.view.replace(/"/g, '\\"')}"]`));
    expect(document.URL).toContain(`/calendar/item/${encodeURIComponent(ev.tuesday.id)}`);
    expectTile(a.findOpenEvent()?.snapshot, ev.tuesday, { description: ev.tuesday.body });
  });

  // Loaded at the event's address: only the reading pane shows, in the mailbox's date order.
  test.each(['party', 'tuesday', 'newyear', 'fair'] as const)('the reading view loaded at the item URL: %s', (name) => {
    const e = ev[name];
    const a = open(week.replace('/view/week', `/item/${encodeURIComponent(e.id)}`));
    expect(document.querySelector('[data-calitemid]')).toBeNull();
    const snapshot = a.findOpenEvent()?.snapshot;
    const { organizer, ...shown } = fromTile(e);
    expect(snapshot).toMatchObject({ ...shown, ...(e.body ? { description: e.body } : {}) });
    // The pane does not name the organizer: absent, or (if read some day) right.
    if (snapshot?.organizer !== undefined) expect(snapshot.organizer).toBe(organizer);
  });

  test('a deep link to the January party', () => {
    const e = ev.newyear;
    const a = open(week.replace('/view/week', `/0/deeplink/read/${encodeURIComponent(e.id)}?login_hint=a%40b.example`));
    expect(a.findOpenEvent()?.snapshot).toMatchObject({
      calendarId: e.id,
      title: e.subject,
      start: e.start,
      end: e.end,
    });
  });
});
