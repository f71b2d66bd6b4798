import type { Worker } from 'tesseract.js';
import { OCR_CORE_FILE, OCR_LANGUAGES, OCR_WORKER_FILE } from './asset-files';
import { assetUrl } from './asset-url';
import { cardCanvas, drawTurned } from './image';

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

/** Below this mean confidence the card is tried the other ways round (upside down first). */
const UPRIGHT_CONFIDENCE = 60;
/** Fewer letters and digits than this are no card: a wrong orientation reads a few confident scraps. */
const CARD_CHARACTERS = 12;

const characters = (r: OcrResult) => r.text.replace(/[^\p{L}\p{N}]/gu, '').length;
/** How much confident text a reading has. */
const weight = (r: OcrResult) => r.confidence * characters(r);
const upright = (r: OcrResult) => r.confidence >= UPRIGHT_CONFIDENCE && characters(r) >= CARD_CHARACTERS;

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
  /** Counts cancellations: a recognition that started before one must not touch the ended worker. */
  private generation = 0;

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
        await worker.setParameters({
          tessedit_pageseg_mode: PSM.SPARSE_TEXT,
          user_defined_dpi: '300',
          // Tesseract's diagnostics ("Detected 9 diacritics") would land in the console as errors.
          debug_file: '/dev/null',
        });
        return worker;
      }),
    );
    return this.worker;
  }

  private async recognise(image: OffscreenCanvas): Promise<OcrResult> {
    const generation = this.generation;
    const current = () => {
      if (generation !== this.generation) throw new OcrCancelled();
    };
    const blob = await image.convertToBlob({ type: 'image/png' });
    current();
    const worker = await this.start();
    current();
    const { data } = await worker.recognize(blob, { rotateAuto: true }, { text: true, blocks: true });
    const lines = (data.blocks ?? []).flatMap((b) =>
      b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text.trim(), confidence: l.confidence }))),
    );
    return { text: data.text, lines: lines.filter((l) => l.text !== ''), confidence: data.confidence };
  }

  /**
   * The text on the photo. The models have no orientation detection: a poor reading is tried
   * upside down, then turned by 90° either way, and the reading with most confident text is kept.
   */
  async read(image: ImageBitmap, onProgress: OcrProgress): Promise<OcrResult> {
    const stopped = new Promise<never>((_, reject) => (this.stop = () => reject(new OcrCancelled())));
    const card = cardCanvas(image);
    let best: OcrResult | undefined;
    for (const [i, turn] of [0, 2, 1, 3].entries()) {
      // A further try fills the second half of what is left of the bar.
      this.progress = (p) => onProgress((i + p) / (i + 1));
      const result = await Promise.race([this.recognise(turn === 0 ? card : drawTurned(card, turn)), stopped]);
      if (!best || weight(result) > weight(best)) best = result;
      if (upright(best)) break;
    }
    this.stop = undefined;
    onProgress(1);
    return best!;
  }

  /** Stops the card being read: the worker is ended (the next card starts a new one). */
  async cancel(): Promise<void> {
    this.generation++;
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
