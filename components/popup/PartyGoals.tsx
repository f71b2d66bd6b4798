import { useLiveQuery } from 'dexie-react-hooks';
import { listEvents } from '../../lib/db/events';
import { listAllGoals } from '../../lib/db/goals';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';

/** The goals set for each prepared party, to keep them at hand while capturing contacts. */
export function PartyGoals() {
  const data = useLiveQuery(async () => ({ events: await listEvents(db), goals: await listAllGoals(db) }));
  const withGoals = data?.events.filter((event) => data.goals.some((g) => g.eventId === event.id)) ?? [];
  return (
    <section aria-labelledby="popup-goals-heading">
      <h2 id="popup-goals-heading">{t('popupGoalsHeading')}</h2>
      {data && withGoals.length === 0 && <p className="empty">{t('popupGoalsEmpty')}</p>}
      {withGoals.map((event) => (
        <section key={event.id} aria-label={event.title}>
          <h3>{event.title}</h3>
          <ul className="plain" data-testid="popup-goals">
            {data?.goals
              .filter((g) => g.eventId === event.id)
              .sort((a, b) => a.order - b.order)
              .map((goal) => (
                <li key={goal.id} className={goal.done ? 'done' : undefined}>
                  {goal.text}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
