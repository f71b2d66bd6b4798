// @vitest-environment happy-dom
// The Google popup as real pages differ from our fixture (docs/calendar-markup.md, "Checked again (2026-12)"): the
// en fixture is opened, then changed the way those pages are.
import { beforeEach, describe, expect, test } from 'vitest';
import { createGoogleAdapter } from '../../../lib/calendars/google';
import type { CalendarAdapter } from '../../../lib/calendars/types';
import { hiddenByMarkup } from '../../../lib/calendars/visibility';
import { loadFixture } from './fixture';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/10';
const eid = (id: string): string => Buffer.from(`${id} anna.huber.sternstunde@m`).toString('base64url');
const PARTY = '5q1s8d4kpl3v0c2n7h6m9g0b1a';
const YEAR = '0b7e4n2r6c1u5l3k9m8s4h2d6f';
const open = (id: string): void =>
  document.querySelector<HTMLElement>(`[data-opens-details][data-eventid="${eid(id)}"]`)!.click();
const $ = (sel: string): HTMLElement => document.querySelector<HTMLElement>(sel)!;
let adapter: CalendarAdapter;

beforeEach(() => {
  loadFixture('google/calendar-2026-10.en.html', WEEK);
  adapter = createGoogleAdapter(document, (el) => !hiddenByMarkup(el));
});
const snapshot = () => adapter.findOpenEvent()?.snapshot;

describe('guests', () => {
  test('are read anywhere in the popup, not only under #xDetDlgAtt', () => {
    open(PARTY);
    const before = snapshot()?.guests;
    $('#xDetDlg .hMdQi').append($('#xDetDlgAtt [role="tree"]'));
    $('#xDetDlgAtt').closest('.nBzcnc')!.remove();
    expect(document.querySelector('#xDetDlgAtt')).toBeNull();
    expect(before).toHaveLength(5);
    expect(snapshot()?.guests).toEqual(before);
  });

  test('extra words between name and response ("Optional", "Optional, awaiting")', () => {
    open(PARTY);
    const [, anna, sabine, , julia] = document.querySelectorAll('[data-email]');
    anna!.setAttribute('aria-label', 'Anna Huber, Optional');
    sabine!.setAttribute('aria-label', 'Sabine Moser, Optional, maybe');
    julia!.setAttribute('aria-label', 'Julia Wagner, Optional, awaiting');
    const guests = snapshot()!.guests;
    expect(guests[1]).toEqual({ name: 'Anna Huber', email: 'anna.huber.sternstunde@gmail.com', response: undefined });
    expect(guests[2]).toMatchObject({ name: 'Sabine Moser', response: 'tentative' });
    expect(guests[4]).toMatchObject({ name: 'Julia Wagner', response: 'awaiting' });
  });

  test('the shown name marks where the name ends; in a language without known words the response is left out', () => {
    open(PARTY);
    const gruber = document.querySelectorAll('[data-email]')[3]!;
    gruber.setAttribute('aria-label', 'Gruber, Peter, Facultatif, ne participe pas');
    expect(snapshot()!.guests[3]).toEqual({
      name: 'Gruber, Peter',
      email: 'peter.gruber@gruber-bau.example',
      response: undefined,
    });
    // No shown name: known words come off the label's end, unknown ones stay (the name is then not guessed).
    gruber.querySelectorAll('span,div').forEach((n) => n.remove());
    gruber.setAttribute('aria-label', 'Gruber, Peter, Optional, not attending');
    expect(snapshot()!.guests[3]).toMatchObject({ name: 'Gruber, Peter', response: 'declined' });
  });

  test('an expandable group entry is not a guest', () => {
    open(PARTY);
    document.querySelectorAll('[data-email]')[4]!.setAttribute('data-is-expandable', 'true');
    expect(snapshot()!.guests.map((g) => g.name)).not.toContain('Julia Wagner');
  });
});

describe('organizer line in the calendar row', () => {
  test.each([
    ['Organizer: Brenner & Co Events'],
    ['Organizador: Brenner & Co Events'],
    ['Organisateur : Brenner & Co Events'],
    ['Organizzatore: Brenner & Co Events'],
    ['Organizator: Brenner & Co Events'],
    ['Järjestäjä: Brenner & Co Events'],
    ['Διοργανωτής: Brenner & Co Events'],
  ])('%s', (line) => {
    open(YEAR);
    $('#xDetDlgCal .Jlbywf').textContent = line;
    expect(snapshot()?.organizer).toBe('Brenner & Co Events');
  });

  test('the calendar name itself (first line) is no organizer, even with a colon', () => {
    open(YEAR);
    $('#xDetDlgCal .Jlbywf').remove();
    $('#xDetDlgCal [jsslot] > div').textContent = 'Team: Sales';
    expect(snapshot()?.organizer).toBeUndefined();
  });
});

