import type { CalendarAdapter, EventSnapshot, OpenEvent } from '../../lib/calendars/types';
import { detectFestiveEvent } from '../../lib/detection';
import { uiLocale } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import { createChip, type Chip } from './chip';
import { createPanelFrame, dockBeside } from './panel-frame';

/** What identifies "the same opened event" between two looks at the page. */
function snapshotKey(s: EventSnapshot): string {
  return JSON.stringify([s.calendarId, s.title, s.start, s.end]);
}

/**
 * Keeps the chip and the panel in step with the event the user has open: mounts them for a
 * festive event, re-attaches them when the page rebuilds its view, removes them on close.
 */
export function createController(adapter: CalendarAdapter) {
  let key: string | undefined;
  let eventId: string | undefined;
  let chip: Chip | undefined;
  let panel: HTMLElement | undefined;
  let panelOpen = true;
  let current: OpenEvent | undefined;

  function clear(): void {
    chip?.element.remove();
    panel?.remove();
    chip = panel = current = eventId = undefined;
  }

  function render(): void {
    if (!current || !eventId) return;
    chip ??= createChip(toggle);
    if (!current.chipSlot.contains(chip.element)) current.chipSlot.append(chip.element);
    chip.setExpanded(panelOpen);
    if (!panelOpen) {
      panel?.remove();
      return;
    }
    panel ??= createPanelFrame(eventId);
    if (!panel.isConnected) document.body.append(panel);
    dockBeside(panel, current.card);
  }

  function toggle(): void {
    panelOpen = !panelOpen;
    render();
  }

  async function prepare(open: OpenEvent, forKey: string): Promise<void> {
    const { snapshot } = open;
    const detection = detectFestiveEvent(
      { title: snapshot.title, description: snapshot.description, location: snapshot.location, start: snapshot.start },
      { locale: uiLocale() },
    );
    if (!detection.match) return;
    const reply = await sendMessage('event:opened', { snapshot, detection });
    if (key !== forKey) return; // the user opened another event meanwhile
    eventId = reply.eventId;
    panelOpen = true;
    render();
  }

  return {
    /** Looks at the page again; called once per animation frame after DOM changes. */
    update(): void {
      const open = adapter.findOpenEvent();
      if (!open) {
        key = undefined;
        clear();
        return;
      }
      const nextKey = snapshotKey(open.snapshot);
      if (nextKey !== key) {
        clear();
        key = nextKey;
        current = open;
        // A failed send (extension reloaded, background busy) leaves the page untouched.
        prepare(open, nextKey).catch(() => undefined);
        return;
      }
      current = open;
      render();
    },
    /** Esc closes the panel while it is open. */
    onKeydown(event: KeyboardEvent): void {
      if (event.key === 'Escape' && panel?.isConnected) toggle();
    },
    /** Whether a node belongs to our own UI (its mutations are not the page's). */
    owns(node: Node): boolean {
      return Boolean(chip?.element.contains(node) || panel?.contains(node));
    },
    dispose: clear,
  };
}
