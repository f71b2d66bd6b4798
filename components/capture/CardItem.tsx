import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { CARD_TEXT_FIELDS, type CardField } from '../../lib/capture/card-contact';
import { findDuplicateContacts } from '../../lib/db/contacts';
import { db } from '../../lib/db/instance';
import { t, type MessageKey } from '../../lib/i18n';
import type { ContactData } from '../../lib/model/contact';
import { ContactListFields } from '../popup/ContactListFields';
import { DuplicateNotice } from '../popup/quick-add/DuplicateNotice';
import type { Card } from './useCardQueue';

const LABELS: Record<CardField, MessageKey> = {
  prefix: 'qaFieldPrefix',
  firstName: 'qaFieldFirstName',
  lastName: 'qaFieldLastName',
  company: 'qaFieldCompany',
  department: 'qaFieldDepartment',
  jobTitle: 'qaFieldJobTitle',
  emails: 'qaFieldEmails',
  phones: 'qaFieldPhones',
  websites: 'qaFieldWebsites',
  address: 'qaFieldAddresses',
};

interface Props {
  card: Card;
  onChange: (changes: Partial<ContactData>) => void;
  onKeepPhoto: (keep: boolean) => void;
  onCancel: () => void;
  onRetry: () => void;
  onRemove: () => void;
  onMerge: (id: string) => void;
  onSaveAnyway: () => void;
  onOpen: (id: string) => void;
}

/** One card: its photo, the fields read (the uncertain ones marked), editable before saving. */
export function CardItem({ card, onChange, onKeepPhoto, onCancel, onRetry, onRemove, ...dup }: Props) {
  const { contact, uncertain, status } = card;
  const firstAction = useRef<HTMLButtonElement>(null);
  const { firstName, lastName, company, emails, phones } = contact;
  const identity = JSON.stringify([firstName, lastName, company, emails, phones]);
  const duplicates = useLiveQuery(
    () => (status === 'saved' ? [] : findDuplicateContacts(db, { firstName, lastName, company, emails, phones })),
    [identity, status],
  );
  const busy = status === 'waiting' || status === 'reading';
  const uncertainLists = uncertain.filter((f) => !(CARD_TEXT_FIELDS as readonly string[]).includes(f));

  return (
    <li className="card" data-testid="capture-card" data-status={status} aria-busy={busy}>
      <img className="card-photo" src={card.url} alt={t('captureCardPhoto')} />
      <div className="card-body">
        {busy && (
          <div className="row small">
            <progress
              className="grow"
              data-testid="capture-progress"
              max={1}
              value={card.progress}
              aria-label={t('captureReading')}
            />
            <button type="button" onClick={onCancel} data-testid="capture-cancel">
              {t('captureCancel')}
            </button>
          </div>
        )}
        {(status === 'cancelled' || status === 'failed') && (
          <p className="muted small" role="status">
            {t(status === 'failed' ? 'captureFailed' : 'captureCancelled')}{' '}
            <button type="button" className="link" onClick={onRetry}>
              {t('captureRetry')}
            </button>
          </p>
        )}
        {status === 'saved' ? (
          <p role="status" data-testid="capture-outcome">
            {card.outcome}
          </p>
        ) : (
          !busy && (
            <>
              {uncertain.length > 0 && <p className="small uncertain-hint">{t('captureCheckMarked')}</p>}
              <div className="fields">
                {CARD_TEXT_FIELDS.map((field) => (
                  <label key={field} className={`field${uncertain.includes(field) ? ' uncertain' : ''}`}>
                    <span>{t(LABELS[field])}</span>
                    <input
                      type="text"
                      data-field={field}
                      data-uncertain={uncertain.includes(field) || undefined}
                      value={contact[field] ?? ''}
                      maxLength={500}
                      onChange={(e) => onChange({ [field]: e.target.value })}
                    />
                  </label>
                ))}
              </div>
              {uncertainLists.length > 0 && (
                <p className="small uncertain-hint" data-testid="capture-uncertain-lists">
                  {t('captureCheckLists', uncertainLists.map((f) => t(LABELS[f])).join(', '))}
                </p>
              )}
              <div className="fields">
                <ContactListFields value={contact} onChange={onChange} />
              </div>
              <label className="check small">
                <input
                  type="checkbox"
                  data-testid="capture-keep-photo"
                  checked={card.keepPhoto}
                  onChange={(e) => onKeepPhoto(e.target.checked)}
                />{' '}
                {t('captureKeepPhoto')}
              </label>
              {duplicates && duplicates.length > 0 && (
                <DuplicateNotice
                  duplicates={duplicates}
                  firstAction={firstAction}
                  onOpen={dup.onOpen}
                  onMerge={dup.onMerge}
                  onSaveAnyway={dup.onSaveAnyway}
                />
              )}
            </>
          )
        )}
        {status !== 'saved' && (
          <button type="button" className="link small" onClick={onRemove}>
            {t('captureRemove')}
          </button>
        )}
      </div>
    </li>
  );
}
