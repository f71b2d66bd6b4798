import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { currentEvent, recentEvents } from '../../../lib/contacts/event-choice';
import { listEvents } from '../../../lib/db/events';
import { db } from '../../../lib/db/instance';
import type { EventRecord } from '../../../lib/model/records';
import { listTargets } from '../../../lib/db/targets';

type DefaultEvent = (events: EventRecord[], now: Date) => EventRecord | undefined;

/**
 * The party a new contact is linked to: by default the one on now (or ended in the last 24 hours)
 * until the user picks another; with the recent ones to choose from and the people the host was to
 * introduce.
 */
export function useQuickAddEvent(byDefault: DefaultEvent = currentEvent, initial?: string) {
  const [now] = useState(() => new Date());
  const [chosen, setChosen] = useState<string | undefined>(initial);
  const events = useLiveQuery(() => listEvents(db));
  const recent = events ? recentEvents(events, now) : [];
  const eventId = chosen ?? (events ? byDefault(events, now)?.id : undefined) ?? '';
  const event = events?.find((e) => e.id === eventId);
  const askHost = useLiveQuery(
    async () => (eventId ? (await listTargets(db, eventId)).filter((p) => p.askHost && p.status !== 'met') : []),
    [eventId],
  );
  const choices = event && !recent.includes(event) ? [event, ...recent] : recent;
  return { event, eventId, choices, choose: setChosen, askHost: askHost ?? [] };
}
