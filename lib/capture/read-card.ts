import { mergeReadings, readCardTextLabelled, readContactCodeLabelled, type CardReading } from '../cards';
import type { ContactData } from '../model/contact';
import { cardContact, codeNamesSomeone, uncertainFields, type CardField } from './card-contact';
import { decodeImage, drawTurned, pixelsOf } from './image';
import type { CardOcr, OcrProgress } from './ocr';
import { readQrCodes } from './qr';

export interface CardResult {
  contact: ContactData;
  /** Fields to check: read from print with low confidence (never fields only a code gave). */
  uncertain: CardField[];
}

const NOTHING: CardReading = { emails: [], phones: [], websites: [] };

/**
 * Reads one card photo: every QR code first (a code that names someone is taken as it is); the
 * printed text otherwise, the code winning for every field it has (mergeReadings).
 */
export async function readCard(photo: Blob, ocr: CardOcr, onProgress: OcrProgress): Promise<CardResult> {
  const image = await decodeImage(photo);
  try {
    const codes = await readQrCodes(pixelsOf(drawTurned(image)));
    const codeReading = codes.map((payload) => readContactCodeLabelled(payload)).reduce(mergeReadings, NOTHING);
    const code = cardContact(codeReading);
    if (codeNamesSomeone(code)) {
      onProgress(1);
      return { contact: code, uncertain: [] };
    }
    const text = await ocr.read(image, onProgress);
    const printedReading = readCardTextLabelled(text.lines.map((l) => l.text).join('\n'));
    const printed = cardContact(printedReading);
    const contact = cardContact(mergeReadings(codeReading, printedReading));
    // A text field the code gave is the code's; the printed entries of a list stay and may need checking.
    const fromCode = (field: CardField) => typeof code[field as keyof ContactData] === 'string';
    const uncertain = uncertainFields(printed, text.lines).filter((f) => !fromCode(f));
    return { contact, uncertain };
  } finally {
    image.close();
  }
}
