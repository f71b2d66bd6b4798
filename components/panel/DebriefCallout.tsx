import { useState } from 'react';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import { ErrorMessage } from '../ErrorMessage';
import { useErrorMessage } from '../useErrorMessage';

/** Once the party is over (by the time the panel opened), leads to the debrief. */
export function DebriefCallout({ eventId, end }: { eventId: string; end: Date | undefined }) {
  const [openedAt] = useState(Date.now);
  const { error, run } = useErrorMessage();
  if (!end || end.getTime() > openedAt) return null;
  return (
    <aside className="callout" data-testid="debrief-callout">
      <p>{t('debriefCta')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void run(() => sendMessage('page:open', { page: 'debrief', eventId }))}
      >
        {t('debriefOpen')}
      </button>
      <ErrorMessage error={error} />
    </aside>
  );
}
