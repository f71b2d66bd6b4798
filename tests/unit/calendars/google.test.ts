// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createGoogleAdapter } from '../../../lib/calendars/google';
import { eventIdFromEid, ownerFromEid } from '../../../lib/calendars/google-eid';
import type { CalendarAdapter, EventSnapshot } from '../../../lib/calendars/types';
import { hiddenByMarkup, isRendered } from '../../../lib/calendars/visibility';
import { key, loadFixture } from './fixture';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10';
const eid = (id: string): string => Buffer.from(`${id} anna.huber.sternstunde@m`).toString('base64url');
const ID = {
  party: '5q1s8d4kpl3v0c2n7h6m9g0b1a',
  year: '0b7e4n2r6c1u5l3k9m8s4h2d6f',
  team: '3h8k2m5n9p1q4r7s0t6u2v8a4c_20261208T083000Z',
  fair: '7d2f9h4j6k8l1m3n5p7q9r2s4t',
  closing: '1c3e5g7i9k2m4o6q8s0u2a4c6e',
  newyear: '9u7s5q3o1m8k6i4g2e0c7a5b3d',
};
const markupOnly = (el: Element): boolean => !hiddenByMarkup(el);
// Grid chips (agenda chips carry no data-eventchip); the popup's #xDetDlg has the same data-eventid.
const chip = (id: string): HTMLElement => document.querySelector(`[data-opens-details][data-eventid="${eid(id)}"]`)!;
const next = (): void => (document.querySelector('[data-nav="1"]') as HTMLElement).click();
const snap = (over: Partial<EventSnapshot>): EventSnapshot => ({
  source: 'google',
  // Every fixture event is in the user's own calendar (eid "… anna.huber.sternstunde@m").
  owner: 'anna.huber.sternstunde@gmail.com',
  title: '',
  allDay: false,
  guests: [],
  url: '',
  ...over,
});

const expected: Record<'en' | 'de', Record<keyof typeof ID, Partial<EventSnapshot>>> = {
  en: {
    party: {
      title: 'Christmas party – Lechner AG',
      start: '2026-12-10T18:00',
      end: '2026-12-10T23:00',
      location: 'Gasthaus Stern, Hauptplatz 3, 4020 Linz, Austria',
      description:
        'Our annual Christmas party with customers and partners.\nDress code: smart casual.\nPlease RSVP by December 1.',
      organizer: 'Max Lechner',
      guests: [
        { name: 'Max Lechner', email: 'max.lechner@lechner-ag.example', response: 'organizer' },
        { name: 'Anna Huber', email: 'anna.huber.sternstunde@gmail.com', response: 'accepted' },
        { name: 'Sabine Moser', email: 's.moser@moser-consulting.example', response: 'tentative' },
        { name: 'Gruber, Peter', email: 'peter.gruber@gruber-bau.example', response: 'declined' },
        { name: 'Julia Wagner', email: 'julia.wagner@lechner-ag.example', response: 'awaiting' },
      ],
    },
    year: {
      title: 'Year-end party Brenner & Co',
      start: '2026-12-11T17:30',
      end: '2026-12-11T22:00',
      location: 'Brenner & Co, Landstraße 12, Linz',
      description: 'Mulled wine, music and networking.\nAgenda: 5:30pm welcome, 7pm dinner.',
      organizer: 'Brenner & Co Events',
    },
    team: { title: 'Team meeting', start: '2026-12-08T09:30', end: '2026-12-08T10:00' },
    fair: {
      title: 'Trade fair Vienna',
      start: '2026-12-07',
      end: '2026-12-09',
      allDay: true,
      location: 'Messe Wien, Trabrennstraße 7, 1020 Wien',
    },
    closing: { title: 'Year-end closing', start: '2026-12-30T14:00', end: '2026-12-30T15:30' },
    newyear: {
      title: "New Year's reception – Chamber of Commerce",
      start: '2027-01-02T11:00',
      end: '2027-01-02T13:00',
      location: 'Chamber of Commerce, Hessenplatz 3, Linz',
    },
  },
  de: {
    party: {
      title: 'Weihnachtsfeier Lechner AG',
      start: '2026-12-10T18:00',
      end: '2026-12-10T23:00',
      location: 'Gasthaus Stern, Hauptplatz 3, 4020 Linz, Österreich',
      description:
        'Unsere Weihnachtsfeier mit Kunden und Partnern.\nDresscode: smart casual.\nBitte um Zusage bis 1. Dezember.',
      organizer: 'Max Lechner',
      guests: [
        { name: 'Max Lechner', email: 'max.lechner@lechner-ag.example', response: 'organizer' },
        { name: 'Anna Huber', email: 'anna.huber.sternstunde@gmail.com', response: 'accepted' },
        { name: 'Sabine Moser', email: 's.moser@moser-consulting.example', response: 'tentative' },
        { name: 'Gruber, Peter', email: 'peter.gruber@gruber-bau.example', response: 'declined' },
        { name: 'Julia Wagner', email: 'julia.wagner@lechner-ag.example', response: 'awaiting' },
      ],
    },
    year: {
      title: 'Jahresabschlussfeier Brenner & Co',
      start: '2026-12-11T17:30',
      end: '2026-12-11T22:00',
      location: 'Brenner & Co, Landstraße 12, Linz',
      description: 'Glühwein, Musik und Networking.\nAblauf: 17:30 Empfang, 19:00 Abendessen.',
      organizer: 'Brenner & Co Events',
    },
    team: { title: 'Jour fixe', start: '2026-12-08T09:30', end: '2026-12-08T10:00' },
    fair: {
      title: 'Messe Wien',
      start: '2026-12-07',
      end: '2026-12-09',
      allDay: true,
      location: 'Messe Wien, Trabrennstraße 7, 1020 Wien',
    },
    closing: { title: 'Jahresabschluss Buchhaltung', start: '2026-12-30T14:00', end: '2026-12-30T15:30' },
    newyear: {
      title: 'Neujahrsempfang Wirtschaftskammer',
      start: '2027-01-02T11:00',
      end: '2027-01-02T13:00',
      location: 'Wirtschaftskammer, Hessenplatz 3, Linz',
    },
  },
};
const NEXT_YEAR_WEEK = new Set(['closing', 'newyear']);

