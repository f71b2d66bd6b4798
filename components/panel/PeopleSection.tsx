import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../lib/db/instance';
import { addTarget, addTargets, deleteTarget, listTargets, restoreTarget, updateTarget } from '../../lib/db/targets';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/i18n/plural';
import type { Guest } from '../../lib/calendars/types';
import type { Target, TargetStatus } from '../../lib/model/records';
import { newPeopleFromGuests } from '../../lib/prep/guests';
import { useErrorMessage } from '../useErrorMessage';
import type { OfferUndo } from './offer-undo';
import { usePendingValue } from '../usePendingValue';
import { ErrorMessage } from '../ErrorMessage';
import { byUser } from './by-user';

const STATUS_LABEL = { planned: 'statusPlanned', met: 'statusMet', missed: 'statusMissed' } as const;

function PersonItem({ person, onRemove }: { person: Target; onRemove: () => void }) {
  const { error, run } = useErrorMessage();
  const [askHost, setAskHost] = usePendingValue(person.askHost, person.updatedAt, (askHost: boolean) =>
    updateTarget(db, person.id, { askHost }),
  );
  const [status, setStatus] = usePendingValue(person.status, person.updatedAt, (status: TargetStatus) =>
    updateTarget(db, person.id, { status }),
  );
  return (
    <li className="person">
      <div className="grow">
        <strong>{person.name}</strong>
        {person.company && <span className="muted"> · {person.company}</span>}
        {person.contactId && <span className="badge"> {t('personKnown')}</span>}
        {person.why && <div className="muted small">{person.why}</div>}
        <label className="small">
          <input type="checkbox" checked={askHost} onChange={(e) => void run(() => setAskHost(e.target.checked))} />{' '}
          {t('personAskHost')}
        </label>
      </div>
      <select
        aria-label={t('personStatus', person.name)}
        value={status}
        onChange={(e) => void run(() => setStatus(e.target.value as TargetStatus))}
      >
        {(Object.keys(STATUS_LABEL) as TargetStatus[]).map((s) => (
          <option key={s} value={s}>
            {t(STATUS_LABEL[s])}
          </option>
        ))}
      </select>
      <button type="button" className="icon" aria-label={t('personDelete', person.name)} onClick={byUser(onRemove)}>
        ✕
      </button>
      <ErrorMessage error={error} />
    </li>
  );
}

/**
 * People to meet at one event: import the guests, add by hand, flag for the host's introduction;
 * removing one takes the user's own click (byUser) and offers undo.
 */
export function PeopleSection({
  eventId,
  guests,
  self,
  offerUndo,
}: {
  eventId: string;
  guests: Guest[];
  self?: string;
  offerUndo: OfferUndo;
}) {
  const people = useLiveQuery(() => listTargets(db, eventId), [eventId]);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [company, setCompany] = useState('');
  const [why, setWhy] = useState('');
  const [askHost, setAskHost] = useState(false);
  const [status, setStatus] = useState<string>();
  const { error, run } = useErrorMessage();

  const importable = people ? newPeopleFromGuests(guests, people, self) : [];

  const importGuests = () =>
    void run(async () => {
      const added = await addTargets(
        db,
        importable.map((p) => ({ ...p, eventId })),
      );
      setStatus(
        added.length
          ? plural(added.length, { one: 'peopleImportedOne', other: 'peopleImported' })
          : t('peopleNothingToImport'),
      );
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void run(async () => {
      await addTarget(db, {
        eventId,
        name,
        email: email || undefined,
        company: company.trim() || undefined,
        why: why.trim() || undefined,
        askHost,
      });
      setName('');
      setEmail('');
      setCompany('');
      setWhy('');
      setAskHost(false);
    });
  };

  const remove = (person: Target) =>
    void run(async () => {
      await deleteTarget(db, person.id);
      offerUndo('personDeleted', () => restoreTarget(db, person));
    });

  const askList = people?.filter((p) => p.askHost) ?? [];

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
      {guests.length > 0 && (
        <button type="button" onClick={importGuests} disabled={!people || importable.length === 0}>
          {t('peopleImport', String(importable.length))}
        </button>
      )}
      {status && (
        <p className="muted" role="status">
          {status}
        </p>
      )}
      {people?.length === 0 && <p className="empty">{t('peopleEmpty')}</p>}
      <ul className="plain" data-testid="people-list">
        {people?.map((p) => (
          <PersonItem key={p.id} person={p} onRemove={() => remove(p)} />
        ))}
      </ul>
      <form className="stack" onSubmit={submit} aria-label={t('personAdd')}>
        <div className="row">
          <input
            aria-label={t('personName')}
            placeholder={t('personName')}
            className="grow"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
          <input
            aria-label={t('personCompany')}
            placeholder={t('personCompany')}
            className="grow"
            value={company}
            maxLength={200}
            onChange={(e) => setCompany(e.target.value)}
          />
        </div>
        <div className="row">
          <input
            aria-label={t('personEmail')}
            placeholder={t('personEmail')}
            type="email"
            className="grow"
            value={email}
            maxLength={300}
            onChange={(e) => setEmail(e.target.value)}
          />
          <input
            aria-label={t('personWhy')}
            placeholder={t('personWhy')}
            className="grow"
            value={why}
            maxLength={300}
            onChange={(e) => setWhy(e.target.value)}
          />
        </div>
        <div className="row">
          <label className="grow small">
            <input type="checkbox" checked={askHost} onChange={(e) => setAskHost(e.target.checked)} />{' '}
            {t('personAskHost')}
          </label>
          <button type="submit" className="primary">
            {t('personAdd')}
          </button>
        </div>
      </form>
      <h3 id="ask-host-heading">{t('askHostHeading')}</h3>
      {askList.length === 0 ? (
        <p className="empty small">{t('askHostEmpty')}</p>
      ) : (
        <ul aria-labelledby="ask-host-heading" data-testid="ask-host-list">
          {askList.map((p) => (
            <li key={p.id}>{p.company ? `${p.name} (${p.company})` : p.name}</li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
