import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import { downloadBackup } from './download-backup';
import { ErrorMessage } from './ErrorMessage';
import { describeError } from './useErrorMessage';

/**
 * What a page shows instead of going blank when it fails to render: what happened and the ways
 * out, reloading or first saving a backup (which needs only the database, not the failed page).
 */
export function PageCrashed({ error }: { error: unknown }) {
  const [saved, setSaved] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const backup = () => {
    setSaved(undefined);
    setFailed(undefined);
    downloadBackup().then(
      (name) => setSaved(t('dataBackupDone', name)),
      (e: unknown) => setFailed(describeError(e)),
    );
  };
  return (
    <main className="page-crashed" role="alert" aria-labelledby="page-crashed-heading">
      <h1 id="page-crashed-heading">{t('crashHeading')}</h1>
      <p>{t('crashText')}</p>
      <p className="muted small">{t('crashDetail', error instanceof Error ? error.message : String(error))}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => location.reload()}>
          {t('crashReload')}
        </button>
        <button type="button" onClick={backup}>
          {t('dataBackupButton')}
        </button>
      </div>
      {saved && (
        <p className="status" role="status">
          {saved}
        </p>
      )}
      <ErrorMessage error={failed} />
    </main>
  );
}

interface State {
  crashed: boolean;
  error?: unknown;
}

/** Catches a render error anywhere in the page and shows PageCrashed instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { crashed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { crashed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Sternstunde: the page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.crashed ? <PageCrashed error={this.state.error} /> : this.props.children;
  }
}
