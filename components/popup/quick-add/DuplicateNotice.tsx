import type { Ref } from 'react';
import type { Duplicate, DuplicateReason } from '../../../lib/contacts/duplicates';
import { nameWithCompany } from '../../../lib/contacts/names';
import { t, type MessageKey } from '../../../lib/i18n';

const REASONS: Record<DuplicateReason, MessageKey> = {
  email: 'qaDuplicateEmail',
  phone: 'qaDuplicatePhone',
  name: 'qaDuplicateName',
};

interface Props {
  duplicates: Duplicate[];
  firstAction: Ref<HTMLButtonElement>;
  onOpen: (id: string) => void;
  onMerge: (id: string) => void;
  onSaveAnyway: () => void;
}

/** "Anna Berger is already in your contacts": open or merge the stored one, or save a new one. */
export function DuplicateNotice({ duplicates, firstAction, onOpen, onMerge, onSaveAnyway }: Props) {
  return (
    <div className="notice" role="alert" data-testid="qa-duplicate">
      {duplicates.map(({ contact, reason }, i) => (
        <div key={contact.id}>
          <p>{t(REASONS[reason], nameWithCompany(contact))}</p>
          <div className="row">
            <button
              type="button"
              ref={i === 0 ? firstAction : undefined}
              className="primary"
              onClick={() => onMerge(contact.id)}
            >
              {t('qaDuplicateMerge')}
            </button>
            <button type="button" onClick={() => onOpen(contact.id)}>
              {t('qaDuplicateOpen')}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="link" onClick={onSaveAnyway}>
        {t('qaDuplicateSaveAnyway')}
      </button>
    </div>
  );
}
