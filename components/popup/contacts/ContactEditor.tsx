import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { invalidEmails } from '../../../lib/contacts/email';
import { displayName } from '../../../lib/contacts/names';
import { deleteContact, getContact, updateContact } from '../../../lib/db/contacts';
import { db } from '../../../lib/db/instance';
import { t } from '../../../lib/i18n';
import type { Contact, ContactData } from '../../../lib/model/contact';
import { useErrorMessage } from '../../useErrorMessage';
import { ContactFields } from '../ContactFields';
import { ContactPhotos } from './ContactPhotos';
import { FollowUpActions } from '../follow-ups/FollowUpActions';
import { announceFollowUpChange } from '../../follow-ups-changed';
import { ErrorMessage } from '../../ErrorMessage';

type Props = { onBack: () => void; onDeleted: (contact: Contact) => void };

function EditForm({ contact, onBack, onDeleted }: Props & { contact: Contact }) {
  // Only what the user changed is written: the follow-up actions may change the contact meanwhile.
  const [changes, setChanges] = useState<Partial<ContactData>>({});
  const [saved, setSaved] = useState(false);
  const { error, run } = useErrorMessage();
  const change = (more: Partial<ContactData>) => {
    setChanges((c) => ({ ...c, ...more }));
    setSaved(false);
  };
  const save = () =>
    run(async () => {
      const [invalid] = invalidEmails(changes.emails ?? []);
      if (invalid !== undefined) throw new Error(t('qaEmailInvalid', invalid));
      await updateContact(db, contact.id, changes);
      setChanges({});
      setSaved(true);
      await announceFollowUpChange();
    });
  const remove = () =>
    run(async () => {
      const removed = await deleteContact(db, contact.id);
      if (removed) onDeleted(removed);
      await announceFollowUpChange();
    });
  return (
    <form
      className="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 data-testid="contact-name">{displayName(contact)}</h2>
      {contact.metAt && <p className="muted small">{contact.metAt}</p>}
      <ContactPhotos contactId={contact.id} />
      {contact.followUpDue && contact.followUpStatus !== 'done' && <FollowUpActions contact={contact} />}
      <ContactFields value={{ ...contact, ...changes }} onChange={change} />
      <div className="row">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onBack}>
          {t('contactsBack')}
        </button>
        <span className="grow" />
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('contactsDelete')}
        </button>
      </div>
      {saved && (
        <p className="small" role="status">
          {t('contactsSaved')}
        </p>
      )}
      <ErrorMessage error={error} />
    </form>
  );
}

/** One contact to edit, with its follow-up actions; delete hands the contact up for undo. */
export function ContactEditor({ id, ...props }: Props & { id: string }) {
  // `null` once loaded and missing, `undefined` while loading.
  const contact = useLiveQuery(async () => (await getContact(db, id)) ?? null, [id]);
  if (contact === undefined) return null;
  if (contact === null) {
    return (
      <>
        <p className="empty">{t('contactsMissing')}</p>
        <button type="button" onClick={props.onBack}>
          {t('contactsBack')}
        </button>
      </>
    );
  }
  return <EditForm contact={contact} {...props} />;
}
