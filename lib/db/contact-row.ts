import type { CountryCode } from 'libphonenumber-js/min';
import { toE164 } from '../contacts/phone';
import type { Contact, ContactData } from '../model/contact';
import { upgradeContact } from '../model/contact-upgrade';

/**
 * A contact as the contacts table stores it: the contact plus the keys its multi-entry indexes
 * look up (every e-mail, lowercased; every phone's E.164 form). Derived, never edited by hand:
 * `toContactRow` computes them on every write.
 */
export interface ContactRow extends Contact {
  emailKeys: string[];
  phoneKeys: string[];
}

export const emailKey = (email: string): string => email.trim().toLowerCase();

/** The contact data with each phone's E.164 form computed for `country` (numbers without "+"). */
export function withPhoneKeys<T extends Pick<ContactData, 'phones'>>(contact: T, country: CountryCode | undefined): T {
  return {
    ...contact,
    phones: contact.phones.map(({ e164: _old, ...phone }) => {
      const e164 = toE164(phone.value, country);
      return e164 ? { ...phone, e164 } : phone;
    }),
  };
}

/** The row to store for a contact (old single-field contacts are upgraded on the way). */
export function toContactRow(contact: Contact, country: CountryCode | undefined): ContactRow {
  const current = withPhoneKeys(upgradeContact<Contact>(contact), country);
  const { emailKeys: _e, phoneKeys: _p, ...rest } = current as Contact & Partial<ContactRow>;
  return {
    ...rest,
    emailKeys: [...new Set(current.emails.map((e) => emailKey(e.value)).filter((key) => key !== ''))],
    phoneKeys: [...new Set(current.phones.flatMap((p) => (p.e164 ? [p.e164] : [])))],
  };
}

/** The contact without its index keys (for backups and exports). */
export function fromContactRow(row: Contact | ContactRow): Contact {
  const { emailKeys: _e, phoneKeys: _p, ...contact } = row as ContactRow;
  return contact;
}
