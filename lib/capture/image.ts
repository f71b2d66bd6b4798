/** Turning a photo into pixels the QR decoder and the OCR engine read well. */

/** The longest side we work with: enough for 6 pt text on a card, small enough to stay fast. */
const MAX_SIDE = 2000;

export type Canvas = HTMLCanvasElement | OffscreenCanvas;

/** Decodes a photo, upright as the camera's EXIF says. Throws when the browser can't decode the format. */
export function decodeImage(file: Blob): Promise<ImageBitmap> {
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

function newCanvas(width: number, height: number): OffscreenCanvas {
  return new OffscreenCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  return ctx;
}

/** The image scaled down to MAX_SIDE and turned by a multiple of 90° (clockwise). */
export function drawTurned(
  image: CanvasImageSource & { width: number; height: number },
  quarterTurns = 0,
): OffscreenCanvas {
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const w = image.width * scale;
  const h = image.height * scale;
  const turns = ((quarterTurns % 4) + 4) % 4;
  const canvas = turns % 2 ? newCanvas(h, w) : newCanvas(w, h);
  const ctx = context2d(canvas);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((turns * Math.PI) / 2);
  ctx.drawImage(image, -w / 2, -h / 2, w, h);
  return canvas;
}

export function pixelsOf(canvas: OffscreenCanvas): ImageData {
  return context2d(canvas).getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * Greyscale with the contrast stretched between the 1st and 99th percentile of brightness: a card
 * photographed under warm light or with a shadow reads as dark text on white.
 */
export function greyscale(canvas: OffscreenCanvas): OffscreenCanvas {
  const ctx = context2d(canvas);
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const px = image.data;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < px.length; i += 4) {
    const y = Math.round(0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]!);
    px[i] = y;
    histogram[y]!++;
  }
  const total = px.length / 4;
  const percentile = (p: number) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!;
      if (seen >= total * p) return v;
    }
    return 255;
  };
  const low = percentile(0.01);
  const high = Math.max(low + 1, percentile(0.99));
  for (let i = 0; i < px.length; i += 4) {
    const v = Math.min(255, Math.max(0, ((px[i]! - low) * 255) / (high - low)));
    px[i] = px[i + 1] = px[i + 2] = v;
    px[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the card lies in the photo: the rows and columns that are mostly bright paper (a greyscale
 * canvas). Undefined when the card fills the photo or no card stands out, so nothing is cut off.
 */
export function cardBounds(grey: OffscreenCanvas): Box | undefined {
  const { data, width, height } = pixelsOf(grey);
  const STEP = 4;
  const rows = new Uint32Array(height);
  const cols = new Uint32Array(width);
  for (let y = 0; y < height; y += STEP) {
    for (let x = 0; x < width; x += STEP) {
      if (data[(y * width + x) * 4]! > 170) {
        rows[y]!++;
        cols[x]!++;
      }
    }
  }
  const span = (profile: Uint32Array, samples: number) => {
    const full = [...profile.keys()].filter((i) => i % STEP === 0 && profile[i]! > samples * 0.3);
    return full.length ? [full[0]!, full[full.length - 1]! + STEP] : undefined;
  };
  const ys = span(rows, width / STEP);
  const xs = span(cols, height / STEP);
  if (!ys || !xs) return undefined;
  // A margin keeps text at the card's edge.
  const margin = Math.round(Math.min(width, height) * 0.01);
  const box = {
    x: Math.max(0, xs[0]! - margin),
    y: Math.max(0, ys[0]! - margin),
    width: Math.min(width, xs[1]! + margin) - Math.max(0, xs[0]! - margin),
    height: Math.min(height, ys[1]! + margin) - Math.max(0, ys[0]! - margin),
  };
  const share = (box.width * box.height) / (width * height);
  return share > 0.9 || share < 0.1 ? undefined : box;
}

/** The part of the canvas inside `box`. */
export function crop(canvas: OffscreenCanvas, box: Box): OffscreenCanvas {
  const out = newCanvas(box.width, box.height);
  context2d(out).drawImage(canvas, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
  return out;
}

/** The photo cut to the card where one stands out, in greyscale. */
export function cardCanvas(image: ImageBitmap): OffscreenCanvas {
  const photo = drawTurned(image);
  const box = cardBounds(greyscale(drawTurned(image)));
  return greyscale(box ? crop(photo, box) : photo);
}

/** Pixels as a canvas gives them (ImageData) or any object of the same shape. */
export type Pixels = Pick<ImageData, 'width' | 'height' | 'data'>;

/**
 * The image sharpened, in greyscale: an unsharp mask pushes each pixel away from the mean of the
 * (2·radius+1)² pixels around it by `amount`. Modules of a small or out-of-focus QR code get their
 * edges back; the decoder comparison (docs/capture.md) measured what it wins.
 */
export function sharpened({ width, height, data }: Pixels, amount = 3, radius = 3): Pixels {
  const size = width * height;
  const grey = new Float32Array(size);
  for (let i = 0; i < size; i++) grey[i] = 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!;
  // The local mean: a sliding box sum along the rows, then along the columns (edges repeated).
  const span = 2 * radius + 1;
  const rows = new Float32Array(size);
  const mean = new Float32Array(size);
  const clampX = (x: number) => Math.min(width - 1, Math.max(0, x));
  const clampY = (y: number) => Math.min(height - 1, Math.max(0, y));
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let x = -radius; x <= radius; x++) sum += grey[row + clampX(x)]!;
    for (let x = 0; x < width; x++) {
      rows[row + x] = sum / span;
      sum += grey[row + clampX(x + radius + 1)]! - grey[row + clampX(x - radius)]!;
    }
  }
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let y = -radius; y <= radius; y++) sum += rows[clampY(y) * width + x]!;
    for (let y = 0; y < height; y++) {
      mean[y * width + x] = sum / span;
      sum += rows[clampY(y + radius + 1) * width + x]! - rows[clampY(y - radius) * width + x]!;
    }
  }
  const out = new Uint8ClampedArray(size * 4);
  for (let i = 0; i < size; i++) {
    const v = grey[i]! + amount * (grey[i]! - mean[i]!);
    out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = v;
    out[i * 4 + 3] = 255;
  }
  return { width, height, data: out };
}

/** The image at half size, each 2 × 2 pixels averaged: a blurred edge is half as wide there. */
export function halved({ width, height, data }: Pixels): Pixels {
  const w = Math.max(1, Math.floor(width / 2));
  const h = Math.max(1, Math.floor(height / 2));
  const out = new Uint8ClampedArray(w * h * 4);
  const at = (x: number, y: number, c: number) =>
    data[(Math.min(height - 1, y) * width + Math.min(width - 1, x)) * 4 + c]!;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      for (let c = 0; c < 3; c++)
        out[i + c] =
          (at(2 * x, 2 * y, c) + at(2 * x + 1, 2 * y, c) + at(2 * x, 2 * y + 1, c) + at(2 * x + 1, 2 * y + 1, c)) / 4;
      out[i + 3] = 255;
    }
  return { width: w, height: h, data: out };
}
