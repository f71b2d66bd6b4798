import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { DebriefCallout } from '../../components/panel/DebriefCallout';
import { EventHeader } from '../../components/panel/EventHeader';
import { GoalSection } from '../../components/panel/GoalSection';
import { MethodCards } from '../../components/panel/MethodCards';
import { NotesSection } from '../../components/panel/NotesSection';
import { PartnersStrip } from '../../components/panel/PartnersStrip';
import { PeopleSection } from '../../components/panel/PeopleSection';
import { findContactsByEmail } from '../../lib/db/contacts';
import { getEvent } from '../../lib/db/events';
import { db } from '../../lib/db/instance';
import { listPartners } from '../../lib/db/partners';
import { listTargets } from '../../lib/db/targets';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import { eventEnd } from '../../lib/prep/format-when';
import { suggestGoals } from '../../lib/prep/goal-suggestions';
import './panel.css';

/** Everything the goal suggestions look at, live. */
function useSuggestionInput(eventId: string) {
  return useLiveQuery(async () => {
    const event = await getEvent(db, eventId);
    const [targets, partners] = await Promise.all([listTargets(db, eventId), listPartners(db)]);
    const known = await Promise.all(
      (event?.guests ?? [])
        .filter((g) => g.email)
        .map(async (g) => ((await findContactsByEmail(db, g.email!)).length ? (g.name ?? g.email!) : undefined)),
    );
    return {
      host: event?.host,
      askHost: targets.filter((p) => p.askHost).map((p) => p.name),
      partners: partners.map((p) => p.name),
      knownGuests: known.filter((n): n is string => Boolean(n)),
    };
  }, [eventId]);
}

/** The prep sidebar for one event. */
export function PanelApp({ eventId }: { eventId: string }) {
  // `null` once loaded and missing, `undefined` while loading.
  const event = useLiveQuery(async () => (await getEvent(db, eventId)) ?? null, [eventId]);
  const suggestionInput = useSuggestionInput(eventId);

  // Esc anywhere in the panel closes it; focus goes back to the chip in the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) void sendMessage('panel:close', {}).catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (event === undefined) return <p className="panel muted">{t('panelLoading')}</p>;
  if (event === null) return <p className="panel">{t('panelEventMissing')}</p>;
  return (
    <main className="panel">
      <EventHeader event={event} />
      <DebriefCallout eventId={event.id} end={eventEnd(event)} />
      <GoalSection eventId={event.id} suggestions={suggestionInput ? suggestGoals(suggestionInput) : []} />
      <PeopleSection eventId={event.id} guests={event.guests} self={event.owner} />
      <PartnersStrip />
      <MethodCards />
      <NotesSection eventId={event.id} stored={event.notes} />
    </main>
  );
}
