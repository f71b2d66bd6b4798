import { useLiveQuery } from 'dexie-react-hooks';
import { GoalList } from '../../components/GoalList';
import { getEvent } from '../../lib/db/events';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import './panel.css';

/** The prep sidebar for one event. */
export function PanelApp({ eventId }: { eventId: string }) {
  // `null` once loaded and missing, `undefined` while loading.
  const event = useLiveQuery(async () => (await getEvent(db, eventId)) ?? null, [eventId]);
  if (event === undefined) return <p className="panel muted">{t('panelLoading')}</p>;
  if (event === null) return <p className="panel">{t('panelEventMissing')}</p>;
  return (
    <main className="panel">
      <p className="muted">{t('panelHeading')}</p>
      <h1 data-testid="event-title">{event.title}</h1>
      <GoalList eventId={event.id} />
    </main>
  );
}
