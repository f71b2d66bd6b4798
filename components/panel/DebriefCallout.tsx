import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

/** Once the party is over (by the time the panel opened), leads to the debrief. */
export function DebriefCallout({ eventId, end }: { eventId: string; end: Date | undefined }) {
  const [openedAt] = useState(Date.now);
  if (!end || end.getTime() > openedAt) return null;
  const open = () =>
    void browser.tabs.create({
      url: `${browser.runtime.getURL('/popup.html')}#debrief=${encodeURIComponent(eventId)}`,
    });
  return (
    <aside className="callout" data-testid="debrief-callout">
      <p>{t('debriefCta')}</p>
      <button type="button" className="primary" onClick={open}>
        {t('debriefOpen')}
      </button>
    </aside>
  );
}
