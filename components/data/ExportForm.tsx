import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { CsvDelimiter } from '../../lib/csv';
import { clip } from '../../lib/data/clip';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../../lib/data/export-file';
import { datedFileName } from '../../lib/data/file-name';
import {
  countContactsInScope,
  listContactsInScope,
  listExportScopes,
  type ExportScope,
} from '../../lib/db/contact-export';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import { formatDate } from '../../lib/i18n/format-date';
import { parseLocal } from '../../lib/prep/format-when';
import type { EventRecord } from '../../lib/model/records';
import { downloadFile } from '../download';
import { EXPORT_FORMAT_LABELS } from './format-labels';
import { useErrorMessage } from '../useErrorMessage';
import './data.css';
import { ErrorMessage } from '../ErrorMessage';

const ALL: ExportScope = { kind: 'all' };

function eventLabel(event: EventRecord): string {
  const start = parseLocal(event.start);
  const day = start ? ` · ${formatDate(start, 'date')}` : '';
  return `${clip(event.title, 60)}${day}`;
}

/** Contacts out: format, which contacts, separator; downloads the file. Fits the popup. */
export function ExportForm() {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('full');
  const [scope, setScope] = useState<ExportScope>(ALL);
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [saved, setSaved] = useState<string>();
  const { error, run } = useErrorMessage();
  const scopes = useLiveQuery(() => listExportScopes(db));
  const total = useLiveQuery(() => countContactsInScope(db, ALL));
  const scopeKey = JSON.stringify(scope);
  const count = useLiveQuery(() => countContactsInScope(db, scope), [scopeKey]);

  if (total === undefined || scopes === undefined) return null;
  if (total === 0) return <p className="empty">{t('dataExportEmpty')}</p>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      setSaved(undefined);
      const file = exportFile(await listContactsInScope(db, scope), format, delimiter);
      const name = datedFileName('contacts', file.extension);
      downloadFile(file.text, name, file.mimeType);
      setSaved(name);
    });
  };

  return (
    <form className="data-form" aria-label={t('dataExportHeading')} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('dataExportFormat')}</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(EXPORT_FORMAT_LABELS[f])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scope`}>{t('dataExportScope')}</label>
        <select
          id={`${id}-scope`}
          value={scopeKey}
          onChange={(e) => setScope(JSON.parse(e.target.value) as ExportScope)}
        >
          <option value={JSON.stringify(ALL)}>{t('dataScopeAll')}</option>
          {scopes.events.length > 0 && (
            <optgroup label={t('dataScopeEvents')}>
              {scopes.events.map((event) => (
                <option key={event.id} value={JSON.stringify({ kind: 'event', eventId: event.id })}>
                  {eventLabel(event)}
                </option>
              ))}
            </optgroup>
          )}
          {scopes.tags.length > 0 && (
            <optgroup label={t('dataScopeTags')}>
              {scopes.tags.map((tag) => (
                <option key={tag} value={JSON.stringify({ kind: 'tag', tag })}>
                  {clip(tag, 60)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {format !== 'vcard' && (
        <fieldset aria-describedby={`${id}-hint`}>
          <legend>{t('dataExportDelimiter')}</legend>
          <div className="choices">
            {([',', ';'] as const).map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name={`${id}-delimiter`}
                  checked={delimiter === d}
                  onChange={() => setDelimiter(d)}
                />{' '}
                {t(d === ',' ? 'dataDelimiterComma' : 'dataDelimiterSemicolon')}
              </label>
            ))}
          </div>
          <p className="hint" id={`${id}-hint`}>
            {t('dataDelimiterHint')}
          </p>
        </fieldset>
      )}
      <p aria-live="polite" data-testid="export-count">
        {t('dataExportCount', String(count ?? 0))}
      </p>
      <div className="row">
        <button type="submit" className="primary" disabled={!count}>
          {t('dataExportButton')}
        </button>
      </div>
      {saved && (
        <p className="status" role="status">
          {t('dataExportDone', saved)}
        </p>
      )}
      <ErrorMessage error={error} />
    </form>
  );
}
