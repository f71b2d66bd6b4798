import { useState } from 'react';
import { MAX_BYTES } from '../../lib/csv';
import { clip } from '../../lib/data/clip';
import { readTextFile } from '../../lib/data/read-text-file';
import { findImportDuplicates, importContacts, type DuplicateChoice } from '../../lib/db/contact-import';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import { useErrorMessage } from '../useErrorMessage';
import { FilePicker } from './FilePicker';
import { fileProblemMessage } from './file-problem-message';
import { ImportPreview, type ImportPlan } from './ImportPreview';
import { parseCsv } from './parse-csv';
import { announceFollowUpChange } from '../follow-ups-changed';
import { ErrorMessage } from '../ErrorMessage';

/** Contacts in: choose or drop a CSV, see what it holds and decide on duplicates, then import in one go. */
export function ImportContacts() {
  const [reading, setReading] = useState<string>();
  const [plan, setPlan] = useState<ImportPlan>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [all, setAll] = useState<DuplicateChoice>('merge');
  const [byIndex, setByIndex] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const [busy, setBusy] = useState(false);
  const { error, run } = useErrorMessage();

  const reset = () => {
    setPlan(undefined);
    setProblem(undefined);
    setDone(undefined);
    setAll('merge');
    setByIndex(new Map());
  };

  const load = async (file: File) => {
    reset();
    const name = clip(file.name, 80);
    setReading(name);
    try {
      const read = await readTextFile(file, MAX_BYTES);
      if ('problem' in read) {
        setProblem(fileProblemMessage(read.problem, name, MAX_BYTES));
        return;
      }
      const parsed = await parseCsv(read.text);
      if (parsed.contacts.length === 0) {
        const first = parsed.errors[0];
        setProblem(t('dataImportFailed', [name, String(first?.line ?? 1), clip(first?.message ?? '', 200)]));
        return;
      }
      setPlan({ fileName: name, parsed, duplicates: await findImportDuplicates(db, parsed.contacts) });
    } catch (e) {
      setProblem(t('dataImportFailed', [name, '1', e instanceof Error ? e.message : String(e)]));
    } finally {
      setReading(undefined);
    }
  };

  const confirm = (current: ImportPlan) => {
    setBusy(true);
    void run(async () => {
      const result = await importContacts(db, current.parsed.contacts, { all, byIndex });
      // Imported contacts may carry follow-ups: reminders and the badge follow.
      await announceFollowUpChange();
      reset();
      setDone(t('dataImportDone', [String(result.added), String(result.merged), String(result.skipped)]));
    }).finally(() => setBusy(false));
  };

  return (
    <div className="data-form">
      <p className="muted">{t('dataImportIntro', String(MAX_BYTES / (1024 * 1024)))}</p>
      <FilePicker
        label={t('dataImportChoose')}
        accept=".csv,text/csv"
        disabled={reading !== undefined || busy}
        onFile={(file) => void load(file)}
      />
      {reading !== undefined && (
        <p role="status" className="row">
          <progress aria-label={t('dataReading', reading)} /> {t('dataReading', reading)}
        </p>
      )}
      <ErrorMessage error={problem} />
      {plan && (
        <ImportPreview
          plan={plan}
          all={all}
          byIndex={byIndex}
          busy={busy}
          onAll={setAll}
          onOne={(index, choice) => setByIndex(new Map(byIndex).set(index, choice))}
          onImport={() => confirm(plan)}
          onCancel={reset}
        />
      )}
      {done && (
        <p className="status" role="status">
          {done}
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
