import { useState } from 'react';
import { eraseEverything } from '../../lib/db/backup';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import { useErrorMessage } from '../useErrorMessage';
import { ConfirmDialog } from './ConfirmDialog';
import { announceFollowUpChange } from '../follow-ups-changed';
import { ErrorMessage } from '../ErrorMessage';

/** Erase every table, after the user typed the confirmation word. */
export function EraseSection() {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const { error, run } = useErrorMessage();

  const erase = () =>
    run(async () => {
      setAsking(false);
      await eraseEverything(db);
      await announceFollowUpChange();
      setDone(true);
    });

  return (
    <div className="data-form">
      <p className="muted">{t('dataEraseIntro')}</p>
      <div className="row">
        <button
          type="button"
          className="danger"
          onClick={() => {
            setDone(false);
            setAsking(true);
          }}
        >
          {t('dataEraseButton')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('dataEraseConfirmTitle')}
          confirmLabel={t('dataEraseConfirm')}
          word={t('dataEraseWord')}
          onConfirm={() => void erase()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('dataEraseIntro')}</p>
        </ConfirmDialog>
      )}
      {done && (
        <p className="status" role="status">
          {t('dataEraseDone')}
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
