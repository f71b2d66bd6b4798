import type { CsvImport } from '../../lib/csv';
import CsvWorker from './csv.worker.ts?worker';

/** csvToContacts in a worker: the page stays responsive (and can show progress) while it runs. */
export function parseCsv(text: string): Promise<CsvImport> {
  return new Promise((resolve, reject) => {
    const worker = new CsvWorker();
    worker.onmessage = (e: MessageEvent<CsvImport>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the CSV reader stopped'));
    };
    worker.postMessage(text);
  });
}
