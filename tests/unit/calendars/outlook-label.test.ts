// @vitest-environment happy-dom
// Outlook tile labels as real pages print them (docs/calendar-markup.md, "Checked again (2026-12)"), per language,
// and the reading view opened straight by link.
import { afterEach, describe, expect, test } from 'vitest';
import { createOutlookAdapter } from '../../../lib/calendars/outlook';
import { parseTile } from '../../../lib/calendars/outlook-label';
import type { CalendarAdapter } from '../../../lib/calendars/types';

const WEEK = ['2026-12-06', '2026-12-12'] as const;
const party = { title: 'Party', start: '2026-12-10T18:00', end: '2026-12-10T23:00', allDay: false };

describe('parseTile', () => {
  test.each([
    [
      'en: ", Recurring event" after the show-as word',
      'Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, By Jane Doe, Busy, Recurring event',
    ],
    [
      'en: ", Exception to recurring event"',
      'Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, By Jane Doe, Tentative, Exception to recurring event',
    ],
    ['en: ", Canceled"', 'Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, By Jane Doe, Free, Canceled'],
    ['en: 24-hour times, US date order', 'Party, 18:00 to 23:00, Thursday, December 10, 2026, By Jane Doe, Busy'],
    [
      'en: icon prefix, Teams segment',
      'Recurring event icon, Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, Microsoft Teams Meeting, By Jane Doe, Busy',
    ],
    [
      'de: Serientermin segment unknown, organizer ends at the show-as word',
      'Party, 18:00 bis 23:00, Donnerstag, 10. Dezember 2026, Von Jane Doe, Beschäftigt, Serientermin',
    ],
  ])('%s', (_name, label) => {
    const lang = label.includes('bis') ? 'de' : 'en';
    expect(parseTile('Party\n6:00 PM to 11:00 PM', label, WEEK, lang)).toEqual({ ...party, organizer: 'Jane Doe' });
  });

  test('label only (no title): the icon prefix, Teams as the location, status words after the organizer', () => {
    expect(
      parseTile(
        '',
        'Recurring event icon, Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, Microsoft Teams Meeting, By Doe, Jane, Busy, Recurring event',
        WEEK,
        'en-US',
      ),
    ).toEqual({ ...party, location: 'Microsoft Teams Meeting', organizer: 'Doe, Jane' });
  });

  test('lowercase "all day event", label only', () => {
    expect(parseTile('', 'Holiday, all day event, Friday, December 25, 2026, Free', undefined, 'en-US')).toEqual({
      title: 'Holiday',
      start: '2026-12-25',
      end: '2026-12-25',
      allDay: true,
    });
  });

  test.each([
    ['fr-FR', 'Fête, 18:00 à 23:00, jeudi 10 décembre 2026, Gasthaus Stern, Organisateur Max Lechner, Occupé'],
    ['es-ES', 'Fête, 18:00 a 23:00, jueves, 10 de diciembre de 2026, Gasthaus Stern, Max Lechner, Ocupado'],
    ['it-IT', 'Fête, 18:00 a 23:00, giovedì 10 dicembre 2026, Gasthaus Stern, Max Lechner, Occupato'],
    ['nl-NL', 'Fête, 18:00 tot 23:00, donderdag 10 december 2026, Gasthaus Stern, Max Lechner, Bezet'],
    ['pl-PL', 'Fête, 18:00 do 23:00, czwartek, 10 grudnia 2026, Gasthaus Stern, Max Lechner, Zajęty'],
    ['cs-CZ', 'Fête, 18:00 do 23:00, čtvrtek 10. prosince 2026, Gasthaus Stern, Max Lechner, Obsazeno'],
    ['el-GR', 'Fête, 6:00 μ.μ. έως 11:00 μ.μ., Πέμπτη 10 Δεκεμβρίου 2026, Gasthaus Stern, Max Lechner, Απασχολημένος'],
    ['tr-TR', 'Fête, 18:00 - 23:00, 10 Aralık 2026 Perşembe, Gasthaus Stern, Max Lechner, Meşgul'],
  ])('%s: date and times by structure; organizer left out (the words are unknown)', (lang, label) => {
    expect(parseTile('Fête\nGasthaus Stern\n18:00 – 23:00', label, WEEK, lang)).toEqual({
      ...party,
      title: 'Fête',
      location: 'Gasthaus Stern',
    });
  });

  test('fr all-day range: any range word between the two dates', () => {
    expect(
      parseTile(
        'Salon\nMesse Wien\nToute la journée',
        'Salon, Événement d’une journée, lundi 7 décembre 2026 au mercredi 9 décembre 2026, Messe Wien, Libre',
        WEEK,
        'fr',
      ),
    ).toEqual({ title: 'Salon', start: '2026-12-07', end: '2026-12-09', allDay: true, location: 'Messe Wien' });
  });

  test.each([
    [
      'a weekday that does not fit the date',
      'Party, 6:00 PM to 11:00 PM, Wednesday, December 10, 2026, By Jane Doe, Busy',
      'en',
      undefined,
      'Jane Doe',
    ],
    [
      'the page in another language than the label',
      'Party, 18:00 à 23:00, jeudi 10 décembre 2026, Occupé',
      'de',
      undefined,
      undefined,
    ],
    [
      'a language Intl does not know',
      'Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, By Jane Doe, Busy',
      'zz',
      undefined,
      undefined,
    ],
    [
      'an unknown show-as word',
      'Party, 6:00 PM to 11:00 PM, Thursday, December 10, 2026, By Jane Doe, Somewhere',
      'en',
      party.start,
      undefined,
    ],
  ])('nothing guessed: %s', (_name, label, lang, start, organizer) => {
    const got = parseTile('Party\n6:00 PM to 11:00 PM', label, WEEK, lang);
    expect(got.start).toBe(start);
    expect(got.organizer).toBe(organizer);
  });
});

