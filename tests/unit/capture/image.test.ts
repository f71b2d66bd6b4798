import { describe, expect, it } from 'vitest';
import { halved, sharpened, type Pixels } from '../../../lib/capture/image';

/** A grey image from one value a pixel. */
function image(width: number, values: number[]): Pixels {
  const data = new Uint8ClampedArray(values.length * 4);
  values.forEach((v, i) => data.set([v, v, v, 255], i * 4));
  return { width, height: values.length / width, data };
}
const greyOf = (p: Pixels) => [...p.data].filter((_, i) => i % 4 === 0);

describe('sharpened (the second look for a QR code)', () => {
  it('leaves an even area as it is', () => {
    expect(greyOf(sharpened(image(4, Array(16).fill(120))))).toEqual(Array(16).fill(120));
  });

  it('steepens a soft edge: the dark side darker, the bright side brighter, the size kept', () => {
    // A blurred step from dark to bright, the same in every row.
    const row = [60, 60, 60, 80, 120, 160, 180, 180, 180];
    const soft = image(9, [...row, ...row, ...row]);
    const sharp = sharpened(soft, 3, 2);
    expect([sharp.width, sharp.height]).toEqual([9, 3]);
    const middle = greyOf(sharp).slice(9, 18);
    expect(middle[3]).toBeLessThan(80);
    expect(middle[5]).toBeGreaterThan(160);
    expect(middle[5]! - middle[3]!).toBeGreaterThan(160 - 80);
    // Far from the edge nothing changes.
    expect(middle[0]).toBe(60);
    expect(middle[8]).toBe(180);
  });

  it('gives greyscale of a coloured image, opaque', () => {
    const red = sharpened({ width: 1, height: 1, data: new Uint8ClampedArray([255, 0, 0, 128]) });
    expect([...red.data]).toEqual([76, 76, 76, 255]);
  });
});

describe('halved (the third look for a QR code)', () => {
  it('averages each 2 × 2 block; an odd last row or column is dropped', () => {
    const half = halved(image(5, [0, 40, 100, 100, 7, 80, 120, 100, 100, 7, 9, 9, 9, 9, 9]));
    expect([half.width, half.height]).toEqual([2, 1]);
    expect(greyOf(half)).toEqual([60, 100]);
    expect(half.data[3]).toBe(255);
  });

  it('keeps a one-pixel image one pixel', () => {
    expect(greyOf(halved(image(1, [42])))).toEqual([42]);
  });
});
