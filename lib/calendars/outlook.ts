/** Reads the opened event in Outlook on the web: the peek card (via the pressed tile) or the full reading view. */
import { parseWhen, type DateHint } from './dates';
import { parseTile } from './outlook-label';
import { textLines, textOf } from './text';
import type { CalendarAdapter, EventSnapshot, OpenEvent } from './types';
import { assumed, cssOf, verified } from './selectors';
import { isRendered, type VisibilityTest } from './visibility';

/** Every Outlook hook in one place, each with its status and date (docs/calendar-markup.md). */
export const OUTLOOK_SELECTORS = {
  tile: verified('[data-calitemid]', '2026-12', '#outlook-grid'), // div[data-calitemid][data-itemindex]
  tileButton: verified('[role="button"][aria-label]', '2026-12', '#outlook-grid'), // carries aria-label + title
  peek: verified('[data-app-section="CalendarItemPeek"]', '2026-06', '#outlook-peek-card'), // in #fluent-default-layer-host
  pane: verified('.ms-Dialog-main [data-app-section="ReadingPane"]', '2026-06', '#outlook-reading-view'),
  anyPane: assumed('[data-app-section="ReadingPane"]', '2026-10', '#outlook-reading-view'), // deeplink/read outside a dialog
  column: verified('[data-column-date]', '2026-06', '#outlook-grid'), // "YYYY-MM-DD"
  subject: verified('span.allowTextSelection', '2026-12', '#checked-again-2026-12'), // the pane opened straight by link
  heading: assumed('[role="heading"],h1,h2,h3', '2026-10', '#outlook-reading-view'), // subject heading in the pane
  value: verified('.allowTextSelection', '2022', '#outlook-reading-view'), // row value under .allowTextSelection > div
  time: verified('i[data-icon-name="ClockRegular"]', '2022', '#outlook-reading-view'), // rows are found by their icon
  body: verified('i[data-icon-name="TextboxRegular"]', '2022', '#outlook-reading-view'),
  place: assumed('i[data-icon-name="LocationRegular"]', '2026-10', '#outlook-reading-view'),
};
const O = cssOf(OUTLOOK_SELECTORS);
/** What never holds event text: icons (<i data-icon-name>), buttons, hidden parts. */
const SKIP = 'svg,i,button,[hidden],script,style';

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
  let el = pane.querySelector(icon)?.parentElement;
  while (el && el !== pane && !el.querySelector(O.value)) el = el.parentElement;
  return el && el !== pane ? textLines(el.querySelector(O.value), SKIP) : [];
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
          title: textOf(pane.querySelector(O.subject) ?? pane.querySelector(O.heading), SKIP),
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
