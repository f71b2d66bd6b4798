import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import { ErrorMessage } from '../ErrorMessage';
import { describeError, useErrorMessage } from '../useErrorMessage';

/**
 * The database can't be opened here. Framed in the calendar, that is the browser's storage
 * setting for embedded pages (docs/browser-testing.md): the event's prep opens in a tab of its
 * own, where the same data is reachable. In a tab, the reason is shown as it is.
 */
export function StorageBlocked({ eventId, error }: { eventId: string; error: unknown }) {
  const { error: openError, run } = useErrorMessage();
  if (window.top === window) {
    return (
      <p className="panel error" role="alert">
        {describeError(error)}
      </p>
    );
  }
  return (
    <main className="panel" data-testid="panel-storage-blocked">
      <p role="status">{t('panelStorageBlocked')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void run(() => sendMessage('page:open', { page: 'prep', eventId }))}
      >
        {t('panelOpenInTab')}
      </button>
      <ErrorMessage error={openError} />
    </main>
  );
}
