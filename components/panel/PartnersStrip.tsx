import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/instance';
import { listPartners } from '../../lib/db/partners';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import { ErrorMessage } from '../ErrorMessage';
import { useErrorMessage } from '../useErrorMessage';

/** The user's network partners and whom they look for, compact, to spot fits while talking. */
export function PartnersStrip() {
  const partners = useLiveQuery(() => listPartners(db));
  const { error, run } = useErrorMessage();
  return (
    <section aria-labelledby="partners-strip-heading">
      <h2 id="partners-strip-heading">{t('partnersStripHeading')}</h2>
      {partners?.length === 0 && (
        <p className="empty small">
          {t('partnersStripEmpty')}{' '}
          <button
            type="button"
            className="link"
            onClick={() => void run(() => sendMessage('page:open', { page: 'options' }))}
          >
            {t('openSettings')}
          </button>
        </p>
      )}
      <dl className="partners" data-testid="partners-strip">
        {partners?.map((p) => (
          <div key={p.id}>
            <dt>{p.name}</dt>
            <dd>{p.lookingFor || '—'}</dd>
          </div>
        ))}
      </dl>
      <ErrorMessage error={error} />
    </section>
  );
}
