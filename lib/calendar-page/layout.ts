const GAP = 8;
export const PANEL_WIDTH = 380;
const CHIP_ROW = 36;
const MAX_PANEL_HEIGHT = 640;

/** Where our UI goes: a column beside the event card, chip on top, panel below. */
export interface Column {
  left: number;
  chipTop: number;
  panelTop: number;
  panelHeight: number;
}

/**
 * A column beside the card on the side with room (right first), within the viewport, so the
 * chip and the panel never cover the event; on screens too narrow for that, the right edge.
 */
export function columnBeside(card: Element): Column {
  const rect = card.getBoundingClientRect();
  const width = window.innerWidth;
  const height = window.innerHeight;
  let left = rect.right + GAP;
  if (left + PANEL_WIDTH > width - GAP) left = rect.left - GAP - PANEL_WIDTH;
  if (left < GAP) left = width - GAP - PANEL_WIDTH;
  const panelHeight = Math.max(200, Math.min(MAX_PANEL_HEIGHT, height - 2 * GAP - CHIP_ROW));
  const chipTop = Math.max(GAP, Math.min(rect.top, height - GAP - CHIP_ROW - panelHeight));
  return { left: Math.max(GAP, left), chipTop, panelTop: chipTop + CHIP_ROW, panelHeight };
}

/** Sets a fixed-position element's box, touching the DOM only when something changed. */
export function placeFixed(el: HTMLElement, left: number, top: number, height?: number): void {
  const box = {
    left: `${Math.round(left)}px`,
    top: `${Math.round(top)}px`,
    height: height === undefined ? '' : `${Math.round(height)}px`,
  };
  if (el.style.left !== box.left) el.style.left = box.left;
  if (el.style.top !== box.top) el.style.top = box.top;
  if (height !== undefined && el.style.height !== box.height) el.style.height = box.height;
}
