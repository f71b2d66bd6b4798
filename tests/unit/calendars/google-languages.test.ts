// @vitest-environment happy-dom
// The Google adapter on the French, Spanish, Italian, Dutch and Polish working copies of the app
// (tests/fixtures/generate-languages.ts). What each page shows is the truth: every field is
// exactly what the page shows. A guest's response, whose words differ per language, may be left
// out; it is never wrong.
import { beforeEach, describe, expect, test } from 'vitest';
import { createGoogleAdapter } from '../../../lib/calendars/google';
import { eventIdFromEid } from '../../../lib/calendars/google-eid';
import type { CalendarAdapter, EventSnapshot, Guest } from '../../../lib/calendars/types';
import { hiddenByMarkup } from '../../../lib/calendars/visibility';
import { detectFestiveEvent } from '../../../lib/detection';
import { readFixtureData } from '../../read-fixture';
import { key, loadFixture } from './fixture';

const LANGS = ['fr', 'es', 'it', 'nl', 'pl'] as const;
type Lang = (typeof LANGS)[number];
const at = (path: string): string => `https://calendar.google.com/calendar/u/0/r/${path}`;
const WEEK = at('week/2026/12/10');

interface FixtureEvent {
  eid: string;
  title: string;
  start: string;
  end: string;
  allDay?: boolean;
  location?: string;
  description?: string;
}
const NAMES = ['party', 'year', 'team', 'fair', 'closing', 'newyear', 'tuesday'] as const;
type Name = (typeof NAMES)[number];
/** Weeks to step forward from the week of 2026-12-10 to reach the event. */
const WEEKS_AHEAD: Partial<Record<Name, number>> = { tuesday: 1, closing: 3, newyear: 3 };
/** Who organises: the organizer's guest entry (party) or the calendar row's organizer line. */
const ORGANIZER: Partial<Record<Name, string>> = {
  party: 'Max Lechner',
  year: 'Brenner & Co Events',
  tuesday: 'Sabine Moser',
};
const GUESTS: Required<Guest>[] = [
  { name: 'Max Lechner', email: 'max.lechner@lechner-ag.example', response: 'organizer' },
  { name: 'Anna Huber', email: 'anna.huber.sternstunde@gmail.com', response: 'accepted' },
  { name: 'Sabine Moser', email: 's.moser@moser-consulting.example', response: 'tentative' },
  { name: 'Gruber, Peter', email: 'peter.gruber@gruber-bau.example', response: 'declined' },
  { name: 'Julia Wagner', email: 'julia.wagner@lechner-ag.example', response: 'awaiting' },
];

const fixture = (lang: Lang) => `google/calendar-2026-10.${lang}.html`;
function events(lang: Lang): Record<Name, FixtureEvent> {
  const list = readFixtureData<{ events: FixtureEvent[] }>(fixture(lang)).events;
  return Object.fromEntries(NAMES.map((name, i) => [name, list[i]!])) as Record<Name, FixtureEvent>;
}

/** What the popup shows of an event, as a snapshot (guests checked on their own). */
function expected(e: FixtureEvent, name: Name): Omit<EventSnapshot, 'guests' | 'url'> {
  const want: Omit<EventSnapshot, 'guests' | 'url'> = {
    source: 'google',
    calendarId: eventIdFromEid(e.eid)!,
    owner: 'anna.huber.sternstunde@gmail.com',
    title: e.title,
    start: e.start,
    end: e.end,
    allDay: Boolean(e.allDay),
  };
  if (e.location) want.location = e.location;
  if (e.description) want.description = e.description;
  if (ORGANIZER[name]) want.organizer = ORGANIZER[name];
  return want;
}

/** Guests: names and e-mails exactly; each response right or left out. */
function expectGuests(got: Guest[] | undefined, want: Required<Guest>[]): void {
  expect(got?.map(({ name, email }) => ({ name, email }))).toEqual(want.map(({ name, email }) => ({ name, email })));
  got?.forEach((g, i) => {
    if (g.response !== undefined) expect(g.response, `response of ${g.name}`).toBe(want[i]!.response);
  });
}

