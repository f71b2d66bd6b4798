/** Reads the opened event in Outlook on the web: the peek card (via the pressed tile) or the full reading view. */
import { parseWhen, type DateHint } from './dates';
import { parseTile } from './outlook-label';
import { textLines, textOf } from './text';
import type { CalendarAdapter, EventSnapshot, OpenEvent } from './types';
import { isRendered, type VisibilityTest } from './visibility';

/** Every Outlook hook in one place. */
const O = {
  tile: '[data-calitemid]', // seen 2026-06 (docs/calendar-markup.md): div[data-calitemid][data-itemindex]
  tileButton: '[role="button"][aria-label]', // seen 2026-06 (docs/calendar-markup.md): carries aria-label + title
  peek: '[data-app-section="CalendarItemPeek"]', // seen 2026-06 (docs/calendar-markup.md): in #fluent-default-layer-host
  pane: '.ms-Dialog-main [data-app-section="ReadingPane"]', // seen 2026-06 (docs/calendar-markup.md)
  anyPane: '[data-app-section="ReadingPane"]', // assumed 2026-10: deeplink/read outside a dialog (unverified)
  column: '[data-column-date]', // seen 2026-06 (docs/calendar-markup.md): "YYYY-MM-DD"
  subject: 'span.allowTextSelection', // seen 2026-12 (docs/calendar-markup.md): the pane opened straight by link
  heading: '[role="heading"],h1,h2,h3', // assumed 2026-10: subject heading in the pane (unverified)
  value: '.allowTextSelection', // seen 2022 (docs/calendar-markup.md): row value under .allowTextSelection > div
  time: 'ClockRegular', // seen 2022 (docs/calendar-markup.md): icon names, i[data-icon-name]
  body: 'TextboxRegular', // seen 2022 (docs/calendar-markup.md)
  place: 'LocationRegular', // assumed 2026-10 (unverified)
  skip: 'svg,i,button,[hidden],script,style',
} as const;

/** /calendar/[N/]item/<id>, /calendar/[N/]deeplink/read/[group/<g>/]<id>; seen 2026-06 (docs/calendar-markup.md). */
const ITEM_PATH = /\/calendar\/(?:\d+\/)?(?:item|deeplink\/read(?:\/group\/[^/]+)?)\/([^/?#]+)/;
/** ReadingPane is also the mail pane: calendar paths only; seen 2026-06 (docs/calendar-markup.md). */
const CALENDAR_PATH = /\/calendar(?:\/|$)/;
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
/** Item ids: standard base64 in URLs; compare URL-safe variants alike. */
const sameId = (a: string | null, b: string): boolean =>
  !!a && a.replace(/-/g, '+').replace(/_/g, '/') === b.replace(/-/g, '+').replace(/_/g, '/');

const buttonOf = (tile: Element): Element => tile.querySelector(O.tileButton) ?? tile;
const subjectOf = (tile: Element): string => norm(buttonOf(tile).getAttribute('title')?.split('\n')[0]);

/** Days of the tile's column, else of all visible columns: the year when a label leaves it out. */
function columnHint(doc: Document, tile: Element): DateHint | undefined {
  const own = tile.closest(O.column)?.getAttribute('data-column-date');
  const cols = doc.querySelectorAll(O.column);
  const from = (own ?? cols[0]?.getAttribute('data-column-date'))?.slice(0, 10);
  const to = (own ?? cols[cols.length - 1]?.getAttribute('data-column-date'))?.slice(0, 10);
  return from && to ? [from, to] : undefined;
}

/** The page's UI language (Outlook: "en-US", "de-DE"); dates are read in it, and only in it. */
const langOf = (doc: Document): string => doc.documentElement.lang;

function tileSnapshot(doc: Document, tile: Element): EventSnapshot {
  const button = buttonOf(tile);
  const event = parseTile(
    button.getAttribute('title') ?? '',
    button.getAttribute('aria-label') ?? '',
    columnHint(doc, tile),
    langOf(doc),
  );
  return {
    source: 'outlook',
    calendarId: tile.getAttribute('data-calitemid') ?? undefined,
    ...event,
    guests: [],
    url: doc.URL,
  };
}

/** Lines of the reading-pane row marked by an icon. */
function row(pane: Element, icon: string): string[] {
  let el = pane.querySelector(`i[data-icon-name="${icon}"]`)?.parentElement;
  while (el && el !== pane && !el.querySelector(O.value)) el = el.parentElement;
  return el && el !== pane ? textLines(el.querySelector(O.value), O.skip) : [];
}

/** Outlook adapter: remembers the tile pressed last (the peek card has no item id). */
export function createOutlookAdapter(doc: Document, isVisible: VisibilityTest = isRendered): CalendarAdapter {
  let pressed: Element | null = null;
  let pressedId: string | null = null;
  const onPress = (e: Event): void => {
    if (e.type === 'keydown' && !['Enter', ' '].includes((e as KeyboardEvent).key)) return;
    const tile = (e.target as Element | null)?.closest?.(O.tile);
    if (tile) [pressed, pressedId] = [tile, tile.getAttribute('data-calitemid')];
  };
  const tiles = (): Element[] => [...doc.querySelectorAll(O.tile)];
  /** The pressed tile, re-found by id when the grid re-rendered it. */
  const lastTile = (): Element | null =>
    pressed?.isConnected
      ? pressed
      : (pressed = tiles().find((t) => t.getAttribute('data-calitemid') === pressedId) ?? null);

  function readPeek(peek: Element): OpenEvent | null {
    const text = norm(peek.textContent);
    const last = lastTile();
    const tile =
      last && text.includes(subjectOf(last)) ? last : tiles().find((t) => subjectOf(t) && text.includes(subjectOf(t)));
    return tile ? { snapshot: tileSnapshot(doc, tile), card: peek, chipSlot: peek } : null;
  }

  function readPane(id: string): OpenEvent | null {
    const pane = doc.querySelector(O.pane) ?? doc.querySelector(O.anyPane);
    if (!pane || !isVisible(pane)) return null;
    const last = lastTile();
    const tile =
      last && sameId(pressedId, id) ? last : tiles().find((t) => sameId(t.getAttribute('data-calitemid'), id));
    const base: EventSnapshot = tile
      ? tileSnapshot(doc, tile)
      : {
          source: 'outlook',
          title: textOf(pane.querySelector(O.subject) ?? pane.querySelector(O.heading), O.skip),
          allDay: false,
          // The mailbox's date order (29/11 or 11/29): from the language, a day above 12 or the weekday shown.
          ...parseWhen(row(pane, O.time).join(' '), undefined, langOf(doc)),
          location: row(pane, O.place).join(', ') || undefined,
          guests: [],
          url: doc.URL,
        };
    const description = row(pane, O.body).join('\n') || undefined;
    return { snapshot: { ...base, calendarId: id, description }, card: pane, chipSlot: pane };
  }

  doc.addEventListener('pointerdown', onPress, true);
  doc.addEventListener('keydown', onPress, true);
  return {
    source: 'outlook',
    findOpenEvent() {
      try {
        const path = new URL(doc.URL).pathname;
        if (!CALENDAR_PATH.test(path)) return null;
        const item = ITEM_PATH.exec(path)?.[1];
        if (item) return readPane(decodeURIComponent(item));
        const peek = doc.querySelector(O.peek);
        return peek && isVisible(peek) ? readPeek(peek) : null;
      } catch {
        return null;
      }
    },
    dispose() {
      doc.removeEventListener('pointerdown', onPress, true);
      doc.removeEventListener('keydown', onPress, true);
    },
  };
}
