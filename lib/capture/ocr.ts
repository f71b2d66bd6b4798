import type { Worker } from 'tesseract.js';
import { OCR_CORE_FILE, OCR_LANGUAGES, OCR_WORKER_FILE } from './asset-files';
import { assetUrl } from './asset-url';
import { cardCanvas, drawTurned, linesRunVertically } from './image';

/** One printed line as the engine read it, with its confidence (0–100). */
export interface OcrLine {
  text: string;
  confidence: number;
}

export interface OcrResult {
  text: string;
  lines: OcrLine[];
  /** Mean confidence of the page (0–100). */
  confidence: number;
}

export type OcrProgress = (fraction: number) => void;

/** Below this mean confidence the photo is tried upside down as well. */
const UPRIGHT_CONFIDENCE = 60;
/** A reading this poor means the lines were not found: the card may lie turned by 90°. */
const NO_TEXT = 20;

/** Thrown by `read` when `cancel` stopped it. */
export class OcrCancelled extends Error {
  constructor() {
    super('OCR cancelled');
    this.name = 'OcrCancelled';
  }
}

/**
 * Tesseract in a Web Worker, started on the first card and kept for the next ones; one card at a
 * time. Loaded with a dynamic import so only the capture page carries it.
 */
export class CardOcr {
  private worker?: Promise<Worker>;
  private progress?: OcrProgress;
  private stop?: () => void;

  private start(): Promise<Worker> {
    this.worker ??= import('tesseract.js').then(({ createWorker, OEM, PSM }) =>
      createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
        workerPath: assetUrl(OCR_WORKER_FILE),
        corePath: assetUrl(OCR_CORE_FILE),
        langPath: assetUrl('lang'),
        gzip: true,
        workerBlobURL: false,
        // The data ships with the extension: no second copy in IndexedDB.
        cacheMethod: 'none',
        logger: (m) => {
          if (m.status === 'recognizing text') this.progress?.(m.progress);
        },
      }).then(async (worker) => {
        // A card is sparse text in blocks, not a page of paragraphs.
        await worker.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT, user_defined_dpi: '300' });
        return worker;
      }),
    );
    return this.worker;
  }

  private async recognise(image: OffscreenCanvas): Promise<OcrResult> {
    const worker = await this.start();
    const blob = await image.convertToBlob({ type: 'image/png' });
    const { data } = await worker.recognize(blob, { rotateAuto: true }, { text: true, blocks: true });
    const lines = (data.blocks ?? []).flatMap((b) =>
      b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text.trim(), confidence: l.confidence }))),
    );
    return { text: data.text, lines: lines.filter((l) => l.text !== ''), confidence: data.confidence };
  }

  /**
   * The text on the photo. The models have no orientation detection: the line direction picks
   * upright or turned by 90°; a poor reading is tried upside down too, the better one kept.
   */
  async read(image: ImageBitmap, onProgress: OcrProgress): Promise<OcrResult> {
    const stopped = new Promise<never>((_, reject) => (this.stop = () => reject(new OcrCancelled())));
    const card = cardCanvas(image);
    const first = linesRunVertically(card) ? 1 : 0;
    let best: OcrResult | undefined;
    for (const [i, turn] of [first, first + 2, 1 - first, 3 - first].entries()) {
      // A second try fills the second half of the bar.
      this.progress = (p) => onProgress((i + p) / (i + 1));
      const canvas = turn === 0 ? card : drawTurned(card, turn);
      const result = await Promise.race([this.recognise(canvas), stopped]);
      if (!best || result.confidence > best.confidence) best = result;
      // The other axis only when neither way along this one found any text.
      if (best.confidence >= UPRIGHT_CONFIDENCE || (i === 1 && best.confidence > NO_TEXT)) break;
    }
    this.stop = undefined;
    onProgress(1);
    return best!;
  }

  /** Stops the card being read: the worker is ended (the next card starts a new one). */
  async cancel(): Promise<void> {
    this.stop?.();
    this.stop = undefined;
    const worker = this.worker;
    this.worker = undefined;
    await (await worker)?.terminate();
  }

  async close(): Promise<void> {
    await this.cancel();
  }
}
