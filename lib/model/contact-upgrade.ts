import type { ContactAddress, ContactEmail, ContactInput, ContactPhone, ContactWebsite } from './contact';

/**
 * The single-value fields contacts had up to schema version 2 (and that older backups, and callers
 * written against the old model, may still carry).
 */
export interface LegacyContactFields {
  email?: string;
  phone?: string;
  website?: string;
  linkedin?: string;
  address?: string;
}

const LEGACY_FIELDS = ['email', 'phone', 'website', 'linkedin', 'address'] as const;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? [...(value as T[])] : []);

/**
 * A contact in the current model from one that may still have the old single fields or lack the
 * lists. Nothing is dropped: an old `email` becomes the first e-mail (label work, as our old Google
 * export labelled it), `phone` the first phone (mobile), `website` and `linkedin` websites,
 * `address` an address kept as one text. Values already in the lists stay first.
 */
export function upgradeContact<T extends ContactInput = ContactInput>(contact: Partial<T> & LegacyContactFields): T {
  const old: Partial<ContactInput> & LegacyContactFields = contact;
  const emails = list<ContactEmail>(old.emails);
  const phones = list<ContactPhone>(old.phones);
  const addresses = list<ContactAddress>(old.addresses);
  const websites = list<ContactWebsite>(old.websites);
  const email = text(old.email);
  const phone = text(old.phone);
  const website = text(old.website);
  const linkedin = text(old.linkedin);
  const address = text(old.address);
  if (email && !emails.some((e) => e.value === email)) emails.push({ label: 'work', value: email });
  if (phone && !phones.some((p) => p.value === phone)) phones.push({ label: 'mobile', value: phone });
  if (website && !websites.some((w) => w.value === website)) websites.push({ label: 'work', value: website });
  if (linkedin && !websites.some((w) => w.value === linkedin)) websites.push({ label: 'LinkedIn', value: linkedin });
  if (address && !addresses.some((a) => a.formatted === address)) addresses.push({ label: 'work', formatted: address });
  const upgraded: Record<string, unknown> = {
    ...(contact as object),
    emails,
    phones,
    addresses,
    websites,
    tags: list<string>(old.tags),
    partnerFit: list<string>(old.partnerFit),
  };
  for (const field of LEGACY_FIELDS) delete upgraded[field];
  return upgraded as T;
}
