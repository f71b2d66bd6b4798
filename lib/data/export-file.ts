import { contactsToCsv, type CsvDelimiter } from '../csv';
import type { ContactInput } from '../model/contact';
import { contactsToVCard } from '../vcard';

/** The contact export formats: the CSV ones and vCard. */
export type ExportFormat = 'full' | 'google' | 'outlook' | 'vcard';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['full', 'google', 'outlook', 'vcard'];

export interface ExportFile {
  text: string;
  extension: 'csv' | 'vcf';
  mimeType: string;
}

/** The file of contacts in a format; the delimiter applies to CSV only. */
export function exportFile(contacts: ContactInput[], format: ExportFormat, delimiter: CsvDelimiter): ExportFile {
  if (format === 'vcard')
    return { text: contactsToVCard(contacts), extension: 'vcf', mimeType: 'text/vcard;charset=utf-8' };
  return { text: contactsToCsv(contacts, format, { delimiter }), extension: 'csv', mimeType: 'text/csv;charset=utf-8' };
}
