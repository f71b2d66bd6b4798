import { calendarKey } from '../calendars/event-key';
import type { CalendarAdapter, EventSnapshot, OpenEvent } from '../calendars/types';
import { assessFestiveEvent } from '../detection';
import { t } from '../i18n';
import { sendMessage } from '../messaging/client';
import type { PanelAddress } from '../messaging/panel-address';
import type { OverrideEntry } from '../messaging/protocol';
import type { EventOverride } from '../model/records';
import { createChip, placeChip, type Chip } from './chip';
import { columnBeside } from './layout';
import { createPanelHost, placePanel, type PanelHost } from './panel-frame';

/** What identifies "the same opened event" between two looks at the page. */
function snapshotKey(s: EventSnapshot): string {
  return JSON.stringify([s.source, s.calendarId, s.title, s.start, s.end]);
}

function overrideKey(entry: Pick<OverrideEntry, 'source' | 'calendarKey'>): string {
  return `${entry.source}|${entry.calendarKey}`;
}

/** What the background told us at start: the user's keywords and per-event decisions. */
export interface PageKnowledge {
  includeKeywords: string[];
  excludeKeywords: string[];
  overrides: OverrideEntry[];
}

/** An event the user has open, as the controller knows it. */
interface Opened {
  /** Same event between two looks (see snapshotKey). */
  readonly key: string;
  /** Source + calendar key: the user's open/closed choice and the override follow it. */
  readonly identity: string;
  /** Where its UI goes: the page may rebuild the card, so each look brings the latest. */
  view: OpenEvent;
}

/**
 * The controller's one state (the table is in docs/content-script.md):
 * - `none`: no event open; nothing of ours shows (the panel's frame is parked).
 * - `ignored`: an event is open that gets nothing: not festive, or the background did not store it
 *   (refused, reloaded, busy).
 * - `considering`: festive or forced; chip and (busy) panel show while the background stores it.
 * - `showing`: stored; the panel shows the event's page (its address carries the panel token).
 * - `closed`: stored; the panel is closed (by the user, or because there was no room): chip only.
 * - `dismissed`: the user said "not a party": the quiet "prepare anyway" chip only.
 */
type State =
  | { kind: 'none'; event?: undefined }
  | { kind: 'ignored'; event: Opened; address?: undefined }
  | { kind: 'considering'; event: Opened; panelOpen: boolean; address?: undefined }
  | { kind: 'showing'; event: Opened; address: PanelAddress }
  | { kind: 'closed'; event: Opened; address: PanelAddress }
  | { kind: 'dismissed'; event: Opened; address?: PanelAddress };

const NONE: State = { kind: 'none' };

/** What the UI does for an event: the panel, the quiet "prepare anyway" chip, or nothing. */
type Outcome = 'prepare' | 'dismissed' | 'none';

/** What a state shows: the panel's chip (and the panel), the quiet chip, or nothing. */
function shown(state: State): Outcome {
  if (state.kind === 'none' || state.kind === 'ignored') return 'none';
  return state.kind === 'dismissed' ? 'dismissed' : 'prepare';
}

function isPanelOpen(state: State): boolean {
  return state.kind === 'showing' || (state.kind === 'considering' && state.panelOpen);
}

/**
 * Keeps the chip and the panel in step with the event the user has open: mounts them for a
 * festive (or user-forced) event, a quiet "prepare anyway" chip for a dismissed one, re-attaches
 * them when the page rebuilds its view, takes them away when the event closes. The panel's frame
 * is kept (parked) for the next event, and the user's open/closed choice is kept per event: a tab
 * switch, new keywords that change nothing or a re-rendered page leave the panel of the same event
 * as it is (same frame, what the user typed stays).
 *
 * Every change of what shows is a transition of the one `state` (`go`); chip and panel are its
 * rendering, kept between renders so the page's re-renders cost no new nodes.
 */
