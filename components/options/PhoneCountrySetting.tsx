import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { getCountries } from 'libphonenumber-js/min';
import { browserPhoneCountry } from '../../lib/db/browser-country';
import { setPhoneCountry } from '../../lib/db/phone-country';
import { db } from '../../lib/db/instance';
import { getSettings } from '../../lib/db/settings';
import { t, uiLocale } from '../../lib/i18n';
import { useErrorMessage } from '../useErrorMessage';
import { ErrorMessage } from '../ErrorMessage';

/** The country for phone numbers typed without "+": from the browser's language, or the user's pick. */
export function PhoneCountrySetting() {
  const id = useId();
  const settings = useLiveQuery(() => getSettings(db));
  const { error, run } = useErrorMessage();
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([uiLocale()], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, uiLocale()));
  }, []);
  const fromBrowser = browserPhoneCountry();
  const browserName = countries.find((c) => c.code === fromBrowser)?.name;
  if (!settings) return null;
  return (
    <p>
      <label htmlFor={id}>{t('settingsPhoneCountry')}</label>{' '}
      <select
        id={id}
        data-testid="phone-country"
        value={settings.phoneCountry}
        onChange={(e) => void run(() => setPhoneCountry(db, e.target.value))}
      >
        <option value="">
          {browserName ? t('settingsPhoneCountryAuto', browserName) : t('settingsPhoneCountryAutoNone')}
        </option>
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      <br />
      <span className="muted small">{t('settingsPhoneCountryHint')}</span>
      <ErrorMessage error={error} />
    </p>
  );
}
