import { useState } from 'react';
import { clip } from '../../lib/data/clip';
import { readTextFile } from '../../lib/data/read-text-file';
import {
  type Backup,
  BackupError,
  type BackupProblem,
  MAX_BACKUP_BYTES,
  parseBackup,
  restoreBackup,
} from '../../lib/db/backup';
import { db } from '../../lib/db/instance';
import { t, type MessageKey } from '../../lib/i18n';
import { formatDate } from '../../lib/i18n/format-date';
import { plural } from '../../lib/i18n/plural';
import { useErrorMessage } from '../useErrorMessage';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadBackup } from '../download-backup';
import { FilePicker } from './FilePicker';
import { fileProblemMessage } from './file-problem-message';
import { announceFollowUpChange } from '../follow-ups-changed';
import { ErrorMessage } from '../ErrorMessage';

const PROBLEMS: Record<BackupProblem, MessageKey> = {
  notJson: 'dataBackupNotJson',
  notBackup: 'dataBackupNotBackup',
  otherApp: 'dataBackupOtherApp',
  newerFormat: 'dataBackupNewerFormat',
  newerSchema: 'dataBackupNewerFormat',
  missingTable: 'dataBackupMissingTable',
  unknownTable: 'dataBackupUnknownTable',
  badRow: 'dataBackupBadRow',
  duplicateKey: 'dataBackupBadRow',
};

const exportedAt = (backup: Backup): string => clip(formatDate(backup.exportedAt), 40);

/** Backup of everything as JSON, and restore from such a file after a confirmation; a bad file changes nothing. */
export function BackupSection() {
  const [pending, setPending] = useState<Backup>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { error, run } = useErrorMessage();

  const clear = () => {
    setProblem(undefined);
    setDone(undefined);
  };

  const download = () =>
    run(async () => {
      clear();
      setDone(t('dataBackupDone', await downloadBackup()));
    });

  const choose = async (file: File) => {
    clear();
    const name = clip(file.name, 80);
    const read = await readTextFile(file, MAX_BACKUP_BYTES);
    if ('problem' in read) {
      setProblem(fileProblemMessage(read.problem, name, MAX_BACKUP_BYTES));
      return;
    }
    try {
      setPending(parseBackup(read.text, db.verno));
    } catch (e) {
      if (!(e instanceof BackupError)) throw e;
      setProblem(t(PROBLEMS[e.problem], [name, clip(e.detail, 60)]));
    }
  };

  const restore = async (backup: Backup) => {
    setPending(undefined);
    setBusy(true);
    try {
      await restoreBackup(db, backup);
      await announceFollowUpChange();
      setDone(plural(backup.tables.contacts.length, { one: 'dataRestoreDoneOne', other: 'dataRestoreDone' }));
    } catch (e) {
      setProblem(t('dataRestoreFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-form">
      <p className="muted">{t('dataBackupIntro')}</p>
      <div className="row">
        <button type="button" onClick={() => void download()}>
          {t('dataBackupButton')}
        </button>
      </div>
      <FilePicker
        label={t('dataRestoreChoose')}
        accept=".json,application/json"
        disabled={busy}
        onFile={(file) => void choose(file).catch((e: unknown) => setProblem(t('dataRestoreFailed', String(e))))}
      />
      {pending && (
        <ConfirmDialog
          title={t('dataRestoreConfirmTitle')}
          confirmLabel={t('dataRestoreButton')}
          onConfirm={() => void restore(pending)}
          onCancel={() => setPending(undefined)}
        >
          <p>
            {plural(
              pending.tables.contacts.length,
              { one: 'dataRestoreConfirmTextOne', other: 'dataRestoreConfirmText' },
              [exportedAt(pending)],
            )}
          </p>
        </ConfirmDialog>
      )}
      {done && (
        <p className="status" role="status">
          {done}
        </p>
      )}
      <ErrorMessage error={problem ?? error} />
    </div>
  );
}