describe('the date line', () => {
  const pieces = (date: string, time: string, tag = 'span', dot = '⋅'): void => {
    const line = document.querySelector('#xDetDlgWhen .AzuXid')!;
    const el = (text: string): HTMLElement => Object.assign(document.createElement(tag), { textContent: text });
    line.replaceChildren(el(date), ...(dot ? [el(dot)] : []), ...(time ? [el(time)] : []));
  };

  test.each([
    ['inline spans', 'span', '⋅'],
    ['blocks', 'div', '⋅'],
    ['blocks without a dot', 'div', ''],
  ])('pieces as %s read as one text', (_name, tag, dot) => {
    open(PARTY);
    pieces('Thursday, December 10', '6 – 11pm', tag, dot);
    expect(snapshot()).toMatchObject({ start: '2026-12-10T18:00', end: '2026-12-10T23:00', allDay: false });
  });

  test('a date alone is all-day only when no time follows; a recurrence line is no time', () => {
    open(PARTY);
    pieces('Thursday, December 10', '', 'div', '');
    const recurrence = $('#xDetDlgWhen .AzuXid + .AzuXid');
    recurrence.hidden = false;
    recurrence.textContent = 'Every 2 weeks on Thursday';
    expect(snapshot()).toMatchObject({ start: '2026-12-10', end: '2026-12-10', allDay: true });
  });

  test.each([
    ['fr', 'jeudi 10 décembre', '18:00 – 23:00', '2026-12-10T18:00'],
    ['es', 'jueves, 10 de diciembre', '18:00–23:00', '2026-12-10T18:00'],
    ['it', 'giovedì 10 dicembre', '18:00–23:00', '2026-12-10T18:00'],
    ['pl', 'czwartek, 10 grudnia', '18:00–23:00', '2026-12-10T18:00'],
    ['nl', 'donderdag 10 december', '18:00 - 23:00', '2026-12-10T18:00'],
    ['el', 'Πέμπτη 10 Δεκεμβρίου', '6:00 μ.μ. – 11:00 μ.μ.', '2026-12-10T18:00'],
    // A weekday that doesn't fit the day, or a day off the chip's own: nothing rather than a wrong date.
    ['fr', 'mardi 10 décembre', '18:00 – 23:00', undefined],
    ['fr', 'vendredi 11 décembre', '18:00 – 23:00', undefined],
    // The page's language decides: French words on a German page are not read.
    ['de', 'jeudi 10 décembre', '18:00 – 23:00', undefined],
  ])('lang=%s: "%s ⋅ %s"', (lang, date, time, start) => {
    document.documentElement.lang = lang;
    open(PARTY);
    pieces(date, time);
    expect(snapshot()?.start).toBe(start);
  });
});

describe('editor', () => {
  test('dates from #xStDaIn[data-date] when #xStDaRo has none', () => {
    loadFixture(
      'google/calendar-2026-10.en.html',
      `https://calendar.google.com/calendar/u/0/r/eventedit/${eid(PARTY)}`,
    );
    adapter = createGoogleAdapter(document, (el) => !hiddenByMarkup(el));
    const want = snapshot();
    for (const [ro, input] of [
      ['#xStDaRo', '#xStDaIn'],
      ['#xEnDaRo', '#xEnDaIn'],
    ] as const) {
      $(input).setAttribute('data-date', $(ro).getAttribute('data-date')!);
      $(ro).removeAttribute('data-date');
    }
    expect(want?.start).toBe('2026-12-10T18:00');
    expect(snapshot()).toEqual(want);
  });
});

test('editor: times that cannot be read make no all-day event (start and end left out)', () => {
  loadFixture('google/calendar-2026-10.en.html', `https://calendar.google.com/calendar/u/0/r/eventedit/${eid(PARTY)}`);
  adapter = createGoogleAdapter(document, (el) => !hiddenByMarkup(el));
  ($('#xStTiIn') as HTMLInputElement).value = 'soon';
  expect(snapshot()).toMatchObject({ allDay: false, title: 'Christmas party – Lechner AG' });
  expect(snapshot()?.start).toBeUndefined();
  expect(snapshot()?.end).toBeUndefined();
});
