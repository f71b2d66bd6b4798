// Public contract (docs/method.md): outside tests import this module by path; keep its exports.
import type { ContactInput } from '../model/contact';
import { type LegacyContactFields, upgradeContact } from '../model/contact-upgrade';
import { vCardLines } from './card';
import { foldContentLine } from '../text/content-line';

/**
 * vCard 4.0 (RFC 6350) text of the contacts: one card each, folded lines,
 * CRLF. Contacts of the old model (single e-mail, phone, …) are upgraded first.
 */
export function contactsToVCard(contacts: readonly (Partial<ContactInput> & LegacyContactFields)[]): string {
  return contacts
    .map((contact) =>
      vCardLines(upgradeContact(contact))
        .map((line) => `${foldContentLine(line)}\r\n`)
        .join(''),
    )
    .join('');
}
