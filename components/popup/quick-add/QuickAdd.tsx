import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { findDuplicateContacts, addMetContact, mergeIntoContact } from '../../../lib/db/contacts';
import { getSettings } from '../../../lib/db/settings';
import { db } from '../../../lib/db/instance';
import { contextLine, followUpDueFor } from '../../../lib/contacts/follow-up';
import { invalidEmails } from '../../../lib/contacts/email';
import { displayName } from '../../../lib/contacts/names';
import { identifiesSomeone, newContact } from '../../../lib/contacts/new-contact';
import { t } from '../../../lib/i18n';
import type { ContactData } from '../../../lib/model/contact';
import type { Target } from '../../../lib/model/records';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { eventEnd } from '../../../lib/prep/format-when';
import { readQuickAdd } from '../../../lib/quick-add';
import { useErrorMessage } from '../../useErrorMessage';
import { ContactFields } from '../ContactFields';
import { ScanCardsLink } from '../ScanCardsLink';
import { announceFollowUpChange } from '../../follow-ups-changed';
import type { Navigate } from '../route';
import { AskHostPicks } from './AskHostPicks';
import { DuplicateNotice } from './DuplicateNotice';
import { EventSelect } from './EventSelect';
import { ParsedPreview } from './ParsedPreview';
import { useQuickAddEvent } from './useQuickAddEvent';
import { ErrorMessage } from '../../ErrorMessage';

/** One line to capture a contact in seconds (Enter saves), the full form behind "more fields". */
export function QuickAdd({ navigate }: { navigate: Navigate }) {
  const [line, setLine] = useState('');
  const [overrides, setOverrides] = useState<Partial<ContactData>>({});
  const [picked, setPicked] = useState<Target>();
  const [more, setMore] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const firstDuplicateAction = useRef<HTMLButtonElement>(null);
  const { error, run } = useErrorMessage();
  const settings = useLiveQuery(() => getSettings(db)) ?? DEFAULT_SETTINGS;
  const { event, eventId, choices, choose, askHost } = useQuickAddEvent();

  const parsed = useMemo(() => readQuickAdd(line), [line]);
  const contact = newContact(parsed, {
    eventId: event?.id,
    metAt: event?.title,
    introducedBy: picked ? event?.host : undefined,
    followUpDue: followUpDueFor(event && eventEnd(event), new Date(), settings).toISOString(),
    followUpStatus: 'open',
    followUpContext: contextLine(event?.title, undefined),
    ...overrides,
  });
  const { firstName, lastName, company, emails, phones } = contact;
  // The lists are new objects on every render: the query re-runs only when their text changes.
  const identity = JSON.stringify([firstName, lastName, company, emails, phones]);
  const duplicates = useLiveQuery(
    () => findDuplicateContacts(db, { firstName, lastName, company, emails, phones }),
    [identity],
  );

  const finish = (message: string) => {
    setLine('');
    setOverrides({});
    setPicked(undefined);
    setFormKey((k) => k + 1);
    setSaved(message);
    input.current?.focus();
  };
  const save = () =>
    run(async () => {
      const [invalid] = invalidEmails(contact.emails);
      if (invalid !== undefined) throw new Error(t('qaEmailInvalid', invalid));
      const stored = await addMetContact(db, contact, picked?.id);
      finish(t('qaSaved', displayName(stored)));
      await announceFollowUpChange();
    });
  const merge = (id: string) =>
    run(async () => {
      const merged = await mergeIntoContact(db, id, contact);
      finish(t('qaMerged', displayName(merged)));
      await announceFollowUpChange();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!identifiesSomeone(contact)) {
      setSaved(t('qaNothingToSave'));
      return;
    }
    if (duplicates?.length) firstDuplicateAction.current?.focus();
    else void save();
  };
  const pick = (person: Target) => {
    setPicked(person);
    setLine([person.name, person.company, person.email].filter(Boolean).join(', '));
    input.current?.focus();
  };

  return (
    <form onSubmit={submit} className="quick-add" aria-describedby="qa-hint">
      <label htmlFor="qa-line" className="label">
        {t('qaLabel')}
      </label>
      <input
        id="qa-line"
        ref={input}
        data-testid="qa-input"
        className="line"
        autoFocus
        autoComplete="off"
        maxLength={2000}
        value={line}
        placeholder={t('qaPlaceholder')}
        onChange={(e) => {
          setLine(e.target.value);
          setSaved(undefined);
        }}
      />
      <p id="qa-hint" className="muted small">
        {t('qaHint')}
      </p>
      {!more && <ParsedPreview fields={parsed} />}
      {duplicates && duplicates.length > 0 && (
        <DuplicateNotice
          duplicates={duplicates}
          firstAction={firstDuplicateAction}
          onOpen={(id) => navigate({ tab: 'contacts', id })}
          onMerge={(id) => void merge(id)}
          onSaveAnyway={() => void save()}
        />
      )}
      <EventSelect events={choices} value={eventId} onChange={choose} />
      <AskHostPicks people={askHost} onPick={pick} />
      <ScanCardsLink />
      <button type="button" className="disclosure" aria-expanded={more} onClick={() => setMore((m) => !m)}>
        {t('qaMore')}
      </button>
      {more && (
        <ContactFields
          key={formKey}
          value={contact}
          onChange={(changes) => setOverrides((o) => ({ ...o, ...changes }))}
        />
      )}
      <div className="row">
        <button type="submit" className="primary">
          {t('qaSave')}
        </button>
        {saved && (
          <span className="grow small" role="status" data-testid="qa-status">
            {saved}
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
