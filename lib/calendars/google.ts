/** Reads the opened event in Google Calendar: the details popup or the full editor page. */
import { clockText, clocksIn, dayKeyToIso, parseWhen, type DateHint, type When } from './dates';
import { eventIdFromEid, ownerFromEid } from './google-eid';
import { textLines, textOf } from './text';
import type { CalendarAdapter, EventSnapshot, Guest, GuestResponse, OpenEvent } from './types';
import { cssOf, verified } from './selectors';
import { isRendered, type VisibilityTest } from './visibility';

/**
 * Every Google Calendar hook in one place, each with its status and date (docs/calendar-markup.md).
 * Ids, roles and data-* only; the one hashed class (.XuJrye) just hides labels.
 */
export const GOOGLE_SELECTORS = {
  details: verified('#xDetDlg[data-eventid]', '2026-12', '#google-details-popup'), // reused popup body, hidden on close
  dialog: verified('[role="dialog"]', '2026-12', '#google-details-popup'), // [data-chips-dialog="true"]
  slot: verified('span[jsslot]', '2026-12', '#google-details-popup'), // parent of #xDetDlg, children survive
  when: verified('#xDetDlgWhen', '2026-12', '#google-details-popup'), // title heading, date line, recurrence
  title: verified('#rAECCd', '2026-12', '#google-details-popup'),
  heading: verified('[role="heading"]', '2026-06', '#google-details-popup'), // title fallback
  location: verified('#xDetDlgLoc', '2026-12', '#google-details-popup'), // data-text = raw address
  description: verified('#xDetDlgDesc', '2026-06', '#google-details-popup'),
  calendar: verified('#xDetDlgCal', '2026-06', '#google-details-popup'), // "Organizer: X" line
  guest: verified('[data-id][data-email]:not([data-is-expandable="true"])', '2026-12', '#checked-again-2026-12'), // anywhere in the popup; groups expand
  organizer: verified('#xDtlDlgOrg', '2026-12', '#google-details-popup'), // organizer's guest entry
  skip: verified('.XuJrye,svg,[hidden],script,style', '2026-06', '#google-details-popup'), // .XuJrye = visually hidden label (hash)
  chipLabel: verified('.XuJrye', '2026-06', '#google-grid'), // chip's hidden accessible text
  dayCell: verified('[data-datekey]', '2026-06', '#google-grid'), // (year−1970)<<9 | month<<5 | day
  range: verified('[data-start-date-key]', '2026-06', '#google-grid'), // with data-end-date-key
  editorBody: verified('body[data-viewfamily="EVENT_EDIT"]', '2026-06', '#google-urls'),
  editor: verified('[data-is-create="false"]', '2026-06', '#google-editor-page'), // existing event (true = new)
  editTitle: verified('#xTiIn', '2026-06', '#google-editor-page'),
  editLocation: verified('#xLocIn', '2026-06', '#google-editor-page'), // combobox input inside
  editDescription: verified('#xDescIn', '2026-06', '#google-editor-page'), // contenteditable
  editStart: verified('#xStDaRo[data-date],#xStDaIn[data-date]', '2026-12', '#checked-again-2026-12'), // "YYYYMMDD"
  editEnd: verified('#xEnDaRo[data-date],#xEnDaIn[data-date]', '2026-12', '#checked-again-2026-12'),
  editStartTime: verified('#xStTiIn', '2026-12', '#checked-again-2026-12'),
  editEndTime: verified('#xEnTiIn', '2026-12', '#checked-again-2026-12'),
  editAllDay: verified('#xAlDaCbx', '2026-06', '#google-editor-page'), // checkbox (input or role=checkbox)
};
const G = cssOf(GOOGLE_SELECTORS);

/** Editor URL /calendar/u/N/r/eventedit/<eid> (copy/duplicate make new events); seen 2026-06 (docs/calendar-markup.md). */
const EDIT_PATH = /\/eventedit\/(?!copy\/|duplicate\/)([\w-]+)/;
/** Grid URL date /r/{view}/YYYY/M/D; seen 2026-06 (docs/calendar-markup.md). */
const VIEW_DATE = /\/r\/\w+\/(\d{4})\/(\d{1,2})\/(\d{1,2})/;
const SAFE_ID = /^[\w+/=.@-]+$/;
/** Guest label words: English seen 2026-06 (docs/calendar-markup.md); German assumed 2026-10 (unverified); other languages: no response. */
const RSVP: [RegExp, GuestResponse][] = [
  [/^organi[sz](?:er|ator|atorin)$/i, 'organizer'],
  [/^(?:not attending|declined|abgesagt|nimmt nicht teil)$/i, 'declined'],
  [/^(?:attending|accepted|zugesagt|nimmt teil)$/i, 'accepted'],
  [/^(?:maybe|tentative|vielleicht|mit vorbehalt)$/i, 'tentative'],
  [/^(?:awaiting|awaiting response|(?:antwort )?ausstehend)$/i, 'awaiting'],
];
/**
 * "Organizer: X" below the calendar's name in #xDetDlgCal, worded in the UI language (seen 2026-06 and 2026-12,
 * docs/calendar-markup.md): read by its form "{label}: {name}", whatever the language's word (fr "Organisateur : X").
 */