describe('reading view opened straight by link (no tile pressed)', () => {
  let adapter: CalendarAdapter | undefined;
  afterEach(() => adapter?.dispose());
  const ID = 'AAMkAGI2NGVhZTVlLTI4MzUtNDY1Ni1iY2RhLWMxMjk0ZGIxMTg4ZABGAAAAAACz';

  /** A pane as seen 2026-12: subject in span.allowTextSelection, rows found by icon. */
  function pane(lang: string, time: string): void {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      `https://outlook.office.com/calendar/deeplink/read/${encodeURIComponent(ID)}`,
    );
    document.documentElement.lang = lang;
    document.body.innerHTML = `<div class="ms-Dialog-main"><div data-app-section="ReadingPane">
      <div id="TopBar"></div><div><span class="allowTextSelection">Weihnachtsfeier, Lechner</span></div>
      <div><i data-icon-name="ClockRegular"></i><div class="allowTextSelection"><div>${time}</div></div></div>
      <div><i data-icon-name="TextboxRegular"></i><div class="allowTextSelection"><div>Bring cards.</div></div></div>
    </div></div>`;
    adapter = createOutlookAdapter(document, () => true);
  }

  test.each([
    ['en-GB', 'Sun 29/11/2026 18:00 - 23:00', '2026-11-29T18:00'], // a day above 12
    ['en-US', 'Sun 11/29/2026 6:00 PM - 11:00 PM', '2026-11-29T18:00'],
    ['en-GB', 'Tue 08/12/2026 18:00 - 23:00', '2026-12-08T18:00'], // the language's order, and the weekday fits
    ['en-US', 'Tue 12/8/2026 6:00 PM - 11:00 PM', '2026-12-08T18:00'],
    ['en-US', 'Tue 08/12/2026 6:00 PM - 11:00 PM', '2026-12-08T18:00'], // a d/m mailbox on a US page: the weekday decides
    ['de-DE', 'Di 08.12.2026 18:00 - 23:00', '2026-12-08T18:00'],
    ['fr-FR', 'mar. 08/12/2026 18:00 - 23:00', '2026-12-08T18:00'],
    ['', '08/12/2026 18:00 - 23:00', undefined], // no language, no weekday, both orders possible: nothing
    ['en-US', '08/12/2026 6:00 PM - 11:00 PM', '2026-08-12T18:00'], // no weekday: the language's order (m/d)
  ])('lang=%s "%s"', (lang, time, start) => {
    pane(lang, time);
    const snap = adapter!.findOpenEvent()?.snapshot;
    expect(snap?.title).toBe('Weihnachtsfeier, Lechner');
    expect(snap?.calendarId).toBe(ID);
    expect(snap?.description).toBe('Bring cards.');
    expect(snap?.start).toBe(start);
  });
});
