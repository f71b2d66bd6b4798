import type { ContactData } from '../model/contact';

type NameParts = Pick<ContactData, 'prefix' | 'firstName' | 'lastName' | 'company'> & {
  emails?: readonly { value: string }[];
};

/** "Dr. Anna Berger"; falls back to the first e-mail, then the company, then "". */
export function displayName(contact: NameParts): string {
  const name = [contact.prefix, contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return name || contact.emails?.[0]?.value || contact.company || '';
}

/** "Dr. Anna Berger · Lechner AG", for lists and notifications. */
export function nameWithCompany(contact: NameParts): string {
  const name = displayName(contact);
  return contact.company && contact.company !== name ? `${name} · ${contact.company}` : name;
}
