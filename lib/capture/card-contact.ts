import type { CardPhoneLabel, CardReading } from '../cards';
import type { ContactLabel } from '../model/contact';
import type { ContactData } from '../model/contact';

/** The fields of a card shown for checking; list fields as a whole. */
export const CARD_TEXT_FIELDS = ['prefix', 'firstName', 'lastName', 'company', 'department', 'jobTitle'] as const;
export type CardField = (typeof CARD_TEXT_FIELDS)[number] | 'emails' | 'phones' | 'websites' | 'address';

const LINKEDIN = /(?:^|[/.])linkedin\.com\//i;

/** A fax number is kept, labelled "Fax" as quick add labels it, so it is never taken for a phone. */
const PHONE_LABELS: Record<CardPhoneLabel, ContactLabel> = {
  mobile: 'mobile',
  work: 'work',
  home: 'home',
  fax: 'Fax',
  other: 'other',
};

/** What a card or its code says, as contact fields; an e-mail or website on a business card is a work one. */
export function cardContact(fields: CardReading): ContactData {
  const contact: ContactData = {
    emails: fields.emails.map((value) => ({ label: 'work', value })),
    phones: fields.phones.map(({ value, label }) => ({ label: PHONE_LABELS[label], value })),
    websites: fields.websites.map((value) => ({ label: LINKEDIN.test(value) ? 'LinkedIn' : 'work', value })),
    addresses:
      fields.address && Object.values(fields.address).some(Boolean) ? [{ label: 'work', ...fields.address }] : [],
    tags: [],
    partnerFit: [],
  };
  for (const key of CARD_TEXT_FIELDS) {
    const value = fields[key]?.trim();
    if (value) contact[key] = value;
  }
  return contact;
}

/** A code that names a person: its fields are enough, the card need not be read. */
export function codeNamesSomeone(code: ContactData): boolean {
  return Boolean((code.firstName || code.lastName) && (code.emails.length || code.phones.length));
}

/** Squashes spaces and case so a field is found in the line OCR read it from ("anna @ x.at" is in "anna@x.at"). */
const squash = (text: string) => text.toLowerCase().replace(/[\s|]/g, '');

/**
 * Fields read from printed lines the engine was unsure of (confidence below `threshold`), or not
 * found in any line at all (readCardText repaired or combined them): the user checks these.
 */
export function uncertainFields(
  contact: ContactData,
  lines: readonly { text: string; confidence: number }[],
  threshold = 80,
): CardField[] {
  const squashed = lines.map((l) => ({ text: squash(l.text), confidence: l.confidence }));
  const sure = (value: string) => {
    const v = squash(value);
    const line = squashed.find((l) => l.text.includes(v));
    return line !== undefined && line.confidence >= threshold;
  };
  const unsure: CardField[] = CARD_TEXT_FIELDS.filter((key) => contact[key] && !sure(contact[key]));
  for (const key of ['emails', 'phones', 'websites'] as const) {
    if (contact[key].some((e) => !sure(e.value))) unsure.push(key);
  }
  const address = contact.addresses[0];
  if (address && [address.street, address.postalCode, address.city].some((part) => part && !sure(part))) {
    unsure.push('address');
  }
  return unsure;
}