/** A snapshot without its guests and page URL (checked on their own). */
function shown(s: EventSnapshot | undefined): Partial<EventSnapshot> | undefined {
  if (!s) return undefined;
  const copy: Partial<EventSnapshot> = { ...s };
  delete copy.guests;
  delete copy.url;
  return copy;
}

const markupOnly = (el: Element): boolean => !hiddenByMarkup(el);
const chip = (eid: string): HTMLElement => document.querySelector(`[data-opens-details][data-eventid="${eid}"]`)!;
const next = (): void => (document.querySelector('[data-nav="1"]') as HTMLElement).click();
let adapter: CalendarAdapter;

describe.each(LANGS)('google/calendar-2026-10.%s.html', (lang) => {
  const ev = events(lang);

  beforeEach(() => {
    loadFixture(fixture(lang), WEEK);
    adapter = createGoogleAdapter(document, markupOnly);
  });

  test('the page is in its language', () => {
    expect(document.documentElement.lang).toBe(lang);
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test.each(NAMES)('week view: opening %s reads what the popup shows', (name) => {
    for (let i = 0; i < (WEEKS_AHEAD[name] ?? 0); i++) next();
    chip(ev[name].eid).click();
    const open = adapter.findOpenEvent();
    const { guests, url, ...rest } = open!.snapshot;
    expect(rest).toEqual(expected(ev[name], name));
    expect(url).toBe(document.URL);
    expectGuests(guests, name === 'party' ? GUESTS : []);
  });

  test('switching events in the reused popup: the Tuesday party after the Thursday one', () => {
    chip(ev.party.eid).click();
    expect(adapter.findOpenEvent()?.snapshot.start).toBe('2026-12-10T18:00');
    next();
    key(chip(ev.tuesday.eid), 'Enter');
    const snapshot = adapter.findOpenEvent()?.snapshot;
    expect(shown(snapshot)).toEqual(expected(ev.tuesday, 'tuesday'));
    expect(snapshot?.guests).toEqual([]);
  });

  test.each([
    ['day', 'day/2026/12/15', 'tuesday'],
    ['day', 'day/2027/1/2', 'newyear'],
    ['month', 'month/2026/12/1', 'tuesday'],
    ['month', 'month/2026/12/1', 'fair'],
    ['month', 'month/2026/12/1', 'newyear'], // January's days at the end of December's month
    ['agenda', 'agenda/2026/12/10', 'tuesday'],
    ['agenda', 'agenda/2026/12/10', 'newyear'],
  ] as const)('%s view at /r/%s: opening %s', (view, path, name) => {
    loadFixture(fixture(lang), at(path));
    adapter = createGoogleAdapter(document, markupOnly);
    expect(document.body.getAttribute('data-viewkey')).toBe(view.toUpperCase());
    chip(ev[name].eid).click();
    expect(shown(adapter.findOpenEvent()?.snapshot)).toEqual(expected(ev[name], name));
  });

  test.each(['tuesday', 'newyear', 'fair'] as const)('the editor loaded directly: %s', (name) => {
    loadFixture(fixture(lang), at(`eventedit/${ev[name].eid}`));
    adapter = createGoogleAdapter(document, markupOnly);
    const snapshot = adapter.findOpenEvent()?.snapshot;
    const want: Partial<EventSnapshot> = expected(ev[name], name);
    delete want.organizer;
    expect(snapshot).toMatchObject(want);
    expect(snapshot?.organizer).toBeUndefined(); // the editor does not show it
  });
});

describe('the festive titles of the new languages are festive, the others are not', () => {
  // Missed by the detector today (another area; reported, not fixed here): the Italian New Year's
  // reception, the Dutch Christmas dinner, the Polish year-end company party.
  const FESTIVE: Name[] = ['party', 'year', 'newyear', 'tuesday'];
  const cases = LANGS.flatMap((lang) =>
    NAMES.map((name) => ({ lang, name, event: events(lang)[name], festive: FESTIVE.includes(name) })),
  );
  for (const { lang, name, event, festive } of cases) {
    test(`${lang} ${name}: "${event.title}" → ${festive ? 'festive' : 'ordinary'}`, () => {
      const r = detectFestiveEvent({ title: event.title, start: event.start, location: event.location });
      expect(r.match).toBe(festive);
    });
  }
});
