import type { Contact, ContactData } from '../../lib/model/contact';
import { upgradeContact, type LegacyContactFields } from '../../lib/model/contact-upgrade';

type Fields = Partial<ContactData> & LegacyContactFields;

/**
 * Contact data for a test: empty lists unless given; the old single fields are accepted for brevity
 * (`email` becomes a work e-mail, `phone` a mobile phone, as `upgradeContact` does).
 */
export const contactData = (fields: Fields = {}): ContactData => upgradeContact<ContactData>(fields);

/** A stored contact for a test (empty id and timestamps unless given). */
export const storedContact = (fields: Fields & Partial<Contact> = {}): Contact =>
  upgradeContact<Contact>({ id: '', createdAt: '', updatedAt: '', ...fields });
