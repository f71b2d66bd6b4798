import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { nameWithCompany } from '../../../lib/contacts/names';
import { buildSearchIndex, searchContacts } from '../../../lib/contacts/search';
import { listAllContacts } from '../../../lib/db/contacts';
import { listEvents } from '../../../lib/db/events';
import { db } from '../../../lib/db/instance';
import { t } from '../../../lib/i18n';
import type { Contact } from '../../../lib/model/contact';

// More rows would not fit the popup and would slow every keystroke down.
const MAX_ROWS = 50;

export interface SearchState {
  query: string;
  /** "" for every event. */
  eventId: string;
  dueOnly: boolean;
}

/** One result; memoised, so a keystroke re-renders only the rows that changed. */
const ContactRow = memo(function ContactRow({ contact, onOpen }: { contact: Contact; onOpen: (id: string) => void }) {
  return (
    <li>
      <button
        type="button"
        className="row-button"
        aria-label={t('contactsEdit', nameWithCompany(contact))}
        onClick={() => onOpen(contact.id)}
      >
        <span className="name">{nameWithCompany(contact)}</span>
        {(contact.emails[0] ?? contact.phones[0]) && (
          <span className="muted small">{(contact.emails[0] ?? contact.phones[0])?.value}</span>
        )}
      </button>
    </li>
  );
});

/** Search as you type over name, company, e-mail and tags; filter by event and by due follow-up. */
export function ContactSearch({
  state,
  onChange,
  onOpen,
}: {
  state: SearchState;
  onChange: (s: SearchState) => void;
  onOpen: (id: string) => void;
}) {
  const [now] = useState(() => new Date().toISOString());
  const contacts = useLiveQuery(() => listAllContacts(db));
  const events = useLiveQuery(() => listEvents(db));
  const index = useMemo(() => buildSearchIndex(contacts ?? []), [contacts]);
  const metAt = useMemo(() => new Set(contacts?.map((c) => c.eventId)), [contacts]);
  const result = useMemo(
    () =>
      searchContacts(
        index,
        { query: state.query, eventId: state.eventId || undefined, dueBy: state.dueOnly ? now : undefined },
        MAX_ROWS,
      ),
    [index, state, now],
  );
  const set = (changes: Partial<SearchState>) => onChange({ ...state, ...changes });

  return (
    <section className="contacts">
      <label className="visually-hidden" htmlFor="contacts-search">
        {t('contactsSearch')}
      </label>
      <input
        id="contacts-search"
        data-testid="contacts-search"
        type="search"
        className="line"
        autoFocus
        autoComplete="off"
        placeholder={t('contactsSearchPlaceholder')}
        value={state.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <div className="row small filters">
        <label className="row grow">
          <span>{t('contactsFilterEvent')}</span>
          <select className="grow" value={state.eventId} onChange={(e) => set({ eventId: e.target.value })}>
            <option value="">{t('contactsFilterAllEvents')}</option>
            {events
              ?.filter((e) => metAt.has(e.id))
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={state.dueOnly} onChange={(e) => set({ dueOnly: e.target.checked })} />{' '}
          {t('contactsFilterDue')}
        </label>
      </div>
      {contacts?.length === 0 && <p className="empty">{t('contactsEmpty')}</p>}
      {contacts && contacts.length > 0 && result.total === 0 && <p className="empty">{t('contactsNoMatch')}</p>}
      <ul className="plain results" data-testid="contacts-results">
        {result.contacts.map((c) => (
          <ContactRow key={c.id} contact={c} onOpen={onOpen} />
        ))}
      </ul>
      {result.total > result.contacts.length && (
        <p className="muted small">{t('contactsShowing', [String(result.contacts.length), String(result.total)])}</p>
      )}
    </section>
  );
}
