import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../lib/db/instance';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { detectFestiveEvent } from '../../lib/detection';
import { t, uiLocale } from '../../lib/i18n';
import { parseKeywords, type Settings } from '../../lib/model/settings';
import { useErrorMessage } from '../useErrorMessage';
import { ErrorMessage } from '../ErrorMessage';

function KeywordForm({ settings }: { settings: Settings }) {
  const [include, setInclude] = useState(settings.includeKeywords.join('\n'));
  const [exclude, setExclude] = useState(settings.excludeKeywords.join('\n'));
  const [trial, setTrial] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, run } = useErrorMessage();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await updateSettings(db, { includeKeywords: parseKeywords(include), excludeKeywords: parseKeywords(exclude) });
      setSaved(true);
    });
  };
  const verdict = trial.trim()
    ? detectFestiveEvent(
        { title: trial },
        { locale: uiLocale(), include: parseKeywords(include), exclude: parseKeywords(exclude) },
      )
    : undefined;

  return (
    <form className="stack" onSubmit={submit}>
      <label className="stack">
        <span>{t('detectInclude')}</span>
        <textarea
          rows={3}
          value={include}
          maxLength={5000}
          onChange={(e) => (setInclude(e.target.value), setSaved(false))}
        />
      </label>
      <label className="stack">
        <span>{t('detectExclude')}</span>
        <textarea
          rows={3}
          value={exclude}
          maxLength={5000}
          onChange={(e) => (setExclude(e.target.value), setSaved(false))}
        />
      </label>
      <div className="row">
        <button type="submit" className="primary">
          {t('detectSave')}
        </button>
        {saved && (
          <span role="status" className="muted">
            {t('detectSaved')}
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
      <label className="stack">
        <span>{t('detectTry')}</span>
        <input
          value={trial}
          maxLength={300}
          placeholder={t('detectTryPlaceholder')}
          onChange={(e) => setTrial(e.target.value)}
        />
      </label>
      {verdict && (
        <div role="status" data-testid="detect-verdict">
          <strong>{verdict.match ? t('detectWouldPrepare') : t('detectWouldSkip')}</strong>
          <ul>
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}

/** The user's include/exclude keywords on top of the built-in detector, with a live trial. */
export function DetectionSettings() {
  const settings = useLiveQuery(() => getSettings(db));
  return (
    <section aria-labelledby="detect-heading">
      <h2 id="detect-heading">{t('detectHeading')}</h2>
      <p className="muted">{t('detectIntro')}</p>
      {settings && <KeywordForm settings={settings} />}
    </section>
  );
}
