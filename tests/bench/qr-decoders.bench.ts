// Which QR decoder the capture page uses (docs/capture.md): zxing-wasm (zxing-cpp as WebAssembly,
// what ships) against @zxing/library (the JavaScript port), on card photos with codes turned,
// small and out of focus. The photos are drawn in Chromium as the browser tests draw them
// (tests/e2e/card-images.ts: JPEG, noise, uneven light) and decoded back there; both decoders then
// read the same grey pixels in Node, each with its most thorough settings. A code counts as read
// only when its text is the payload, exactly.
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  GlobalHistogramBinarizer,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { QR_READER_OPTIONS } from '../../lib/capture/qr-options';
import { launchWithExtension } from '../e2e/browser';
import { cardPhotos, qrPng, type CardSpec, type GreyPhoto } from '../e2e/card-images';
import type { BenchRow, BenchTable } from './row';

/** Three payloads: the denser the code, the smaller its modules at the same size on the card. */
const PAYLOADS = [
  'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berger;Anna\r\nFN:Anna Berger\r\nEMAIL:anna@lechner.at\r\nEND:VCARD',
  'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hofmann;Clara;;Dr.;\r\nFN:Dr. Clara Hofmann\r\nORG:Wimmer & Söhne Maschinenbau GmbH\r\nTITLE:Head of Purchasing\r\nEMAIL;TYPE=WORK:c.hofmann@wimmer-soehne.de\r\nTEL;TYPE=CELL:+49 170 5550123\r\nEND:VCARD',
  'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Yılmaz;Elif;;;\r\nFN:Elif Yılmaz\r\nORG:Anadolu Lojistik A.Ş.;Satış\r\nTITLE:Bölge Satış Müdürü\r\nEMAIL;TYPE=work:elif.yilmaz@anadolu-lojistik.com.tr\r\nTEL;TYPE=work,voice:+90 212 555 01 23\r\nTEL;TYPE=cell:+90 532 555 01 23\r\nADR;TYPE=work:;;Büyükdere Cad. 123;İstanbul;;34394;Türkiye\r\nURL:https://www.linkedin.com/in/elif-yilmaz\r\nEND:VCARD',
];

type Kind = 'turned' | 'small' | 'blurred' | 'all three';

/**
 * The code's side on the 1050 px card is 260 px unless said, its photo blurred by 0.7 px; light
 * noise on every photo.
 */
const CASES: { kind: Kind; name: string; spec: Partial<CardSpec> }[] = [
  ...[0, 10, 30, 45, 60, 90, 135, 180].map((angle) => ({
    kind: 'turned' as const,
    name: `turned ${angle}°`,
    // Square, so that no corner of the card (the code sits in one) leaves the photo.
    spec: { angle, noise: 12, photo: { width: 1400, height: 1400 } },
  })),
  ...[160, 120, 100, 85, 70, 60].map((qrSide) => ({
    kind: 'small' as const,
    name: `${qrSide} px code`,
    spec: { qrSide, noise: 12 },
  })),
  ...[1, 1.5, 2, 2.5, 3].map((blur) => ({
    kind: 'blurred' as const,
    name: `blur ${blur} px`,
    spec: { blur, noise: 12 },
  })),
  ...[
    { angle: 20, qrSide: 160, blur: 1 },
    { angle: -35, qrSide: 140, blur: 1.2 },
    { angle: 170, qrSide: 120, blur: 1.5 },
  ].map((spec) => ({
    kind: 'all three' as const,
    name: `turned ${spec.angle}°, ${spec.qrSide} px, blur ${spec.blur} px`,
    spec: { ...spec, noise: 18 },
  })),
];

const require = createRequire(import.meta.url);

function prepareWasm(): void {
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
  });
}

/** zxing-wasm with the capture page's own options, on RGBA pixels as the page hands them over. */
async function readWithWasm(photo: GreyPhoto): Promise<string[]> {
  const data = new Uint8ClampedArray(photo.grey.length * 4);
  for (let i = 0; i < photo.grey.length; i++) {
    data.fill(photo.grey[i]!, i * 4, i * 4 + 3);
    data[i * 4 + 3] = 255;
  }
  const results = await readBarcodes(
    { width: photo.width, height: photo.height, data } as ImageData,
    QR_READER_OPTIONS,
  );
  return results.filter((r) => r.isValid).map((r) => r.text);
}

