import { readCardTextLabelled, readContactCodeLabelled } from '../cards';
import type { ContactData } from '../model/contact';
import { cardContact, codeNamesSomeone, preferCode, uncertainFields, type CardField } from './card-contact';
import { decodeImage, drawTurned, pixelsOf } from './image';
import type { CardOcr, OcrProgress } from './ocr';
import { readQrCodes } from './qr';

export interface CardReading {
  contact: ContactData;
  /** Fields to check: read from print with low confidence (never fields from a code). */
  uncertain: CardField[];
  /** Whether a QR code gave fields, print did, or both. */
  source: 'code' | 'print' | 'both' | 'none';
}

const EMPTY: ContactData = { emails: [], phones: [], websites: [], addresses: [], tags: [], partnerFit: [] };
const hasFields = (c: ContactData) => Object.entries(c).some(([, v]) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));

/**
 * Reads one card photo: every QR code first (a vCard that names someone is taken as it is); the
 * printed text otherwise, the code's fields winning over it.
 */
export async function readCard(photo: Blob, ocr: CardOcr, onProgress: OcrProgress): Promise<CardReading> {
  const image = await decodeImage(photo);
  try {
    const codes = await readQrCodes(pixelsOf(drawTurned(image)));
    const code = codes.map((payload) => cardContact(readContactCodeLabelled(payload))).reduce(preferCode, EMPTY);
    if (codeNamesSomeone(code)) {
      onProgress(1);
      return { contact: code, uncertain: [], source: 'code' };
    }
    const text = await ocr.read(image, onProgress);
    const printed = cardContact(readCardTextLabelled(text.lines.map((l) => l.text).join('\n')));
    const contact = preferCode(code, printed);
    const fromCode = (field: CardField) =>
      field === 'address'
        ? code.addresses.length > 0
        : Array.isArray(code[field])
          ? code[field].length > 0
          : Boolean(code[field]);
    const uncertain = uncertainFields(printed, text.lines).filter((f) => !fromCode(f));
    const source = hasFields(code) ? (hasFields(printed) ? 'both' : 'code') : hasFields(printed) ? 'print' : 'none';
    return { contact, uncertain, source };
  } finally {
    image.close();
  }
}
