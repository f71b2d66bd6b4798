import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { currentEvent, recentEvents } from '../../../lib/contacts/event-choice';
import { listEvents } from '../../../lib/db/events';
import { db } from '../../../lib/db/instance';
import { listTargets } from '../../../lib/db/targets';

/**
 * The party a new contact is linked to: the one on now (or ended in the last 24 hours) until the
 * user picks another; with the recent ones to choose from and the people the host was to introduce.
 */
export function useQuickAddEvent() {
  const [now] = useState(() => new Date());
  const [chosen, setChosen] = useState<string>();
  const events = useLiveQuery(() => listEvents(db));
  const recent = events ? recentEvents(events, now) : [];
  const eventId = chosen ?? (events ? currentEvent(events, now)?.id : undefined) ?? '';
  const event = events?.find((e) => e.id === eventId);
  const askHost = useLiveQuery(
    async () => (eventId ? (await listTargets(db, eventId)).filter((p) => p.askHost && p.status !== 'met') : []),
    [eventId],
  );
  const choices = event && !recent.includes(event) ? [event, ...recent] : recent;
  return { event, eventId, choices, choose: setChosen, askHost: askHost ?? [] };
}
