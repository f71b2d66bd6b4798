import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FOLLOW_UP_HOURS } from '../../lib/data/settings-schema';
import { db } from '../../lib/db/instance';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/model/settings';
import { useErrorMessage } from '../useErrorMessage';
import { ErrorMessage } from '../ErrorMessage';
import { PhoneCountrySetting } from './PhoneCountrySetting';

const { min: MIN_HOURS, max: MAX_HOURS } = FOLLOW_UP_HOURS;

/** When follow-ups of new contacts are due: hours after the party, and whether weekends move to Monday. */
export function FollowUpSettings() {
  const settings = useLiveQuery(() => getSettings(db));
  // What is typed, while it is not a valid number of hours yet (e.g. the field cleared to retype).
  const [hoursText, setHoursText] = useState<string>();
  const { error, run } = useErrorMessage();
  const save = (changes: Partial<Settings>) => void run(() => updateSettings(db, changes));
  return (
    <section aria-labelledby="follow-up-settings-heading">
      <h2 id="follow-up-settings-heading">{t('followUpSettingsHeading')}</h2>
      <p className="muted">{t('followUpSettingsIntro')}</p>
      {settings && (
        <>
          <p>
            <label className="row">
              <input
                type="number"
                data-testid="follow-up-hours"
                min={MIN_HOURS}
                max={MAX_HOURS}
                value={hoursText ?? settings.followUpHours}
                onChange={(e) => {
                  const hours = e.target.valueAsNumber;
                  const valid = Number.isInteger(hours) && hours >= MIN_HOURS && hours <= MAX_HOURS;
                  setHoursText(valid ? undefined : e.target.value);
                  if (valid) save({ followUpHours: hours });
                }}
              />
              <span>{t('followUpSettingsHours')}</span>
            </label>
          </p>
          <p>
            <label className="row">
              <input
                type="checkbox"
                checked={settings.followUpSkipWeekend}
                onChange={(e) => save({ followUpSkipWeekend: e.target.checked })}
              />
              <span>{t('followUpSettingsSkipWeekend')}</span>
            </label>
          </p>
          <PhoneCountrySetting />
        </>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
