// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createOutlookAdapter } from '../../../lib/calendars/outlook';
import { parseTile } from '../../../lib/calendars/outlook-label';
import type { CalendarAdapter, EventSnapshot } from '../../../lib/calendars/types';
import { hiddenByMarkup } from '../../../lib/calendars/visibility';
import { key, loadFixture, press } from './fixture';

const ID = {
  party:
    'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz+8N2/9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1qAAA=',
  year: 'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz+8N2/9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1rAAA=',
  team: 'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZAFRAAgI3Vk+tK6AAEYAAAAAs/vDdv/Z0Uu6V95dUMFOkwcA+IRNKOKxxU6T0PBIJUPGwQAAAAABDQAA+IRNKOKxxU6T0PBIJUPGwQAAd7UdbAAAEA==',
  fair: 'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz+8N2/9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1tAAA=',
  closing:
    'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz+8N2/9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1uAAA=',
  newyear:
    'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz+8N2/9nRS7pX3l1QwU6TBwD4hE0o4rHFTpPQ8EglQ8bBAAAAAAENAAD4hE0o4rHFTpPQ8EglQ8bBAAB3tR1vAAA=',
};
const URLS = { en: 'https://outlook.office.com/calendar/view/week', de: 'https://outlook.live.com/calendar/view/week' };
const markupOnly = (el: Element): boolean => !hiddenByMarkup(el);
const tile = (id: string): Element =>
  [...document.querySelectorAll('[data-calitemid]')].find((t) => t.getAttribute('data-calitemid') === id)!;
const tileButton = (id: string): HTMLElement => tile(id).querySelector('[role="button"]')!;
const next = (): void => (document.querySelector('[data-nav="1"]') as HTMLElement).click();
const peek = (): Element | null => document.querySelector('[data-app-section="CalendarItemPeek"]');

const expected: Record<'en' | 'de', Record<keyof typeof ID, Partial<EventSnapshot>>> = {
  en: {
    party: {
      title: 'Christmas party – Lechner AG',
      start: '2026-12-10T18:00',
      end: '2026-12-10T23:00',
      location: 'Gasthaus Stern, Hauptplatz 3, Linz',
      organizer: 'Max Lechner',
    },
    year: {
      title: 'Year-end party, drinks & networking',
      start: '2026-12-11T17:30',
      end: '2026-12-11T22:00',
      organizer: 'Brenner, Karl',
    },
    team: {
      title: 'Team meeting',
      start: '2026-12-08T09:30',
      end: '2026-12-08T10:00',
      location: 'Microsoft Teams Meeting',
      organizer: 'Anna Huber',
    },
    fair: { title: 'Trade fair Vienna', start: '2026-12-07', end: '2026-12-09', allDay: true, location: 'Messe Wien' },
    closing: { title: 'Year-end closing', start: '2026-12-30T14:00', end: '2026-12-30T15:30', organizer: 'Anna Huber' },
    newyear: {
      title: "New Year's reception – Chamber of Commerce",
      start: '2027-01-02T11:00',
      end: '2027-01-02T13:00',
      location: 'Chamber of Commerce, Hessenplatz 3, Linz',
      organizer: 'Chamber of Commerce',
    },
  },
  de: {
    party: {
      title: 'Weihnachtsfeier Lechner AG',
      start: '2026-12-10T18:00',
      end: '2026-12-10T23:00',
      location: 'Gasthaus Stern, Hauptplatz 3, Linz',
      organizer: 'Max Lechner',
    },
    year: {
      title: 'Jahresabschlussfeier, Brenner & Co',
      start: '2026-12-11T17:30',
      end: '2026-12-11T22:00',
      organizer: 'Brenner, Karl',
    },
    team: {
      title: 'Jour fixe',
      start: '2026-12-08T09:30',
      end: '2026-12-08T10:00',
      location: 'Besprechungsraum 2',
      organizer: 'Anna Huber',
    },
    fair: { title: 'Messe Wien', start: '2026-12-07', end: '2026-12-09', allDay: true, location: 'Messe Wien' },
    closing: {
      title: 'Jahresabschluss Buchhaltung',
      start: '2026-12-30T14:00',
      end: '2026-12-30T15:30',
      organizer: 'Anna Huber',
    },
    newyear: {
      title: 'Neujahrsempfang Wirtschaftskammer',
      start: '2027-01-02T11:00',
      end: '2027-01-02T13:00',
      location: 'Wirtschaftskammer, Hessenplatz 3, Linz',
      organizer: 'Wirtschaftskammer',
    },
  },
};
const snap = (over: Partial<EventSnapshot>): EventSnapshot => ({
  source: 'outlook',
  title: '',
  allDay: false,
  guests: [],
  url: document.URL,
  ...over,
});

