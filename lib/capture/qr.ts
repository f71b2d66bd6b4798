import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { QR_WASM_FILE } from './asset-files';
import { assetUrl } from './asset-url';
import type { Pixels } from './image';
import { QR_LOOKS, QR_READER_OPTIONS } from './qr-options';

let prepared = false;

/** The decoder's WebAssembly comes from the extension itself, never from its default CDN. */
function prepare(): void {
  if (prepared) return;
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? assetUrl(QR_WASM_FILE) : prefix + path),
    },
  });
  prepared = true;
}

async function decode(pixels: Pixels): Promise<string[]> {
  // zxing-wasm reads any { width, height, data } as RGBA pixels, not only a canvas's ImageData.
  const results = await readBarcodes(pixels as ImageData, QR_READER_OPTIONS);
  return results.filter((r) => r.isValid && r.text.trim() !== '').map((r) => r.text);
}

/** The text of every QR code on the image (several codes on one card are all returned). */
export async function readQrCodes(pixels: Pixels): Promise<string[]> {
  prepare();
  for (const look of QR_LOOKS) {
    const codes = await decode(look(pixels));
    if (codes.length > 0) return codes;
  }
  return [];
}
