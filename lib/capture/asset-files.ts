/**
 * Files of the OCR engine shipped inside the extension, copied from node_modules at build time
 * (wxt.config.ts) and loaded by the capture page only. Plain data: the build config reads it too.
 */
export const OCR_ASSET_DIR = 'ocr';

/** The languages recognised on a card, in the order Tesseract weighs them. */
export const OCR_LANGUAGES = ['deu', 'eng', 'fra'] as const;

/**
 * One engine build: the SIMD + LSTM-only core (its .wasm is embedded in the .js); every browser we
 * support runs WebAssembly SIMD. The "best_int" models are the LSTM models, smaller than "4.0.0".
 */
export const OCR_CORE_FILE = 'tesseract-core-simd-lstm.wasm.js';
export const OCR_WORKER_FILE = 'worker.min.js';
export const QR_WASM_FILE = 'zxing_reader.wasm';

export const OCR_ASSETS: { from: string; to: string }[] = [
  { from: 'tesseract.js/dist/worker.min.js', to: OCR_WORKER_FILE },
  { from: `tesseract.js-core/${OCR_CORE_FILE}`, to: OCR_CORE_FILE },
  { from: 'zxing-wasm/dist/reader/zxing_reader.wasm', to: QR_WASM_FILE },
  ...OCR_LANGUAGES.map((lang) => ({
    from: `@tesseract.js-data/${lang}/4.0.0_best_int/${lang}.traineddata.gz`,
    to: `lang/${lang}.traineddata.gz`,
  })),
];
