import type { ReaderOptions } from 'zxing-wasm/reader';

/**
 * How the capture page asks zxing-wasm for codes: QR and Micro QR only, every effort (turned,
 * inverted, scaled down), up to 8 codes on one photo. Its own module so the decoder comparison
 * (tests/bench/qr-decoders.bench.ts) measures exactly what ships.
 */
export const QR_READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode', 'MicroQRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 8,
};