let adapter: CalendarAdapter;

describe.each(['en', 'de'] as const)('google/calendar-2026-10.%s.html', (lang) => {
  beforeEach(() => {
    loadFixture(`google/calendar-2026-10.${lang}.html`, WEEK);
    adapter = createGoogleAdapter(document, markupOnly);
  });

  test('nothing open → null', () => {
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test.each(Object.keys(ID) as (keyof typeof ID)[])('opening %s reads its snapshot', (name) => {
    if (NEXT_YEAR_WEEK.has(name)) for (let i = 0; i < 3; i++) next();
    chip(ID[name]).click();
    const open = adapter.findOpenEvent();
    expect(open?.snapshot).toEqual(snap({ calendarId: ID[name], url: document.URL, ...expected[lang][name] }));
    expect(open?.card).toBe(document.getElementById('xDetDlg'));
    expect(open?.chipSlot.matches('span[jsslot]')).toBe(true);
    expect(open?.card.contains(open.chipSlot)).toBe(false);
  });

  test('switching events in the reused popup gives the new snapshot', () => {
    chip(ID.party).click();
    const first = adapter.findOpenEvent();
    chip(ID.year).click();
    const second = adapter.findOpenEvent();
    expect(second?.snapshot.title).toBe(expected[lang].year.title);
    expect(second?.snapshot.guests).toEqual([]);
    expect(second?.card).toBe(first?.card);
    chip(ID.team).click();
    expect(adapter.findOpenEvent()?.snapshot).toEqual(
      snap({ calendarId: ID.team, url: document.URL, ...expected[lang].team }),
    );
  });

  test('a closed popup (left hidden in the DOM) gives null: close button and Escape', () => {
    chip(ID.party).click();
    document.getElementById('xDetDlgCloseBu')!.click();
    expect(document.getElementById('xDetDlg')?.getAttribute('data-eventid')).toBe(eid(ID.party));
    expect(adapter.findOpenEvent()).toBeNull();
    chip(ID.fair).click();
    expect(adapter.findOpenEvent()?.snapshot.title).toBe(expected[lang].fair.title);
    key(document.body, 'Escape');
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test('keyboard: Enter on a chip opens it', () => {
    key(chip(ID.party), 'Enter');
    expect(adapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.party);
  });

  test('year without the chip day: chip label, then view range, then URL date', () => {
    for (let i = 0; i < 3; i++) next();
    chip(ID.closing).click();
    const want = expected[lang].closing.start;
    document.querySelectorAll('[data-datekey]').forEach((c) => c.removeAttribute('data-datekey'));
    expect(adapter.findOpenEvent()?.snapshot.start).toBe(want); // from the chip's hidden label
    document.querySelectorAll('[data-eventchip]').forEach((c) => c.remove());
    expect(document.querySelector('[role=main]')?.getAttribute('data-start-date-key')).toBe(
      String(((2026 - 1970) << 9) | (12 << 5) | (lang === 'en' ? 27 : 28)),
    );
    expect(adapter.findOpenEvent()?.snapshot.start).toBe(want); // view range spanning the new year
    document.querySelector('[role=main]')?.removeAttribute('data-start-date-key');
    expect(document.URL).toMatch(/\/r\/week\/2026\/12\/31$/);
    expect(adapter.findOpenEvent()?.snapshot.start).toBe(want); // URL date
    history.pushState({}, '', '/calendar/u/0/r/week');
    const open = adapter.findOpenEvent();
    expect(open?.snapshot.title).toBe(expected[lang].closing.title);
    expect(open?.snapshot.start).toBeUndefined(); // never the year of "now"
  });

  test('edit button: in-app navigation to the editor reads the same event (same calendarId)', () => {
    chip(ID.party).click();
    const popup = adapter.findOpenEvent()!.snapshot;
    (document.querySelector('[jsname="lu7Sub"]') as HTMLElement).click();
    expect(document.URL).toBe(`https://calendar.google.com/calendar/u/0/r/eventedit/${eid(ID.party)}`);
    const open = adapter.findOpenEvent();
    expect(open?.snapshot).toEqual({
      ...popup,
      url: document.URL,
      organizer: undefined,
      guests: [],
      description: expected[lang].party.description,
    });
    expect(open?.chipSlot).toBe(document.querySelector('[data-is-create="false"]'));
    (document.querySelector('[jsname="ouYNrb"]') as HTMLElement).click();
    expect(document.body.getAttribute('data-viewfamily')).toBe('EVENT');
    expect(adapter.findOpenEvent()).toBeNull();
  });
});

describe.each(['en', 'de'] as const)('google/calendar-2026-10.%s.html: every grid view', (lang) => {
  const at = (path: string): string => `https://calendar.google.com/calendar/u/0/r/${path}`;

  test.each([
    ['day', 'day/2026/12/10', 'party'],
    ['day', 'day/2027/1/2', 'newyear'],
    ['day', 'day/2026/12/8', 'fair'],
    ['month', 'month/2026/12/1', 'party'],
    ['month', 'month/2026/12/1', 'fair'],
    ['month', 'month/2026/12/1', 'closing'],
    ['month', 'month/2026/12/1', 'newyear'], // the next year's days at the end of December's month
    ['agenda', 'agenda/2026/12/10', 'year'],
    ['agenda', 'agenda/2026/12/10', 'closing'],
    ['agenda', 'agenda/2026/12/10', 'newyear'],
  ] as const)('%s view at /r/%s: opening %s reads its snapshot', (view, path, name) => {
    loadFixture(`google/calendar-2026-10.${lang}.html`, at(path));
    adapter = createGoogleAdapter(document, markupOnly);
    expect(document.body.getAttribute('data-viewkey')).toBe(view.toUpperCase());
    expect(adapter.findOpenEvent()).toBeNull();
    chip(ID[name]).click();
    expect(adapter.findOpenEvent()?.snapshot).toEqual(
      snap({ calendarId: ID[name], url: document.URL, ...expected[lang][name] }),
    );
  });

  test('the view menu switches views in the app (pushState); the popup follows its chip there', () => {
    loadFixture(`google/calendar-2026-10.${lang}.html`, at('week/2026/12/10'));
    adapter = createGoogleAdapter(document, markupOnly);
    for (const view of ['month', 'agenda', 'day'] as const) {
      (document.querySelector(`[data-view="${view}"]`) as HTMLElement).click();
      expect(document.URL).toBe(at(`${view}/2026/12/10`));
      expect(document.body.getAttribute('data-viewkey')).toBe(view.toUpperCase());
      chip(ID.party).click();
      expect(adapter.findOpenEvent()?.snapshot).toEqual(
        snap({ calendarId: ID.party, url: document.URL, ...expected[lang].party }),
      );
      key(document.body, 'Escape');
      expect(adapter.findOpenEvent()).toBeNull();
    }
  });

  test('the full editor page, loaded directly', () => {
    loadFixture(`google/calendar-2026-10.${lang}.html`, at(`eventedit/${eid(ID.party)}?sf=true`));
    adapter = createGoogleAdapter(document, markupOnly);
    // The editor's guest list markup is unverified: no guests, no organizer from there.
    expect(adapter.findOpenEvent()?.snapshot).toEqual(
      snap({ calendarId: ID.party, url: document.URL, ...expected[lang].party, organizer: undefined, guests: [] }),
    );
  });

  test('all-day event in the editor; copy/duplicate pages are new events', () => {
    loadFixture(`google/calendar-2026-10.${lang}.html`, at(`eventedit/${eid(ID.fair)}`));
    adapter = createGoogleAdapter(document, markupOnly);
    expect(adapter.findOpenEvent()?.snapshot).toMatchObject({
      calendarId: ID.fair,
      title: expected[lang].fair.title,
      start: '2026-12-07',
      end: '2026-12-09',
      allDay: true,
    });
    history.pushState({}, '', `/calendar/u/0/r/eventedit/copy/${eid(ID.fair)}`);
    expect(adapter.findOpenEvent()).toBeNull();
  });
});

describe('unknown or changed markup', () => {
  test('google/unknown-markup.html → null, no throw', () => {
    loadFixture('google/unknown-markup.html', WEEK);
    expect(createGoogleAdapter(document, markupOnly).findOpenEvent()).toBeNull();
    expect(createGoogleAdapter(document, () => true).findOpenEvent()).toBeNull();
  });

  test('a throwing page gives null', () => {
    loadFixture('google/calendar-2026-10.en.html', WEEK);
    chip(ID.party).click();
    const broken = createGoogleAdapter(document, () => {
      throw new Error('layout');
    });
    expect(broken.findOpenEvent()).toBeNull();
  });

  test('empty document', () => {
    document.body.replaceChildren();
    expect(createGoogleAdapter(document).findOpenEvent()).toBeNull();
  });
});

describe('visibility', () => {
  beforeEach(() => loadFixture('google/calendar-2026-10.en.html', WEEK));

  test('default (layout) test: needs a box with a size', () => {
    const det = document.getElementById('xDetDlg')!;
    const layoutAdapter = createGoogleAdapter(document);
    chip(ID.party).click();
    expect(isRendered(det)).toBe(false); // happy-dom lays nothing out
    expect(layoutAdapter.findOpenEvent()).toBeNull();
    const box = {
      x: 10,
      y: 80,
      width: 448,
      height: 320,
      top: 80,
      left: 10,
      right: 458,
      bottom: 400,
      toJSON: () => ({}),
    } as DOMRect;
    vi.spyOn(det, 'getBoundingClientRect').mockReturnValue(box);
    vi.spyOn(det, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
    expect(isRendered(det)).toBe(true);
    expect(layoutAdapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.party);
    key(document.body, 'Escape'); // hidden wrapper: display none + aria-hidden
    expect(isRendered(det)).toBe(false);
    expect(layoutAdapter.findOpenEvent()).toBeNull();
  });

  test('markup test: hidden, aria-hidden and inline display:none ancestors', () => {
    const det = document.getElementById('xDetDlg')!;
    expect(hiddenByMarkup(det)).toBe(true);
    chip(ID.party).click();
    expect(hiddenByMarkup(det)).toBe(false);
    det.closest('[role=dialog]')!.setAttribute('hidden', '');
    expect(hiddenByMarkup(det)).toBe(true);
  });
});

describe('eventIdFromEid', () => {
  test.each([
    [eid(ID.party), ID.party],
    [eid(ID.team), ID.team],
    [Buffer.from('abc123 team@group.calendar.google.com').toString('base64url'), 'abc123'],
    [Buffer.from('tasks_abc x@m').toString('base64'), 'tasks_abc'],
    ['tasks_xyz', null],
    ['abc', null],
    ['', null],
    ['!!!', null],
  ])('%s → %s', (input, out) => {
    expect(eventIdFromEid(input)).toBe(out);
  });
});

describe('calendar owner from the eid', () => {
  test('expands "@m" to gmail.com and knows no person behind group calendars', () => {
    expect(ownerFromEid(eid('abc'))).toBe('anna.huber.sternstunde@gmail.com');
    expect(ownerFromEid(Buffer.from('abc anna@lechner.at').toString('base64url'))).toBe('anna@lechner.at');
    expect(ownerFromEid(Buffer.from('abc c_9f8e@g').toString('base64url'))).toBeUndefined();
    expect(
      ownerFromEid(Buffer.from('abc en.austrian#holiday@group.v.calendar.google.com').toString('base64url')),
    ).toBeUndefined();
    expect(ownerFromEid('not an eid!')).toBeUndefined();
  });
});
