import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/instance';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { t } from '../../lib/i18n';
import { ErrorMessage } from '../ErrorMessage';
import { useErrorMessage } from '../useErrorMessage';

/**
 * Whether events opened in a private window are prepared (and so stored). Off until the user says
 * so; the browser must also let the extension run in private windows, which is its own switch.
 */
export function PrivateWindowsSetting() {
  const settings = useLiveQuery(() => getSettings(db));
  const { error, run } = useErrorMessage();
  return (
    <section aria-labelledby="private-windows-heading">
      <h2 id="private-windows-heading">{t('privateWindowsHeading')}</h2>
      {settings && (
        <p>
          <label className="row">
            <input
              type="checkbox"
              checked={settings.privateWindows}
              onChange={(e) => void run(() => updateSettings(db, { privateWindows: e.target.checked }))}
            />
            <span>{t('privateWindowsLabel')}</span>
          </label>
        </p>
      )}
      <p className="muted">{t('privateWindowsHint')}</p>
      <ErrorMessage error={error} />
    </section>
  );
}
