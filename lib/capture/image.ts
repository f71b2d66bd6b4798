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
export function drawTurned(image: CanvasImageSource & { width: number; height: number }, quarterTurns = 0): OffscreenCanvas {
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
