import type { ContactInput } from '../model/contact';
import { type LegacyContactFields, upgradeContact } from '../model/contact-upgrade';
import { fullTable } from './columns/full';
import { googleTable } from './columns/google';
import { outlookTable } from './columns/outlook';
import type { CsvDelimiter, CsvFormat, Table } from './types';
import { writeCsv } from './write';

const TABLES: Record<CsvFormat, (contacts: readonly ContactInput[]) => Table> = {
  full: fullTable,
  google: googleTable,
  outlook: outlookTable,
};

/** A contact in the current model, or one written against the old model (single e-mail, phone, …; lists missing). */
export type ExportContact = Partial<ContactInput> & LegacyContactFields;

/**
 * The file text (UTF-8 BOM, RFC 4180, CRLF) of contacts in one of the export
 * formats. Contacts of the old model are upgraded first (upgradeContact).
 */
export function contactsToCsv(
  contacts: readonly ExportContact[],
  format: CsvFormat,
  options: { delimiter?: CsvDelimiter } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  // Guards for callers outside TypeScript's reach.
  if (!Object.hasOwn(TABLES, format)) throw new Error(`unknown CSV format "${String(format)}"`);
  if (delimiter !== ',' && delimiter !== ';') throw new Error(`unsupported delimiter "${String(delimiter)}"`);
  return writeCsv(TABLES[format](contacts.map((contact) => upgradeContact(contact))), delimiter);
}
