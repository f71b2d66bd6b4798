const GAP = 8;
export const PANEL_WIDTH = 380;
const CHIP_ROW = 36;
const MAX_PANEL_HEIGHT = 640;
const MIN_PANEL_HEIGHT = 200;

/** Where our UI goes: a column beside the event card, chip on top, panel below. */
export interface Column {
  left: number;
  chipTop: number;
  panelTop: number;
  panelHeight: number;
  /**
   * Whether the column fits beside the card. Without room the panel would cover the card and the
   * page's controls: it starts collapsed, and the chip is a handle at the viewport's right edge,
   * above or below the card.
   */
  room: boolean;
}

/**
 * A column beside the card on the side with room (right first), within the viewport, so the
 * chip and the panel never cover the event; on screens too narrow for that, the right edge, with
 * the chip off the card (below it, else above it, else at the bottom) and the panel, when the user
 * opens it, on the side of the chip with more space.
 */
export function columnBeside(card: Element): Column {
  const rect = card.getBoundingClientRect();
  const width = window.innerWidth;
  const height = window.innerHeight;
  let left = rect.right + GAP;
  if (left + PANEL_WIDTH > width - GAP) left = rect.left - GAP - PANEL_WIDTH;
  if (left >= GAP) {
    const panelHeight = Math.max(MIN_PANEL_HEIGHT, Math.min(MAX_PANEL_HEIGHT, height - 2 * GAP - CHIP_ROW));
    const chipTop = Math.max(GAP, Math.min(rect.top, height - GAP - CHIP_ROW - panelHeight));
    return { left, chipTop, panelTop: chipTop + CHIP_ROW, panelHeight, room: true };
  }
  left = Math.max(GAP, width - GAP - PANEL_WIDTH);
  const below = rect.bottom + GAP;
  const above = rect.top - GAP - CHIP_ROW;
  let chipTop = height - GAP - CHIP_ROW;
  if (below + CHIP_ROW <= height - GAP) chipTop = below;
  else if (above >= GAP) chipTop = above;
  const spaceAbove = chipTop - 2 * GAP;
  const spaceBelow = height - GAP - (chipTop + CHIP_ROW);
  const panelHeight = Math.min(MAX_PANEL_HEIGHT, Math.max(spaceAbove, spaceBelow));
  const panelTop = spaceBelow >= spaceAbove ? chipTop + CHIP_ROW : chipTop - GAP - panelHeight;
  return { left, chipTop, panelTop, panelHeight, room: false };
}

/** Where the chip's left edge goes: the column's, or flush with the viewport's right edge as a handle. */
export function chipLeft(column: Column, chipWidth: number): number {
  return column.room ? column.left : Math.max(GAP, window.innerWidth - GAP - chipWidth);
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
