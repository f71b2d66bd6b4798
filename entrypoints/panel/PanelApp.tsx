import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DebriefCallout } from '../../components/panel/DebriefCallout';
import { EventHeader } from '../../components/panel/EventHeader';
import { GoalSection } from '../../components/panel/GoalSection';
import { MethodCards } from '../../components/panel/MethodCards';
import { NotesSection } from '../../components/panel/NotesSection';
import { PartnersStrip } from '../../components/panel/PartnersStrip';
import { PeopleSection } from '../../components/panel/PeopleSection';
import { StorageBlocked } from '../../components/panel/StorageBlocked';
import { useUndo } from '../../components/useUndo';
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

/**
 * Whether this page can open the database. A framed panel can't where the browser treats it as
 * third-party storage and blocks that (storage partitioning off, third-party cookies blocked:
 * docs/browser-testing.md); IndexedDB then refuses at once, and live queries would wait forever.
 */
function useDatabase(): { state: 'opening' | 'open' } | { state: 'failed'; error: unknown } {
  const [result, setResult] = useState<{ state: 'opening' | 'open' } | { state: 'failed'; error: unknown }>({
    state: 'opening',
  });
  useEffect(() => {
    let live = true;
    db.open().then(
      () => live && setResult({ state: 'open' }),
      (error: unknown) => live && setResult({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return result;
}

/** The prep sidebar for one event, or why it can't show here and the way to a tab where it can. */
export function PanelApp({ eventId }: { eventId: string }) {
  const database = useDatabase();

  // Esc anywhere in the panel closes it; focus goes back to the chip in the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) void sendMessage('panel:close', {}).catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (database.state === 'opening') return <p className="panel muted">{t('panelLoading')}</p>;
  if (database.state === 'failed') return <StorageBlocked eventId={eventId} error={database.error} />;
  return <PanelContent eventId={eventId} />;
}

function PanelContent({ eventId }: { eventId: string }) {
  // `null` once loaded and missing, `undefined` while loading.
  const event = useLiveQuery(async () => (await getEvent(db, eventId)) ?? null, [eventId]);
  const suggestionInput = useSuggestionInput(eventId);
  // One undo for the whole panel: the latest deletion or change is the one offered.
  const undo = useUndo();

  if (event === undefined) return <p className="panel muted">{t('panelLoading')}</p>;
  if (event === null) return <p className="panel">{t('panelEventMissing')}</p>;
  return (
    <main className="panel">
      <EventHeader event={event} offerUndo={undo.offer} />
      <DebriefCallout eventId={event.id} end={eventEnd(event)} />
      <GoalSection
        eventId={event.id}
        suggestions={suggestionInput ? suggestGoals(suggestionInput) : []}
        offerUndo={undo.offer}
      />
      <PeopleSection eventId={event.id} guests={event.guests} self={event.owner} offerUndo={undo.offer} />
      <PartnersStrip />
      <MethodCards />
      <NotesSection eventId={event.id} stored={event.notes} />
      {undo.toast}
    </main>
  );
}
