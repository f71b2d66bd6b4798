/** A postal address as read from a card or code; a part is absent when it is not known. */
export interface CardAddress {
  street?: string;
  postalCode?: string;
  city?: string;
  region?: string;
  country?: string;
}

/** The public shape of readCardText and readContactCode (docs/business-cards.md). */
export interface CardFields {
  prefix?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  jobTitle?: string;
  department?: string;
  emails: string[];
  phones: string[];
  websites: string[];
  address?: CardAddress;
}

/** How a number was labelled: fax numbers are kept here but never in CardFields.phones. */
export type CardPhoneLabel = 'mobile' | 'work' | 'home' | 'fax' | 'other';

export interface CardPhone {
  value: string;
  label: CardPhoneLabel;
}

/** What the capture page shows: every phone with its label, fax numbers included. */
export interface CardReading extends Omit<CardFields, 'phones'> {
  phones: CardPhone[];
}

export const emptyReading = (): CardReading => ({ emails: [], phones: [], websites: [] });

/** The contract shape (docs/method.md): fax numbers left out of `phones` (they would be dialled as phones). */
export function toFields(reading: CardReading): CardFields {
  const phones = reading.phones.filter((p) => p.label !== 'fax').map((p) => p.value);
  return { ...reading, emails: [...reading.emails], websites: [...reading.websites], phones };
}