/** The photo at half size (2 × 2 pixels averaged): zxing-wasm's `tryDownscale`, done by hand. */
function halved(photo: GreyPhoto): GreyPhoto {
  const width = Math.floor(photo.width / 2);
  const height = Math.floor(photo.height / 2);
  const grey = new Uint8ClampedArray(width * height);
  const at = (x: number, y: number) => photo.grey[y * photo.width + x]!;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      grey[y * width + x] =
        (at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1)) / 4;
  return { width, height, grey };
}

const HINTS = new Map<DecodeHintType, unknown>([
  [DecodeHintType.TRY_HARDER, true],
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
]);

/**
 * @zxing/library at its most thorough: TRY_HARDER, both binarizers, full and half size. It finds
 * one code per image (the port has no multi-QR reader); any angle is in its detector.
 */
function readWithLibrary(photo: GreyPhoto): string[] {
  const reader = new QRCodeReader();
  for (const image of [photo, halved(photo)]) {
    for (const Binarizer of [HybridBinarizer, GlobalHistogramBinarizer]) {
      const source = new RGBLuminanceSource(image.grey, image.width, image.height);
      try {
        return [reader.decode(new BinaryBitmap(new Binarizer(source)), HINTS).getText()];
      } catch {
        // Not found, checksum or format error: the next way of looking.
      }
    }
  }
  return [];
}

interface Outcome {
  kind: Kind;
  name: string;
  wasm: number;
  library: number;
  wasmMs: number[];
  libraryMs: number[];
}

const time = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};

/** Draws every case with every payload and lets both decoders read it. */
async function measure(): Promise<Outcome[]> {
  prepareWasm();
  const codes = await Promise.all(PAYLOADS.map((p) => qrPng(p)));
  const dir = mkdtempSync(join(tmpdir(), 'sternstunde-qr-'));
  const context = await launchWithExtension('en', dir, { extension: false });
  try {
    const page = await context.newPage();
    const outcomes: Outcome[] = [];
    for (const { kind, name, spec } of CASES) {
      const photos = await cardPhotos(
        page,
        codes.map((qr) => ({ lines: ['#Lechner AG', 'Weihnachtsfeier 2026'], qr, ...spec })),
      );
      const outcome: Outcome = { kind, name, wasm: 0, library: 0, wasmMs: [], libraryMs: [] };
      for (const [i, photo] of photos.entries()) {
        const [byWasm, wasmMs] = await time(() => readWithWasm(photo));
        const [byLibrary, libraryMs] = await time(() => readWithLibrary(photo));
        if (byWasm.includes(PAYLOADS[i]!)) outcome.wasm++;
        if (byLibrary.includes(PAYLOADS[i]!)) outcome.library++;
        outcome.wasmMs.push(wasmMs);
        outcome.libraryMs.push(libraryMs);
      }
      outcomes.push(outcome);
    }
    return outcomes;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The bench and the table share one measurement.
let measured: Promise<Outcome[]> | undefined;
const outcomes = () => (measured ??= measure());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const KINDS: Kind[] = ['turned', 'small', 'blurred', 'all three'];

/** Per kind of difficulty: codes read by each decoder; zxing-wasm should read at least as many. */
export const bench = async (): Promise<BenchRow[]> => {
  const all = await outcomes();
  const rows: BenchRow[] = [];
  for (const kind of KINDS) {
    const of = all.filter((o) => o.kind === kind);
    const total = of.length * PAYLOADS.length;
    const wasm = of.reduce((n, o) => n + o.wasm, 0);
    const library = of.reduce((n, o) => n + o.library, 0);
    rows.push({
      figure: `QR ${kind} (${of.map((o) => o.name.replace(/^turned |^blur /, '')).join(', ')}): zxing-wasm read`,
      value: wasm,
      unit: `of ${total}`,
      target: `≥ @zxing/library (${library})`,
      ok: wasm >= library,
    });
  }
  const wasmMs = median(all.flatMap((o) => o.wasmMs));
  const libraryMs = median(all.flatMap((o) => o.libraryMs));
  rows.push(
    {
      figure: 'QR decode of a card photo, zxing-wasm (median)',
      value: wasmMs,
      unit: 'ms',
      target: '< 300',
      ok: wasmMs < 300,
    },
    {
      figure: 'QR decode of a card photo, @zxing/library (median)',
      value: libraryMs,
      unit: 'ms',
      target: '—',
      ok: true,
    },
  );
  return rows;
};

/** Each case: codes read out of the three payloads, by each decoder. */
export const table: BenchTable = async () => ({
  title: `QR decoders, codes read per case (of ${PAYLOADS.length} payloads)`,
  rows: (await outcomes()).map((o) => ({
    case: `${o.kind}: ${o.name}`,
    'zxing-wasm': String(o.wasm),
    '@zxing/library': String(o.library),
  })),
});
