import { chipLeft, placeFixed, type Column } from './layout';

// Events the page must not see from inside our UI: they would close or freeze its popup.
const SHIELDED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'wheel', 'keydown'] as const;

/** Keeps our UI's input events from reaching the calendar page's handlers. */
export function shieldFromPage(host: HTMLElement): void {
  for (const type of SHIELDED) host.addEventListener(type, (e) => e.stopPropagation());
}

export interface Chip {
  element: HTMLElement;
  /** Reflects whether the panel is open, for assistive technology. */
  setExpanded(open: boolean): void;
  focus(): void;
}

const STYLE = `button{all:initial;display:inline-flex;align-items:center;gap:4px;padding:4px 10px;box-shadow:0 1px 4px rgba(0,0,0,.25);
border-radius:14px;font:500 13px/18px system-ui,sans-serif;cursor:pointer;background:#8c1d18;color:#fff}
button.quiet{background:transparent;color:inherit;border:1px solid currentColor;opacity:.8}
button:focus-visible{outline:2px solid #1d5fd0;outline-offset:2px}`;

/**
 * The small button in the event view: opens and closes the panel, or, for an event the user
 * dismissed, offers to prepare it anyway (`quiet`). It shows a fixed label only: no user data
 * enters the page's DOM.
 */
export function createChip(label: string, title: string, quiet: boolean, onClick: () => void): Chip {
  const host = document.createElement('div');
  host.setAttribute('data-sternstunde-chip', quiet ? 'dismissed' : 'prepared');
  host.style.cssText = 'position:fixed;z-index:2147483000;margin:0;';
  const root = host.attachShadow({ mode: 'closed' });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = quiet ? label : `★ ${label}`;
  button.title = title;
  if (quiet) button.className = 'quiet';
  const style = document.createElement('style');
  style.textContent = STYLE;
  button.addEventListener('click', onClick);
  root.append(style, button);
  shieldFromPage(host);
  return {
    element: host,
    setExpanded: (open) => button.setAttribute('aria-expanded', String(open)),
    focus: () => button.focus(),
  };
}

/**
 * Puts the chip at the top of our column beside the card (or, without room there, as a handle at
 * the right edge). Positioned rather than in the flow: the page lays the slot's children out in
 * ways we don't control (a row, or below the fold).
 */
export function placeChip(chip: HTMLElement, column: Column): void {
  const left = chipLeft(column, chip.offsetWidth);
  placeFixed(chip, left, column.chipTop);
  // A transformed ancestor makes `fixed` relative to itself: correct by what we measure.
  const actual = chip.getBoundingClientRect();
  const dx = Math.round(actual.left - left);
  const dy = Math.round(actual.top - column.chipTop);
  if (dx || dy) placeFixed(chip, left - dx, column.chipTop - dy);
}
