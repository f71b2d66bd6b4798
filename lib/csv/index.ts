// Public contract (docs/method.md): outside tests import this module by path; keep its exports.
export { contactsToCsv, type ExportContact } from './export';
export { csvToContacts } from './import';
export { MAX_BYTES } from './checks';
export type { CsvDelimiter, CsvError, CsvFormat, CsvImport, DetectedFormat } from './types';