let adapter: CalendarAdapter;
afterEach(() => adapter?.dispose());

describe.each(['en', 'de'] as const)('outlook/calendar-2026-10.%s.html', (lang) => {
  beforeEach(() => {
    loadFixture(`outlook/calendar-2026-10.${lang}.html`, URLS[lang]);
    adapter = createOutlookAdapter(document, markupOnly);
  });

  test('nothing open → null', () => {
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test.each(Object.keys(ID) as (keyof typeof ID)[])('opening %s reads its snapshot from the pressed tile', (name) => {
    if (name === 'closing' || name === 'newyear') for (let i = 0; i < 3; i++) next();
    press(tileButton(ID[name]));
    const open = adapter.findOpenEvent();
    expect(open?.snapshot).toEqual(snap({ calendarId: ID[name], ...expected[lang][name] }));
    expect(open?.card).toBe(peek());
    expect(open?.chipSlot).toBe(peek());
  });

  test('switching tiles while the peek is open; dismiss → null', () => {
    press(tileButton(ID.party));
    const card = adapter.findOpenEvent()?.card;
    press(tileButton(ID.year));
    const open = adapter.findOpenEvent();
    expect(open?.snapshot.title).toBe(expected[lang].year.title);
    expect(open?.card).toBe(card); // re-rendered in place
    press(document.querySelector('[role="main"]'));
    expect(peek()).toBeNull();
    expect(adapter.findOpenEvent()).toBeNull();
    press(tileButton(ID.team));
    key(document.body, 'Escape');
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test('keyboard: Enter on a tile', () => {
    const b = tileButton(ID.fair);
    key(b, 'Enter');
    expect(adapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.fair);
  });

  test('cross-check: a peek not showing the pressed tile falls back to the tile it shows', () => {
    press(tileButton(ID.party));
    peek()!.firstElementChild!.firstElementChild!.textContent = expected[lang].team.title!;
    peek()!
      .querySelectorAll('span')
      .forEach((s) => (s.textContent = ''));
    expect(adapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.team);
    peek()!.textContent = 'New event';
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test('a re-rendered grid: the pressed tile is found again by id', () => {
    press(tileButton(ID.party));
    const fresh = tile(ID.party).cloneNode(true);
    tile(ID.party).replaceWith(fresh);
    expect(adapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.party);
  });

  test('"View event" opens the reading view at /calendar/item/<id>: tile data + description', () => {
    press(tileButton(ID.party));
    const viewTitle = lang === 'en' ? 'View event' : 'Ereignis anzeigen';
    press(document.querySelector(`button[title="${viewTitle}"]`));
    expect(document.URL).toBe(URLS[lang].replace('/view/week', `/item/${encodeURIComponent(ID.party)}`));
    const open = adapter.findOpenEvent();
    const description =
      lang === 'en'
        ? 'Our annual Christmas party with customers and partners.\nDress code: smart casual.'
        : 'Unsere Weihnachtsfeier mit Kunden und Partnern.\nDresscode: smart casual.';
    expect(open?.snapshot).toEqual(snap({ calendarId: ID.party, ...expected[lang].party, description }));
    expect(open?.card.getAttribute('data-app-section')).toBe('ReadingPane');
    press(document.querySelector('[data-close]'));
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test('not the calendar (mail) → null', () => {
    press(tileButton(ID.party));
    history.pushState({}, '', '/mail/inbox');
    expect(adapter.findOpenEvent()).toBeNull();
  });

  test('dispose removes the listeners', () => {
    adapter.dispose();
    press(tileButton(ID.party));
    expect(adapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.party); // found by the peek's subject
    peek()!.textContent = 'Something else';
    expect(adapter.findOpenEvent()).toBeNull();
  });
});

describe.each(['en', 'de'] as const)(
  'outlook/calendar-2026-10.%s.html loaded at the event (reading view, no tile)',
  (lang) => {
    const origin = new URL(URLS[lang]).origin;
    const description = {
      en: 'Our annual Christmas party with customers and partners.\nDress code: smart casual.',
      de: 'Unsere Weihnachtsfeier mit Kunden und Partnern.\nDresscode: smart casual.',
    }[lang];

    test('reads the pane at /calendar/item/<id> and /calendar/0/deeplink/read/<id>', () => {
      loadFixture(`outlook/calendar-2026-10.${lang}.html`, `${origin}/calendar/item/${encodeURIComponent(ID.party)}`);
      adapter = createOutlookAdapter(document, markupOnly);
      expect(document.querySelector('[data-calitemid]')).toBeNull();
      // The organizer comes from the tile's label only; the pane alone does not name it.
      const party = { ...expected[lang].party, organizer: undefined };
      expect(adapter.findOpenEvent()?.snapshot).toEqual(snap({ calendarId: ID.party, ...party, description }));
      history.pushState({}, '', `/calendar/0/deeplink/read/${encodeURIComponent(ID.party)}?login_hint=a%40b.example`);
      expect(adapter.findOpenEvent()?.snapshot.calendarId).toBe(ID.party);
      document.querySelector('[data-app-section="ReadingPane"]')!.setAttribute('hidden', '');
      expect(adapter.findOpenEvent()).toBeNull();
    });

    test('a deep link opens the same pane', () => {
      loadFixture(
        `outlook/calendar-2026-10.${lang}.html`,
        `${origin}/calendar/0/deeplink/read/${encodeURIComponent(ID.newyear)}?login_hint=anna%40example.com`,
      );
      adapter = createOutlookAdapter(document, markupOnly);
      expect(adapter.findOpenEvent()?.snapshot).toMatchObject({
        calendarId: ID.newyear,
        title: expected[lang].newyear.title,
        start: expected[lang].newyear.start,
        end: expected[lang].newyear.end,
      });
    });

    test('malformed item id → null, no throw', () => {
      loadFixture(`outlook/calendar-2026-10.${lang}.html`, `${origin}/calendar/item/%E0%A4%A`);
      adapter = createOutlookAdapter(document, markupOnly);
      expect(adapter.findOpenEvent()).toBeNull();
    });
  },
);

describe('unknown or changed markup', () => {
  const week = 'https://outlook.office.com/calendar/view/week';

  test('outlook/unknown-markup.html → null in the grid, after a press and at an item URL', () => {
    loadFixture('outlook/unknown-markup.html', week);
    adapter = createOutlookAdapter(document, () => true); // even the hidden leftover peek counts as shown
    expect(adapter.findOpenEvent()).toBeNull();
    press(document.querySelector('[data-event-key] [role="button"]'));
    expect(document.querySelector('[data-app-section="EventCard2027"]')).not.toBeNull();
    expect(adapter.findOpenEvent()).toBeNull();
    history.pushState({}, '', `/calendar/item/${encodeURIComponent(ID.party)}`);
    expect(adapter.findOpenEvent()).toBeNull();
  });
});

describe('parseTile', () => {
  const en = 'Christmas party – Lechner AG';
  const GERMAN = new Set([
    'de (brief example)',
    'de all-day range',
    'no title attribute: label only',
    'unknown label format: subject only',
  ]);
  test.each([
    [
      'en, location with commas',
      `${en}\nGasthaus Stern, Hauptplatz 3, Linz\n6:00 PM to 11:00 PM`,
      `${en}, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, Gasthaus Stern, Hauptplatz 3, Linz, By Max Lechner, Busy`,
      {
        title: en,
        start: '2026-12-10T18:00',
        end: '2026-12-10T23:00',
        allDay: false,
        location: 'Gasthaus Stern, Hauptplatz 3, Linz',
        organizer: 'Max Lechner',
      },
    ],
    [
      'de (brief example)',
      'Jour fixe, Q4\nBüro, 2. Stock\n15:30 bis 17:00',
      'Jour fixe, Q4, 15:30 bis 17:00, Donnerstag, 10. Dezember 2026, Büro, 2. Stock, Von Huber, Anna, Beschäftigt',
      {
        title: 'Jour fixe, Q4',
        start: '2026-12-10T15:30',
        end: '2026-12-10T17:00',
        allDay: false,
        location: 'Büro, 2. Stock',
        organizer: 'Huber, Anna',
      },
    ],
    [
      'subject that looks like a time range',
      'Party, 2 to 3, cake\n5:30 PM to 10:00 PM',
      'Party, 2 to 3, cake, 5:30 PM to 10:00 PM, Friday, December 11, 2026, By Karl Brenner, Tentative',
      {
        title: 'Party, 2 to 3, cake',
        start: '2026-12-11T17:30',
        end: '2026-12-11T22:00',
        allDay: false,
        organizer: 'Karl Brenner',
      },
    ],
    [
      'icon and Canceled: prefixes',
      'Canceled: Team meeting\n9:30 AM to 10:00 AM',
      'Recurring event icon, Canceled: Team meeting, 9:30 AM to 10:00 AM, Tuesday, December 8, 2026, By Anna Huber, Free',
      {
        title: 'Canceled: Team meeting',
        start: '2026-12-08T09:30',
        end: '2026-12-08T10:00',
        allDay: false,
        organizer: 'Anna Huber',
      },
    ],
    [
      'narrow no-break spaces (newer ICU)',
      'Lunch\n12:00\u202fPM to 1:00\u202fPM',
      'Lunch, 12:00\u202fPM to 1:00\u202fPM, Monday, December 7, 2026, By Anna Huber, Busy',
      { title: 'Lunch', start: '2026-12-07T12:00', end: '2026-12-07T13:00', allDay: false, organizer: 'Anna Huber' },
    ],
    [
      'overnight',
      'Night shift\n10:00 PM to 2:00 AM',
      'Night shift, 10:00 PM to 2:00 AM, Thursday, December 31, 2026, By Anna Huber, Busy',
      {
        title: 'Night shift',
        start: '2026-12-31T22:00',
        end: '2027-01-01T02:00',
        allDay: false,
        organizer: 'Anna Huber',
      },
    ],
    [
      'own event without organizer part',
      'Focus time\n8:00 AM to 9:00 AM',
      'Focus time, 8:00 AM to 9:00 AM, Monday, December 7, 2026, Busy',
      { title: 'Focus time', start: '2026-12-07T08:00', end: '2026-12-07T09:00', allDay: false },
    ],
    [
      'en all-day, one day',
      'Holiday\nAll day',
      'Holiday, All day event, Friday, December 25, 2026',
      { title: 'Holiday', start: '2026-12-25', end: '2026-12-25', allDay: true },
    ],
    [
      'en all-day range',
      'Trade fair, Vienna\nMesse Wien\nAll day',
      'Trade fair, Vienna, All day event, Monday, December 7, 2026 to Wednesday, December 9, 2026, Messe Wien, Free',
      { title: 'Trade fair, Vienna', start: '2026-12-07', end: '2026-12-09', allDay: true, location: 'Messe Wien' },
    ],
    [
      'de all-day range',
      'Betriebsurlaub\nGanztägig',
      'Betriebsurlaub, Ganztägiges Ereignis, Donnerstag, 24. Dezember 2026 bis Freitag, 1. Januar 2027',
      { title: 'Betriebsurlaub', start: '2026-12-24', end: '2027-01-01', allDay: true },
    ],
    [
      'no title attribute: label only',
      '',
      'Weihnachtsfeier, 18:00 bis 23:00, Donnerstag, 10. Dezember 2026, Gasthaus Stern, Von Max Lechner, Beschäftigt',
      {
        title: 'Weihnachtsfeier',
        start: '2026-12-10T18:00',
        end: '2026-12-10T23:00',
        allDay: false,
        location: 'Gasthaus Stern',
        organizer: 'Max Lechner',
      },
    ],
    [
      'unknown label format: subject only',
      'Weihnachtsfeier\nirgendwann',
      'Weihnachtsfeier, demnächst',
      { title: 'Weihnachtsfeier', allDay: false },
    ],
  ])('%s', (name, title, label, want) => {
    expect(parseTile(title, label, undefined, GERMAN.has(name) ? 'de' : 'en')).toEqual(want);
  });

  test('a label without a year takes it from the column dates', () => {
    expect(
      parseTile(
        'Party\n6:00 PM to 11:00 PM',
        'Party, 6:00 PM to 11:00 PM, Thursday, December 10, By X, Busy',
        ['2026-12-06', '2026-12-12'],
        'en',
      ),
    ).toMatchObject({
      start: '2026-12-10T18:00',
    });
    expect(
      parseTile(
        'Party\n6:00 PM to 11:00 PM',
        'Party, 6:00 PM to 11:00 PM, Thursday, December 10, By X, Busy',
        undefined,
        'en',
      ),
    ).not.toHaveProperty('start');
  });
});