const ORGANIZER_LINE = /^[^:\d]{2,30}?\s?:\s*(\S.*)$/u;
/** Extra words between a guest's name and response, where no shown name tells the name apart (seen 2026-12). */
const OPTIONAL = /^optional$/i;

/** Same event id in popup (eid on data-eventid) and editor (eid in the URL). */
const normId = (id: string): string => eventIdFromEid(id) ?? id;

/**
 * Name and response from a guest entry's label "Name[, Optional][, attending]". The entry's first shown line
 * is the name (it may hold commas); without one, known words are taken off the label's end.
 */
function guestOf(el: Element): Guest {
  const label = (el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  const shown = textLines(el, G.skip)[0];
  const named = !!shown && label.startsWith(shown);
  const parts = (named ? label.slice(shown.length) : label).split(/\s*,\s*/);
  let response: GuestResponse | undefined = el.closest(G.organizer) ? 'organizer' : undefined;
  for (let p; parts.length > +!named && (p = parts.at(-1)!) !== undefined; parts.pop()) {
    const r = RSVP.find(([re]) => re.test(p))?.[1];
    if (r && (!response || r === 'organizer')) response = r;
    else if (!r && !named && !OPTIONAL.test(p)) break;
  }
  const name = named ? shown : parts.join(', ');
  return { name: name || undefined, email: el.getAttribute('data-email') || undefined, response };
}

/**
 * The days the event is on, for its year: the chip's day cell or label (then `onChip`: the event covers that
 * day), else the view range, else the URL date.
 */
function dateHint(doc: Document, id: string, lang: string): { hint?: DateHint; onChip?: string } {
  for (const chip of SAFE_ID.test(id) ? doc.querySelectorAll(`[data-eventid="${id}"]`) : []) {
    if (chip.closest(G.dialog)) continue;
    const key = chip.closest(G.dayCell)?.getAttribute('data-datekey');
    const label = chip.getAttribute('aria-label') ?? chip.querySelector(G.chipLabel)?.textContent ?? '';
    const day =
      key && /^\d+$/.test(key)
        ? dayKeyToIso(+key)
        : parseWhen(/[^,]*,?\s*\d{4}\.?\s*$/.exec(label)?.[0] ?? '', undefined, lang)?.start;
    if (day) return { hint: [day, day], onChip: day };
  }
  const range = doc.querySelector(G.range);
  const from = range?.getAttribute('data-start-date-key');
  const to = range?.getAttribute('data-end-date-key') ?? from;
  if (from && to && /^\d+$/.test(from + to)) return { hint: [dayKeyToIso(+from), dayKeyToIso(+to)] };
  const ymd = VIEW_DATE.exec(new URL(doc.URL).pathname);
  const day = ymd && new Date(Date.UTC(+ymd[1]!, +ymd[2]! - 1, +ymd[3]!)).toISOString().slice(0, 10);
  return { hint: day ? [day, day] : undefined };
}

/**
 * The date line after the title: its pieces (date, "⋅", time) inline or in blocks of their own, read as one
 * text. A date alone is all-day only when no time follows it in the next block (docs/calendar-dates.md).
 */
function readDateLine(lines: string[], hint: DateHint | undefined, lang: string): When | null {
  let line = lines[0] ?? '';
  let i = 1;
  while (i < lines.length && (/[⋅·]$/.test(line) || /^[⋅·]/.test(lines[i]!))) line += ` ${lines[i++]}`;
  const when = parseWhen(line, hint, lang);
  const next = lines[i];
  if (!when?.allDay || !next || !clocksIn(next, lang).length) return when;
  const joined = parseWhen(`${line}⋅${next}`, hint, lang);
  return joined && !joined.allDay ? joined : null;
}

function readPopup(doc: Document, det: Element): OpenEvent | null {
  const dialog = det.closest(G.dialog);
  const when = det.querySelector(G.when);
  if (!dialog || !when) return null;
  const id = det.getAttribute('data-eventid') ?? '';
  const title = textOf(det.querySelector(G.title) ?? dialog.querySelector(G.heading), G.skip);
  const lines = textLines(when, G.skip);
  const lang = doc.documentElement.lang;
  const { hint, onChip } = dateHint(doc, id, lang);
  let time = readDateLine(lines.slice(lines.indexOf(title) + 1), hint, lang);
  // The chip's day is certain: a reading that doesn't cover it is wrong somewhere, so none is kept.
  if (time && onChip && !(time.start.slice(0, 10) <= onChip && onChip <= time.end.slice(0, 10))) time = null;
  const loc = det.querySelector(G.location);
  const guests = [...dialog.querySelectorAll(G.guest)].map(guestOf);
  const organizer =
    guests.find((g) => g.response === 'organizer')?.name ??
    textLines(det.querySelector(G.calendar), G.skip)
      .slice(1)
      .map((l) => ORGANIZER_LINE.exec(l)?.[1])
      .find(Boolean);
  const snapshot: EventSnapshot = {
    source: 'google',
    calendarId: normId(id),
    owner: ownerFromEid(id),
    title,
    allDay: false,
    ...time,
    location: loc?.getAttribute('data-text') || textOf(loc, G.skip) || undefined,
    description: textLines(det.querySelector(G.description), G.skip).join('\n') || undefined,
    organizer,
    guests,
    url: doc.URL,
  };
  const slot = det.closest(G.slot);
  return { snapshot, card: det, chipSlot: slot && dialog.contains(slot) ? slot : dialog };
}

/** The value of an input, or of the first input inside a wrapper. */
function valueOf(el: Element | null): string {
  const input = el?.matches('input,textarea') ? el : el?.querySelector('input,textarea');
  return (input as HTMLInputElement | null)?.value ?? '';
}

function readEditor(doc: Document, isVisible: VisibilityTest): OpenEvent | null {
  const url = new URL(doc.URL);
  const eid = EDIT_PATH.exec(url.pathname)?.[1] ?? url.searchParams.get('eid');
  const form = doc.querySelector(G.editor);
  const titleEl = doc.querySelector(G.editTitle);
  if (!eid || !form || !titleEl || !isVisible(titleEl)) return null;
  const box = doc.querySelector(G.editAllDay);
  const boxInput = box?.matches('input') ? box : box?.querySelector('input');
  const allDay =
    (boxInput as HTMLInputElement | null | undefined)?.checked ?? box?.getAttribute('aria-checked') === 'true';
  const date = (sel: string): string | undefined =>
    [...doc.querySelectorAll(sel)]
      .map((el) => /^(\d{4})(\d\d)(\d\d)$/.exec(el.getAttribute('data-date') ?? ''))
      .find(Boolean)
      ?.slice(1)
      .join('-');
  const start = date(G.editStart);
  const end = date(G.editEnd) ?? start;
  const lang = doc.documentElement.lang;
  const st = allDay ? undefined : clockText(valueOf(doc.querySelector(G.editStartTime)), lang);
  const et = allDay ? undefined : clockText(valueOf(doc.querySelector(G.editEndTime)), lang);
  // Times that can't be read make no all-day event: then start and end are left out.
  const at = (d?: string, t?: string): string | undefined => (allDay ? d : st && et && d && `${d}T${t}`) || undefined;
  const snapshot: EventSnapshot = {
    source: 'google',
    calendarId: normId(eid),
    owner: ownerFromEid(eid),
    title: valueOf(titleEl).trim(),
    start: at(start, st),
    end: at(end, et),
    allDay,
    location: valueOf(doc.querySelector(G.editLocation)).trim() || undefined,
    description: textLines(doc.querySelector(G.editDescription), G.skip).join('\n') || undefined,
    guests: [], // the editor's guest list markup is unverified (2026-10)
    url: doc.URL,
  };
  return { snapshot, card: form, chipSlot: form };
}

/** Google Calendar adapter. `isVisible` decides whether the (reused) popup is open; tests inject a layout-free one. */
export function createGoogleAdapter(doc: Document, isVisible: VisibilityTest = isRendered): CalendarAdapter {
  return {
    source: 'google',
    findOpenEvent() {
      try {
        if (doc.body?.matches(G.editorBody)) return readEditor(doc, isVisible);
        for (const det of doc.querySelectorAll(G.details)) if (isVisible(det)) return readPopup(doc, det);
        return null;
      } catch {
        return null;
      }
    },
    dispose() {},
  };
}
