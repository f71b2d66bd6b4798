// The chunk table of the Chrome build: every script and style file, its size raw and gzipped, and
// what loads it. Needs a build (`npm run build`).
import { EXTENSION_DIR } from '../e2e/browser';
import { builtFiles } from '../e2e/build-chunks';
import type { BenchTable } from './row';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Who loads a file that no page does: a content script its calendar page, else the browser itself. */
const loader = (path: string): string =>
  path.startsWith('content-scripts/') ? 'calendar page' : path === 'background.js' ? 'service worker' : 'worker';

export const table: BenchTable = async () => ({
  title: 'chunks of the Chrome build (.output/chrome-mv3)',
  rows: builtFiles(EXTENSION_DIR).map((f) => ({
    chunk: f.name,
    file: f.path,
    size: kb(f.bytes),
    gzip: kb(f.gzipBytes),
    'loaded by': f.pages.length > 0 ? f.pages.join(', ') : loader(f.path),
  })),
});
