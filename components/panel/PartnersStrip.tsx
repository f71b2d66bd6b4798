import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/instance';
import { listPartners } from '../../lib/db/partners';
import { t } from '../../lib/i18n';

/** The user's network partners and whom they look for, compact, to spot fits while talking. */
export function PartnersStrip() {
  const partners = useLiveQuery(() => listPartners(db));
  return (
    <section aria-labelledby="partners-strip-heading">
      <h2 id="partners-strip-heading">{t('partnersStripHeading')}</h2>
      {partners?.length === 0 && (
        <p className="empty small">
          {t('partnersStripEmpty')}{' '}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
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
    </section>
  );
}
