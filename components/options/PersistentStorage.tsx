import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import { ErrorMessage } from '../ErrorMessage';
import { useErrorMessage } from '../useErrorMessage';

/** `undefined` while asking, `null` where the browser has no such thing. */
type Granted = boolean | null | undefined;

async function isPersisted(): Promise<boolean | null> {
  if (!navigator.storage?.persisted) return null;
  return navigator.storage.persisted();
}

/**
 * Whether the browser promised to keep our data under storage pressure (persistent storage), and
 * the way to ask for it. The options are a page of their own, the place to ask; never the panel.
 */
export function PersistentStorage() {
  const [granted, setGranted] = useState<Granted>();
  const { error, run } = useErrorMessage();
  useEffect(() => {
    let live = true;
    isPersisted().then(
      (value) => live && setGranted(value),
      () => live && setGranted(null),
    );
    return () => {
      live = false;
    };
  }, []);
  if (granted === undefined) return null;
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <p data-testid="storage-persisted" aria-live="polite">
        {granted === null ? t('storageUnknown') : granted ? t('storageGranted') : t('storageNotGranted')}
      </p>
      {granted === false && (
        <button type="button" onClick={() => void run(async () => setGranted(await requestPersistentStorage()))}>
          {t('storageAsk')}
        </button>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
