import { calendarKey } from '../calendars/event-key';
import type { CalendarAdapter, EventSnapshot, OpenEvent } from '../calendars/types';
import { assessFestiveEvent } from '../detection';
import { t } from '../i18n';
import { sendMessage } from '../messaging/client';
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

/** What the UI does for an event: the panel, the quiet "prepare anyway" chip, or nothing. */
type Outcome = 'prepare' | 'dismissed' | 'none';

/**
 * Keeps the chip and the panel in step with the event the user has open: mounts them for a
 * festive (or user-forced) event, a quiet "prepare anyway" chip for a dismissed one, re-attaches
 * them when the page rebuilds its view, takes them away when the event closes. The panel's frame
 * is kept (parked) for the next event, and the user's open/closed choice is kept per event: a tab
 * switch, new keywords or a re-rendered page leave the panel of the same event as it is.
 */
export function createController(adapter: CalendarAdapter) {
  let knowledge: PageKnowledge = { includeKeywords: [], excludeKeywords: [], overrides: [] };
  const overrides = new Map<string, EventOverride>();
  let key: string | undefined;
  /** The open event's identity (source + calendar key): its panel choice and frame follow it. */
  let identity: string | undefined;
  let current: OpenEvent | undefined;
  let eventId: string | undefined;
  /** The one-time token the background issued with `eventId`, for the panel frame's URL. */
  let panelToken: string | undefined;
  let dismissed = false;
  /** Found festive (or forced): the UI shows while the background stores the event. */
  let preparing = false;
  let chip: Chip | undefined;
  let panel: PanelHost | undefined;
  let panelShown = false;
  let panelOpen = true;
  /** The user's open/closed choice per event identity, for this page's lifetime. */
  const choices = new Map<string, boolean>();

  function hidePanel(): void {
    panel?.park();
    panelShown = false;
  }

  function removeUi(): void {
    chip?.element.remove();
    chip = undefined;
    hidePanel();
  }

  function reset(): void {
    removeUi();
    key = identity = current = eventId = panelToken = undefined;
    dismissed = preparing = false;
  }

  function identityOf(snapshot: EventSnapshot): string {
    return overrideKey({ source: snapshot.source, calendarKey: calendarKey(snapshot) });
  }

  /** What the event should get with today's keywords and decisions. */
  function outcomeOf(snapshot: EventSnapshot): Outcome {
    const decided = overrides.get(identityOf(snapshot));
    if (decided === 'dismiss') return 'dismissed';
    return decided === 'prepare' || detect(snapshot).match ? 'prepare' : 'none';
  }

  /** What the UI does for the open event now. */
  function shownOutcome(): Outcome {
    if (dismissed) return 'dismissed';
    return preparing || eventId ? 'prepare' : 'none';
  }

  function render(): void {
    if (!current || (!eventId && !dismissed && !preparing)) return;
    chip ??= dismissed
      ? createChip(t('chipPrepareAnyway'), t('chipPrepareAnywayTitle'), true, prepareAnyway)
      : createChip(t('chipLabel'), t('chipTitle'), false, togglePanel);
    if (!current.chipSlot.contains(chip.element)) current.chipSlot.append(chip.element);
    const column = columnBeside(current.card);
    placeChip(chip.element, column);
    chip.setExpanded(panelOpen && !dismissed);
    if (dismissed || !panelOpen) {
      hidePanel();
      return;
    }
    panel ??= createPanelHost();
    panel.show(identity ?? '', eventId && panelToken ? { eventId, token: panelToken } : undefined);
    panelShown = true;
    placePanel(panel.element, column);
  }

  function togglePanel(): void {
    panelOpen = !panelOpen;
    if (identity) choices.set(identity, panelOpen);
    render();
    if (!panelOpen) chip?.focus();
  }

  async function record(open: OpenEvent, forKey: string, match: boolean, reasons: string[], score: number) {
    const reply = await sendMessage('event:opened', { snapshot: open.snapshot, detection: { match, score, reasons } });
    if (key !== forKey) return undefined; // the user opened another event meanwhile
    eventId = reply.eventId;
    panelToken = reply.panelToken;
    return reply.eventId;
  }

  function detect(snapshot: EventSnapshot) {
    // Reasons as codes: the panel words them in the UI language when it shows them.
    return assessFestiveEvent(
      { title: snapshot.title, description: snapshot.description, location: snapshot.location, start: snapshot.start },
      { include: knowledge.includeKeywords, exclude: knowledge.excludeKeywords },
    );
  }

  async function consider(open: OpenEvent, forKey: string): Promise<void> {
    const decided = overrides.get(identityOf(open.snapshot));
    if (decided === 'dismiss') {
      dismissed = true;
      render();
      return;
    }
    const detection = detect(open.snapshot);
    if (!detection.match && decided !== 'prepare') return;
    preparing = true;
    panelOpen = choices.get(identityOf(open.snapshot)) ?? true;
    render();
    try {
      if (await record(open, forKey, detection.match, detection.reasons, detection.score)) render();
    } catch {
      // Not stored (extension reloaded, background busy): take the UI away rather than show an empty panel.
      if (key !== forKey) return;
      removeUi();
      preparing = false;
    }
  }

  function prepareAnyway(): void {
    const open = current;
    const forKey = key;
    if (!open || !forKey) return;
    const detection = detect(open.snapshot);
    void (async () => {
      const id = eventId ?? (await record(open, forKey, detection.match, detection.reasons, detection.score));
      if (!id) return;
      await sendMessage('event:override', { eventId: id, override: 'prepare' });
    })().catch(() => undefined);
  }

  return {
    /** Looks at the page again; called once per animation frame after DOM changes. */
    update(): void {
      const open = adapter.findOpenEvent();
      if (!open) {
        reset();
        return;
      }
      const nextKey = snapshotKey(open.snapshot);
      if (nextKey !== key) {
        reset();
        key = nextKey;
        identity = identityOf(open.snapshot);
        current = open;
        // A failed send (extension reloaded, background busy) leaves the page untouched.
        consider(open, nextKey).catch(() => undefined);
        return;
      }
      current = open;
      render();
    },
    /**
     * New keywords and decisions from the background (at start, and each time the tab comes back
     * into view): the open event is looked at again only if they change what it gets.
     */
    learn(next: PageKnowledge): void {
      knowledge = next;
      overrides.clear();
      for (const entry of next.overrides) overrides.set(overrideKey(entry), entry.override);
      if (current && outcomeOf(current.snapshot) === shownOutcome()) return;
      reset();
    },
    /** The user decided on an event (in the panel or the chip). */
    overrideChanged(entry: OverrideEntry & { eventId: string }): void {
      overrides.set(overrideKey(entry), entry.override);
      if (entry.eventId !== eventId && !dismissed) return;
      removeUi();
      eventId = entry.eventId;
      dismissed = entry.override === 'dismiss';
      panelOpen = !dismissed;
      if (identity) choices.set(identity, panelOpen);
      render();
    },
    closePanel(): void {
      if (panelOpen) togglePanel();
    },
    /** Esc closes the panel while it is open. */
    onKeydown(event: KeyboardEvent): void {
      if (event.key === 'Escape' && panelShown) togglePanel();
    },
    /** Whether a node belongs to our own UI (its mutations are not the page's). */
    owns(node: Node): boolean {
      return Boolean(chip?.element.contains(node) || panel?.element.contains(node));
    },
    /** Whether the page removed our chip or panel while it should show (a re-render). */
    detached(): boolean {
      return Boolean((chip && !chip.element.isConnected) || (panelShown && !panel?.element.isConnected));
    },
    dispose(): void {
      reset();
      panel?.element.remove();
      panel = undefined;
    },
  };
}
