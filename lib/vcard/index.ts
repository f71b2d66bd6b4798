import type { ContactInput } from '../model/contact';
import { cardLines } from './card';
import { fold } from './fold';

/** vCard 4.0 (RFC 6350) text of the contacts: one card each, folded lines, CRLF. */
export function contactsToVCard(contacts: ContactInput[]): string {
  return contacts
    .map((contact) =>
      cardLines(contact)
        .map((line) => `${fold(line)}\r\n`)
        .join(''),
    )
    .join('');
}
