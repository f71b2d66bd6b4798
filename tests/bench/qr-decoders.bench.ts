// Which QR decoder the capture page uses (docs/capture.md): zxing-wasm (zxing-cpp as WebAssembly,
// what ships) against @zxing/library (the JavaScript port), on card photos with codes turned,
// small and out of focus. The photos are drawn in Chromium as the browser tests draw them
// (tests/e2e/card-images.ts: JPEG, noise, uneven light) and decoded back there; both decoders then
// read the same grey pixels in Node, each with its most thorough settings, and each once more with
// the capture page's further looks when nothing was found (QR_LOOKS: sharpened, half size
// sharpened). A code counts as read only when its text is the payload, exactly.
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
import { halved, type Pixels } from '../../lib/capture/image';
import { QR_LOOKS, QR_READER_OPTIONS } from '../../lib/capture/qr-options';
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

/** The grey photo as RGBA pixels, as a canvas hands them over. */
function rgba(photo: GreyPhoto): Pixels {
  const data = new Uint8ClampedArray(photo.grey.length * 4);
  for (let i = 0; i < photo.grey.length; i++) {
    data.fill(photo.grey[i]!, i * 4, i * 4 + 3);
    data[i * 4 + 3] = 255;
  }
  return { width: photo.width, height: photo.height, data };
}

/** RGBA pixels (grey) back to one byte a pixel, for @zxing/library. */
function grey({ width, height, data }: Pixels): GreyPhoto {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * 4]!;
  return { width, height, grey: out };
}

/** zxing-wasm with the capture page's own options. */
async function readWithWasm(pixels: Pixels): Promise<string[]> {
  const results = await readBarcodes(pixels as ImageData, QR_READER_OPTIONS);
  return results.filter((r) => r.isValid).map((r) => r.text);
}

const HINTS = new Map<DecodeHintType, unknown>([
  [DecodeHintType.TRY_HARDER, true],
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
]);

/**
 * @zxing/library at its most thorough: TRY_HARDER, both binarizers, full and half size. It finds
 * one code per image (the port has no multi-QR reader); any angle is in its detector.
 */
function readWithLibrary(pixels: Pixels): string[] {
  const reader = new QRCodeReader();
  for (const image of [grey(pixels), grey(halved(pixels))]) {
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

type Reader = (pixels: Pixels) => Promise<string[]>;

/** Each of the capture page's looks in turn until one finds codes: what lib/capture/qr.ts does. */
const withLooks =
  (read: Reader): Reader =>
  async (pixels) => {
    for (const look of QR_LOOKS) {
      const codes = await read(look(pixels));
      if (codes.length > 0) return codes;
    }
    return [];
  };

const libraryReader: Reader = async (pixels) => readWithLibrary(pixels);
const READERS = {
  'zxing-wasm': readWithWasm,
  'zxing-wasm + looks (ships)': withLooks(readWithWasm),
  '@zxing/library': libraryReader,
  '@zxing/library + looks': withLooks(libraryReader),
};
type ReaderName = keyof typeof READERS;
const SHIPPED: ReaderName = 'zxing-wasm + looks (ships)';

interface Outcome {
  kind: Kind;
  name: string;
  read: Record<ReaderName, number>;
  ms: Record<ReaderName, number[]>;
}

/** Draws every case with every payload and lets each reader read it. */
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
      const read = {} as Record<ReaderName, number>;
      const ms = {} as Record<ReaderName, number[]>;
      for (const [reader, run] of Object.entries(READERS) as [ReaderName, Reader][]) {
        read[reader] = 0;
        ms[reader] = [];
        for (const [i, photo] of photos.entries()) {
          const pixels = rgba(photo);
          const start = performance.now();
          if ((await run(pixels)).includes(PAYLOADS[i]!)) read[reader]++;
          ms[reader].push(performance.now() - start);
        }
      }
      outcomes.push({ kind, name, read, ms });
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

const count = (of: Outcome[], reader: ReaderName) => of.reduce((n, o) => n + o.read[reader], 0);

/** Per kind of difficulty: codes read as the capture page reads them, against every other reader. */
export const bench = async (): Promise<BenchRow[]> => {
  const all = await outcomes();
  const rows: BenchRow[] = [];
  for (const kind of KINDS) {
    const of = all.filter((o) => o.kind === kind);
    const shipped = count(of, SHIPPED);
    const others = (Object.keys(READERS) as ReaderName[]).filter((r) => r !== SHIPPED);
    rows.push({
      figure: `QR ${kind} (${of.map((o) => o.name.replace(/^turned |^blur /, '')).join(', ')}): read as shipped`,
      value: shipped,
      unit: `of ${of.length * PAYLOADS.length}`,
      target: `≥ ${others.map((r) => `${count(of, r)} (${r})`).join(', ')}`,
      ok: others.every((r) => shipped >= count(of, r)),
    });
  }
  for (const reader of Object.keys(READERS) as ReaderName[]) {
    const ms = median(all.flatMap((o) => o.ms[reader]));
    const ships = reader === SHIPPED;
    rows.push({
      figure: `QR decode of a card photo, ${reader} (median)`,
      value: ms,
      unit: 'ms',
      target: ships ? '< 300' : '—',
      ok: !ships || ms < 300,
    });
  }
  return rows;
};

/** Each case: codes read out of the three payloads, by each reader. */
export const table: BenchTable = async () => ({
  title: `QR decoders, codes read per case (of ${PAYLOADS.length} payloads)`,
  rows: (await outcomes()).map((o) => ({
    case: `${o.kind}: ${o.name}`,
    ...Object.fromEntries(Object.entries(o.read).map(([reader, n]) => [reader, String(n)])),
  })),
});
