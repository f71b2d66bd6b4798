// Public contract (docs/method.md): outside tests import this module by path; keep its exports.
import { readCardReading } from './card-text';
import { readCodeReading } from './contact-code';
import { type CardFields, type CardReading, emptyReading, toFields } from './types';

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
export const readCardTextLabelled = (text: string): CardReading => readCardReading(text);

/** Like readContactCode, with every phone labelled (fax numbers included). */
export function readContactCodeLabelled(payload: string): CardReading {
  try {
    return readCodeReading(payload);
  } catch {
    return emptyReading();
  }
}

/**
 * One card read twice (its QR code and its printed text): the code wins for every field it has;
 * e-mails, phones and websites of both are kept, the code's first, without repeats.
 */
export function mergeReadings(code: CardReading, printed: CardReading): CardReading {
  const merged: CardReading = { ...printed, ...code };
  for (const key of ['prefix', 'firstName', 'lastName', 'company', 'jobTitle', 'department', 'address'] as const)
    if (code[key] === undefined && printed[key] !== undefined) Object.assign(merged, { [key]: printed[key] });
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+@]/gu, '');
  const union = <T>(a: readonly T[], b: readonly T[], of: (t: T) => string) =>
    [...a, ...b].filter((item, i, all) => all.findIndex((other) => key(of(other)) === key(of(item))) === i);
  merged.emails = union(code.emails, printed.emails, (e) => e);
  merged.websites = union(code.websites, printed.websites, (w) => w);
  merged.phones = union(code.phones, printed.phones, (p) => p.value);
  return merged;
}
