import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/instance';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { t } from '../../lib/i18n';
import { ErrorMessage } from '../ErrorMessage';
import { useErrorMessage } from '../useErrorMessage';
import { usePendingValue } from '../usePendingValue';

function PrivateWindowsBox({ stored }: { stored: boolean }) {
  const { error, run } = useErrorMessage();
  // Ticked at once, before the write comes back through the live query.
  const [checked, save] = usePendingValue(stored, String(stored), (privateWindows: boolean) =>
    updateSettings(db, { privateWindows }),
  );
  return (
    <>
      <p>
        <label className="row">
          <input type="checkbox" checked={checked} onChange={(e) => void run(() => save(e.target.checked))} />
          <span>{t('privateWindowsLabel')}</span>
        </label>
      </p>
      <ErrorMessage error={error} />
    </>
  );
}

/**
 * Whether events opened in a private window are prepared (and so stored). Off until the user says
 * so; the browser must also let the extension run in private windows, which is its own switch.
 */
export function PrivateWindowsSetting() {
  const settings = useLiveQuery(() => getSettings(db));
  return (
    <section aria-labelledby="private-windows-heading">
      <h2 id="private-windows-heading">{t('privateWindowsHeading')}</h2>
      {settings && <PrivateWindowsBox stored={settings.privateWindows} />}
      <p className="muted">{t('privateWindowsHint')}</p>
    </section>
  );
}
