import type { ReaderOptions } from 'zxing-wasm/reader';
import { halved, sharpened, type Pixels } from './image';

// How the capture page asks zxing-wasm for codes; in a module of its own so that the decoder
// comparison (tests/bench/qr-decoders.bench.ts) measures exactly what ships.

/** QR and Micro QR only, every effort (turned, inverted, scaled down), up to 8 codes on one photo. */
export const QR_READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode', 'MicroQRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 8,
};

/**
 * Where to look for codes, in turn, until one look finds some: the photo; a sharpened copy (small
 * and out-of-focus codes); half size sharpened (strong blur, its edges half as wide). A card
 * without a code pays every look before its OCR; docs/capture.md has the figures.
 */
export const QR_LOOKS: readonly ((pixels: Pixels) => Pixels)[] = [
  (pixels) => pixels,
  (pixels) => sharpened(pixels),
  (pixels) => sharpened(halved(pixels), 3, 2),
];
