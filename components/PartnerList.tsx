import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../lib/db/instance';
import { addPartner, deletePartner, listPartners, restorePartner } from '../lib/db/partners';
import { t } from '../lib/i18n';
import { useErrorMessage } from './useErrorMessage';
import { useUndo } from './useUndo';
import { ErrorMessage } from './ErrorMessage';

/** The user's network partners and whom they look for: add, remove with undo. */
export function PartnerList() {
  const partners = useLiveQuery(() => listPartners(db));
  const [name, setName] = useState('');
  const [lookingFor, setLookingFor] = useState('');
  const { error, run } = useErrorMessage();
  const undo = useUndo();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void run(async () => {
      await addPartner(db, name, lookingFor);
      setName('');
      setLookingFor('');
    });
  };

  const remove = (id: string) =>
    run(async () => {
      const partner = await deletePartner(db, id);
      if (partner) undo.offer('partnerDeleted', () => restorePartner(db, partner));
    });

  return (
    <section aria-labelledby="partners-heading">
      <h2 id="partners-heading">{t('partnersHeading')}</h2>
      <p className="muted">{t('partnersIntro')}</p>
      {partners?.length === 0 && <p className="empty">{t('partnersEmpty')}</p>}
      <ul className="plain" data-testid="partner-list">
        {partners?.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>
            <span className="grow muted">{p.lookingFor}</span>
            <button
              type="button"
              className="icon"
              aria-label={`${t('partnerDelete')}: ${p.name}`}
              onClick={() => void remove(p.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={submit}>
        <label className="grow">
          <span className="visually-hidden">{t('partnerName')}</span>
          <input
            value={name}
            maxLength={200}
            placeholder={t('partnerName')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="grow">
          <span className="visually-hidden">{t('partnerLookingFor')}</span>
          <input
            value={lookingFor}
            maxLength={500}
            placeholder={t('partnerLookingFor')}
            onChange={(e) => setLookingFor(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t('partnerAdd')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {undo.toast}
    </section>
  );
}
