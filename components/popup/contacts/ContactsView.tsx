import { useCallback, useState } from 'react';
import { restoreContact } from '../../../lib/db/contacts';
import { db } from '../../../lib/db/instance';
import type { Contact } from '../../../lib/model/contact';
import { announceFollowUpChange } from '../../follow-ups-changed';
import { useUndo } from '../../useUndo';
import type { Navigate } from '../route';
import { ContactEditor } from './ContactEditor';
import { ContactSearch, type SearchState } from './ContactSearch';

/** Search and filter the contacts, open one to edit or delete it (with undo). */
export function ContactsView({ contactId, navigate }: { contactId?: string; navigate: Navigate }) {
  // Kept here so the search survives opening a contact and coming back.
  const [search, setSearch] = useState<SearchState>({ query: '', eventId: '', dueOnly: false });
  const undo = useUndo();
  const back = () => navigate({ tab: 'contacts' });
  const open = useCallback((id: string) => navigate({ tab: 'contacts', id }), [navigate]);
  const deleted = (contact: Contact) => {
    undo.offer('contactsDeleted', () => restoreContact(db, contact).then(announceFollowUpChange));
    back();
  };
  return (
    <>
      {contactId ? (
        <ContactEditor key={contactId} id={contactId} onBack={back} onDeleted={deleted} />
      ) : (
        <ContactSearch state={search} onChange={setSearch} onOpen={open} />
      )}
      {undo.toast}
    </>
  );
}