export function createController(adapter: CalendarAdapter) {
  let knowledge: PageKnowledge = { includeKeywords: [], excludeKeywords: [], overrides: [] };
  const overrides = new Map<string, EventOverride>();
  /** Open or closed per event identity, for this page's lifetime: at first by room, then as the user chose. */
  const choices = new Map<string, boolean>();
  let state: State = NONE;
  let chip: Chip | undefined;
  let panel: PanelHost | undefined;

  function go(next: State): void {
    const before = state;
    state = next;
    if (before.event !== next.event || shown(before) !== shown(next)) {
      chip?.element.remove();
      chip = undefined;
    }
    render();
  }

  function render(): void {
    const kind = shown(state);
    if (kind === 'none' || !state.event) {
      panel?.park();
      return;
    }
    const { view, identity } = state.event;
    chip ??=
      kind === 'dismissed'
        ? createChip(t('chipPrepareAnyway'), t('chipPrepareAnywayTitle'), true, prepareAnyway)
        : createChip(t('chipLabel'), t('chipTitle'), false, togglePanel);
    if (!view.chipSlot.contains(chip.element)) view.chipSlot.append(chip.element);
    const column = columnBeside(view.card);
    placeChip(chip.element, column);
    const open = isPanelOpen(state);
    chip.setExpanded(open);
    if (!open) {
      panel?.park();
      return;
    }
    panel ??= createPanelHost();
    panel.show(identity, state.kind === 'showing' ? state.address : undefined);
    placePanel(panel.element, column);
  }

  function identityOf(snapshot: EventSnapshot): string {
    return overrideKey({ source: snapshot.source, calendarKey: calendarKey(snapshot) });
  }

  function detect(snapshot: EventSnapshot) {
    // Reasons as codes: the panel words them in the UI language when it shows them.
    return assessFestiveEvent(
      { title: snapshot.title, description: snapshot.description, location: snapshot.location, start: snapshot.start },
      { include: knowledge.includeKeywords, exclude: knowledge.excludeKeywords },
    );
  }

  /** What the event should get with today's keywords and decisions. */
  function outcomeOf(snapshot: EventSnapshot): Outcome {
    const decided = overrides.get(identityOf(snapshot));
    if (decided === 'dismiss') return 'dismissed';
    return decided === 'prepare' || detect(snapshot).match ? 'prepare' : 'none';
  }

  /** Asks the background to store the event; its reply is the panel's address. */
  async function store(event: Opened): Promise<PanelAddress> {
    const { snapshot } = event.view;
    const reply = await sendMessage('event:opened', { snapshot, detection: detect(snapshot) });
    return { eventId: reply.eventId, token: reply.panelToken };
  }

  /** An event the user opened (or one whose outcome changed): the state it starts in. */
  function enter(view: OpenEvent, key: string): void {
    const event: Opened = { key, identity: identityOf(view.snapshot), view };
    const outcome = outcomeOf(view.snapshot);
    if (outcome === 'dismissed') go({ kind: 'dismissed', event });
    else if (outcome === 'none') go({ kind: 'ignored', event });
    else consider(event);
  }

  function consider(event: Opened): void {
    // Without room beside the card the panel starts collapsed (the chip opens it). That first
    // decision sticks to the event like the user's: a view of it that fills the page (the editor,
    // the reading view) or a re-read snapshot keeps the panel as it was.
    const panelOpen = choices.get(event.identity) ?? columnBeside(event.view.card).room;
    choices.set(event.identity, panelOpen);
    go({ kind: 'considering', event, panelOpen });
    store(event).then(
      (address) => {
        if (state.kind !== 'considering' || state.event !== event) return; // the user moved on
        go({ kind: state.panelOpen ? 'showing' : 'closed', event, address });
      },
      () => {
        // Not stored (refused, extension reloaded, background busy): nothing shows for this event,
        // rather than an empty panel, and nothing is logged: the page keeps being watched.
        if (state.kind === 'considering' && state.event === event) go({ kind: 'ignored', event });
      },
    );
  }

  function togglePanel(): void {
    const s = state;
    if (s.kind === 'considering') go({ ...s, panelOpen: !s.panelOpen });
    else if (s.kind === 'showing' || s.kind === 'closed')
      go({ ...s, kind: s.kind === 'showing' ? 'closed' : 'showing' });
    else return;
    const open = isPanelOpen(state);
    choices.set(s.event.identity, open);
    if (!open) chip?.focus();
  }

  function prepareAnyway(): void {
    const s = state;
    if (s.kind !== 'dismissed') return;
    void (async () => {
      let address = s.address;
      if (!address) {
        address = await store(s.event);
        if (state.kind === 'dismissed' && state.event === s.event) state = { ...state, address };
      }
      // The background tells every calendar tab (overrideChanged), this one too.
      await sendMessage('event:override', { eventId: address.eventId, override: 'prepare' });
    })().catch(() => undefined);
  }

  return {
    /** Looks at the page again; called once per animation frame after DOM changes. */
    update(): void {
      const open = adapter.findOpenEvent();
      if (!open) {
        go(NONE);
        return;
      }
      const key = snapshotKey(open.snapshot);
      if (state.event?.key === key) {
        state.event.view = open;
        render();
      } else enter(open, key);
    },
    /**
     * New keywords and decisions from the background (at start, and each time the tab comes back
     * into view): the open event is looked at again only if they change what it gets.
     */
    learn(next: PageKnowledge): void {
      knowledge = next;
      overrides.clear();
      for (const entry of next.overrides) overrides.set(overrideKey(entry), entry.override);
      if (state.kind === 'none' || outcomeOf(state.event.view.snapshot) === shown(state)) return;
      enter(state.event.view, state.event.key);
    },
    /** The user decided on an event (in the panel or the chip), in this tab or another. */
    overrideChanged(entry: OverrideEntry & { eventId: string }): void {
      overrides.set(overrideKey(entry), entry.override);
      const s = state;
      if (s.kind === 'none') return;
      const { address } = s;
      if (entry.eventId !== address?.eventId && overrideKey(entry) !== s.event.identity) return;
      const prepare = entry.override !== 'dismiss';
      choices.set(s.event.identity, prepare);
      if (!prepare) go({ kind: 'dismissed', event: s.event, address });
      else if (address) go({ kind: 'showing', event: s.event, address });
      else if (s.kind === 'considering') go({ ...s, panelOpen: true });
      else consider(s.event); // no panel token for it yet: the background issues one
    },
    closePanel(): void {
      if (isPanelOpen(state)) togglePanel();
    },
    /** Esc closes the panel while it is open. */
    onKeydown(event: KeyboardEvent): void {
      if (event.key === 'Escape' && isPanelOpen(state)) togglePanel();
    },
    /** Whether a node belongs to our own UI (its mutations are not the page's). */
    owns(node: Node): boolean {
      return Boolean(chip?.element.contains(node) || panel?.element.contains(node));
    },
    /** Whether the page removed our chip or panel while it should show (a re-render). */
    detached(): boolean {
      return Boolean((chip && !chip.element.isConnected) || (isPanelOpen(state) && !panel?.element.isConnected));
    },
    dispose(): void {
      go(NONE);
      panel?.element.remove();
      panel = undefined;
    },
  };
}
