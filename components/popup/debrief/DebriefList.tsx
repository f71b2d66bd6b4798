import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { eventsToDebrief } from '../../../lib/contacts/event-choice';
import { listDebriefedEventIds } from '../../../lib/db/debriefs';
import { listEvents } from '../../../lib/db/events';
import { db } from '../../../lib/db/instance';
import { t, uiLocale } from '../../../lib/i18n';
import { formatWhen } from '../../../lib/prep/format-when';

/** Past prepared parties without a debrief. */
export function DebriefList({ onOpen }: { onOpen: (eventId: string) => void }) {
  const [now] = useState(() => new Date());
  const pending = useLiveQuery(async () => {
    const [events, debriefed] = await Promise.all([listEvents(db), listDebriefedEventIds(db)]);
    return eventsToDebrief(events, debriefed, now);
  }, [now]);
  if (!pending) return null;
  if (pending.length === 0) return <p className="empty">{t('debriefListEmpty')}</p>;
  return (
    <>
      <p className="muted">{t('debriefListIntro')}</p>
      <ul className="plain" data-testid="debrief-list">
        {pending.map((event) => (
          <li key={event.id}>
            <button type="button" className="row-button" onClick={() => onOpen(event.id)}>
              <span className="name">{event.title}</span>
              <span className="muted small">{formatWhen(event, uiLocale(), t('panelAllDay'))}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
