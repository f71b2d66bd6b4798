import { readCardReading } from './card-text';
import { readCodeReading } from './contact-code';
import { type CardFields, toFields } from './types';

export type { CardAddress, CardFields, CardPhone, CardPhoneLabel, CardReading } from './types';

/**
 * Fields of a printed business card from its OCR text (one line per printed line, any layout).
 * Never throws; a field is absent when unknown. Fax numbers are not in `phones` (they would be
 * dialled): readCardTextLabelled keeps them, labelled "fax".
 */
export function readCardText(text: string): CardFields {
  return toFields(readCardReading(text));
}

/** Fields of a decoded QR payload: vCard 2.1/3.0/4.0, MECARD, MATMSG, mailto:, tel:, a URL. Never throws. */
export function readContactCode(payload: string): CardFields {
  return toFields(readContactCodeLabelled(payload));
}

/** Like readCardText, with every phone labelled (mobile, work, home, fax, other) for the capture page. */
export const readCardTextLabelled = (text: string) => readCardReading(text);

/** Like readContactCode, with every phone labelled (fax numbers included). */
export function readContactCodeLabelled(payload: string) {
  try {
    return readCodeReading(payload);
  } catch {
    return { emails: [], phones: [], websites: [] };
  }
}
