// Business-card photos the tests draw themselves in the page (canvas text, turned, noisy, on a
// table), and a QR code drawn by zxing-wasm's writer in Node; dropped onto the capture page, or
// handed back as pixels (the QR decoder comparison). Works with Playwright's and Puppeteer's pages.
import type { Page } from './extension-db';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';

export interface CardSpec {
  /** Printed lines, top to bottom; a line starting with "#" is drawn large and bold (a name or logo). */
  lines: string[];
  /** Turn of the card on the table, in degrees (small for a hand-held shot, 180 for upside down). */
  angle?: number;
  /** Standard deviation of the pixel noise (0–255). */
  noise?: number;
  /** A QR code's PNG as a data URL, printed on the card's right; several side by side. */
  qr?: string | string[];
  /** The QR codes' side on the 1050 × 600 px card (default 260). */
  qrSide?: number;
  /** Out of focus: blur radius of the photo in px (default 0.7). */
  blur?: number;
  /** The photo's size (default 1400 × 1000); a square one keeps a card turned by 60° whole. */
  photo?: { width: number; height: number };
}

const require = createRequire(import.meta.url);

/** A vCard 3.0 as a QR code on a card carries it: the capture tests' QR card, in both browsers. */
export const CLARA_VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Hofmann;Clara;;Dr.;',
  'FN:Dr. Clara Hofmann',
  'ORG:Wimmer & Söhne Maschinenbau GmbH',
  'TITLE:Head of Purchasing',
  'EMAIL;TYPE=WORK:c.hofmann@wimmer-soehne.de',
  'TEL;TYPE=CELL:+49 170 5550123',
  'END:VCARD',
].join('\r\n');

/** A QR code of `text`, as a PNG data URL. */
export async function qrPng(text: string): Promise<string> {
  const wasm = readFileSync(require.resolve('zxing-wasm/writer/zxing_writer.wasm'));
  prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
  });
  const { image, error } = await writeBarcode(text, { format: 'QRCode', scale: 4, ecLevel: 'M' });
  if (!image) throw new Error(`QR not written: ${error}`);
  return `data:image/png;base64,${Buffer.from(await image.arrayBuffer()).toString('base64')}`;
}

/** What to do with the photos once drawn: drop them on an element, or hand their pixels back. */
type Outcome = { drop: string } | { pixels: true };

/**
 * Draws the cards in the page as JPEG photo files, like a phone's. `drop`: dispatches a drop of
 * all of them on the selector and returns the page's performance.now() at the drop. `pixels`:
 * returns each photo decoded again (JPEG artefacts and all), as base64 greyscale.
 */
async function drawCards(page: Page, cards: CardSpec[], outcome: Outcome): Promise<unknown> {
  // tsx (the bench runner) names nested functions with an `__name` helper the page doesn't have;
  // given as a string, the helper itself is not rewritten.
  await (page.evaluate as unknown as (script: string) => Promise<unknown>)('globalThis.__name ??= (f) => f');
  return page.evaluate(
    async ({ cards, outcome }: { cards: CardSpec[]; outcome: Outcome }) => {
      const files: File[] = [];
      for (const [index, card] of cards.entries()) {
        const face = document.createElement('canvas');
        face.width = 1050;
        face.height = 600;
        const f = face.getContext('2d')!;
        f.fillStyle = '#fbfaf6';
        f.fillRect(0, 0, face.width, face.height);
        f.fillStyle = '#1b1b1b';
        let y = 90;
        for (const line of card.lines) {
          const big = line.startsWith('#');
          f.font = big ? 'bold 46px sans-serif' : '30px sans-serif';
          f.fillText(big ? line.slice(1) : line, 70, y);
          y += big ? 66 : 44;
        }
        const side = card.qrSide ?? 260;
        for (const [n, src] of [card.qr ?? []].flat().entries()) {
          const qr = new Image();
          qr.src = src;
          await qr.decode();
          f.drawImage(qr, face.width - (side + 50) * (n + 1), face.height - side - 50, side, side);
        }
        const photo = document.createElement('canvas');
        photo.width = card.photo?.width ?? 1400;
        photo.height = card.photo?.height ?? 1000;
        const p = photo.getContext('2d')!;
        p.fillStyle = '#6d645c';
        p.fillRect(0, 0, photo.width, photo.height);
        p.translate(photo.width / 2, photo.height / 2);
        p.rotate(((card.angle ?? 0) * Math.PI) / 180);
        p.shadowColor = 'rgba(0,0,0,0.5)';
        p.shadowBlur = 20;
        p.filter = `blur(${card.blur ?? 0.7}px)`;
        p.drawImage(face, -face.width / 2, -face.height / 2);
        p.setTransform(1, 0, 0, 1, 0, 0);
        const pixels = p.getImageData(0, 0, photo.width, photo.height);
        const sigma = card.noise ?? 0;
        // The same noise on every run (mulberry32 seeded by the card's place): a test that reads
        // a card reads the same pixels each time.
        let seed = index + 1;
        const random = () => {
          seed = (seed + 0x6d2b79f5) | 0;
          let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        for (let i = 0; i < pixels.data.length; i += 4) {
          // Uniform noise of the same spread as a normal one of `sigma`; plus an uneven light.
          const n = (random() - 0.5) * sigma * 3.46 - (i / pixels.data.length) * 30;
          for (let c = 0; c < 3; c++) pixels.data[i + c] = pixels.data[i + c]! + n;
        }
        p.putImageData(pixels, 0, 0);
        const blob = await new Promise<Blob>((resolve) => photo.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
        files.push(new File([blob], `card-${index + 1}.jpg`, { type: 'image/jpeg' }));
      }
      if ('drop' in outcome) {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(file);
        const droppedAt = performance.now();
        document
          .querySelector(outcome.drop)!
          .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
        return droppedAt;
      }
      const photos: { width: number; height: number; grey: string }[] = [];
      for (const file of files) {
        const bitmap = await createImageBitmap(file);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        let grey = '';
        for (let i = 0; i < data.length; i += 4)
          grey += String.fromCharCode(Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!));
        photos.push({ width: bitmap.width, height: bitmap.height, grey: btoa(grey) });
      }
      return photos;
    },
    { cards, outcome },
  );
}

/** Draws the cards as photo files and drops them on `selector`; the page's performance.now() at the drop. */
export async function dropCards(page: Page, selector: string, cards: CardSpec[]): Promise<number> {
  return (await drawCards(page, cards, { drop: selector })) as number;
}

/** A drawn card photo as the capture page would decode it, in greyscale (one byte a pixel). */
export interface GreyPhoto {
  width: number;
  height: number;
  grey: Uint8ClampedArray;
}

/** Draws the cards as photo files and returns each decoded again, in greyscale. */
export async function cardPhotos(page: Page, cards: CardSpec[]): Promise<GreyPhoto[]> {
  const photos = (await drawCards(page, cards, { pixels: true })) as { width: number; height: number; grey: string }[];
  return photos.map(({ width, height, grey }) => ({
    width,
    height,
    grey: new Uint8ClampedArray(Buffer.from(grey, 'base64')),
  }));
}
