// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { chipLeft, columnBeside, PANEL_WIDTH } from '../../../lib/calendar-page/layout';

const VIEW = { width: 1280, height: 720 };

function card(left: number, top: number, width: number, height: number): Element {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => DOMRect.fromRect({ x: left, y: top, width, height });
  return el;
}

function viewport(width: number, height: number): void {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
}

afterEach(() => viewport(VIEW.width, VIEW.height));

describe('columnBeside', () => {
  test('with room on the right: the column is there, beside the card', () => {
    viewport(VIEW.width, VIEW.height);
    const column = columnBeside(card(416, 80, 448, 400));
    expect(column.room).toBe(true);
    expect(column.left).toBeGreaterThanOrEqual(864);
    expect(column.left + PANEL_WIDTH).toBeLessThanOrEqual(VIEW.width);
    expect(chipLeft(column, 120)).toBe(column.left);
  });

  test('with room only on the left: the column is left of the card', () => {
    viewport(1000, 720);
    const column = columnBeside(card(500, 80, 448, 400));
    expect(column.room).toBe(true);
    expect(column.left + PANEL_WIDTH).toBeLessThanOrEqual(500);
  });

  test('no room on either side: no room; the chip is a handle below the card at the right edge', () => {
    viewport(900, 720);
    const column = columnBeside(card(226, 80, 448, 400));
    expect(column.room).toBe(false);
    expect(column.chipTop).toBeGreaterThanOrEqual(480); // below the card, not on its controls
    expect(chipLeft(column, 120)).toBe(900 - 8 - 120);
    // The panel, once opened, stays within the viewport and off the chip.
    const panelBottom = column.panelTop + column.panelHeight;
    expect(column.panelTop).toBeGreaterThanOrEqual(0);
    expect(panelBottom <= column.chipTop || column.panelTop >= column.chipTop + 36).toBe(true);
  });

  test('a card down to the bottom: the handle goes above it', () => {
    viewport(900, 720);
    const column = columnBeside(card(226, 300, 448, 410));
    expect(column.room).toBe(false);
    expect(column.chipTop + 36).toBeLessThanOrEqual(300);
  });
});
