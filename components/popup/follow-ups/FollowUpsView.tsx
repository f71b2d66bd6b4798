import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { nameWithCompany } from '../../../lib/contacts/names';
import { isFollowUpDue } from '../../../lib/contacts/search';
import { listOpenFollowUps, setFollowUpStatus } from '../../../lib/db/contacts';
import { db } from '../../../lib/db/instance';
import { t } from '../../../lib/i18n';
import type { Contact } from '../../../lib/model/contact';
import { announceFollowUpChange } from '../../follow-ups-changed';
import { useUndo } from '../../useUndo';
import { formatDate } from '../../../lib/i18n/format-date';
import type { Navigate } from '../route';
import { FollowUpActions } from './FollowUpActions';

function FollowUpItem({
  contact,
  when,
  onOpen,
  onDone,
}: {
  contact: Contact;
  when: string;
  onOpen: () => void;
  onDone: (c: Contact) => void;
}) {
  return (
    <li className="follow-up" data-testid="follow-up-item">
      <button type="button" className="link name" onClick={onOpen}>
        {nameWithCompany(contact)}
      </button>
      <span className="muted small">{t('followUpDueAt', when)}</span>
      {contact.followUpContext && <p className="small">{contact.followUpContext}</p>}
      {contact.followUpPromise && <p className="small muted">{contact.followUpPromise}</p>}
      <FollowUpActions contact={contact} onDone={onDone} />
    </li>
  );
}

/** Open follow-ups: those due now first, then the coming ones; each with its actions. */
export function FollowUpsView({ navigate }: { navigate: Navigate }) {
  const [now] = useState(() => new Date().toISOString());
  const open = useLiveQuery(() => listOpenFollowUps(db));
  const undo = useUndo();
  const done = (contact: Contact) =>
    undo.offer('followUpMarkedDone', () => setFollowUpStatus(db, contact.id, 'open').then(announceFollowUpChange));
  const list = (contacts: Contact[], testId: string) => (
    <ul className="plain" data-testid={testId}>
      {contacts.map((c) => (
        <FollowUpItem
          key={c.id}
          contact={c}
          when={formatDate(c.followUpDue ?? '')}
          onOpen={() => navigate({ tab: 'contacts', id: c.id })}
          onDone={done}
        />
      ))}
    </ul>
  );
  if (!open) return null;
  const due = open.filter((c) => isFollowUpDue(c, now));
  const upcoming = open.filter((c) => !isFollowUpDue(c, now));
  return (
    <>
      {open.length === 0 && <p className="empty">{t('followUpEmpty')}</p>}
      {due.length > 0 && <h2>{t('followUpDueHeading')}</h2>}
      {list(due, 'follow-ups-due')}
      {upcoming.length > 0 && <h2>{t('followUpUpcomingHeading')}</h2>}
      {list(upcoming, 'follow-ups-upcoming')}
      {undo.toast}
    </>
  );
}
