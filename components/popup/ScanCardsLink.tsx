import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

/**
 * Opens the capture page in a tab: a file dialog or camera prompt would close the popup, so the
 * photos are picked there. `eventId` preselects the party (from a debrief).
 */
export function ScanCardsLink({ eventId }: { eventId?: string }) {
  const url = browser.runtime.getURL(`/capture.html${eventId ? `?event=${encodeURIComponent(eventId)}` : ''}`);
  return (
    <button
      type="button"
      className="link small"
      data-testid="scan-cards"
      onClick={() => void browser.tabs.create({ url }).then(() => window.close())}
    >
      {t('captureOpen')}
    </button>
  );
}
