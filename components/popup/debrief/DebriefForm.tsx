import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { followUpDueFor } from '../../../lib/contacts/follow-up';
import { metContacts, parseContactLines, type MetNote } from '../../../lib/contacts/new-contact';
import { getDebrief, saveDebriefSession } from '../../../lib/db/debriefs';
import { getEvent } from '../../../lib/db/events';
import { listGoals } from '../../../lib/db/goals';
import { db } from '../../../lib/db/instance';
import { getSettings } from '../../../lib/db/settings';
import { listTargets } from '../../../lib/db/targets';
import { t, uiLocale } from '../../../lib/i18n';
import { plural } from '../../../lib/i18n/plural';
import type { Debrief, EventRecord, Goal, Target, TargetStatus } from '../../../lib/model/records';
import type { Settings } from '../../../lib/model/settings';
import { eventEnd, formatWhen } from '../../../lib/prep/format-when';
import { useErrorMessage } from '../../useErrorMessage';
import { announceFollowUpChange } from '../../follow-ups-changed';
import { formatDate } from '../../../lib/i18n/format-date';
import { ScanCardsLink } from '../ScanCardsLink';
import type { Navigate } from '../route';
import { GoalChecklist } from './GoalChecklist';
import { MetPeople } from './MetPeople';
import { PeopleOutcome } from './PeopleOutcome';
import { RatingField } from './RatingField';
import { ErrorMessage } from '../../ErrorMessage';

interface Loaded {
  event: EventRecord;
  goals: Goal[];
  people: Target[];
  debrief?: Debrief;
  settings: Settings;
}

function DebriefEditor({ event, goals, people, debrief, settings, navigate }: Loaded & { navigate: Navigate }) {
  const [goalsDone, setGoalsDone] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<Record<string, TargetStatus>>({});
  const [metText, setMetText] = useState('');
  const [notes, setNotes] = useState<MetNote[]>([]);
  const [learned, setLearned] = useState(debrief?.learned ?? '');
  const [rating, setRating] = useState(debrief?.rating);
  const [saved, setSaved] = useState<number>();
  const { error, run } = useErrorMessage();
  const [due] = useState(() => followUpDueFor(eventEnd(event), new Date(), settings));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const contacts = metContacts(parseContactLines(metText), notes, event, due.toISOString());
      await saveDebriefSession(db, {
        eventId: event.id,
        learned: learned.trim(),
        rating,
        goals: Object.entries(goalsDone).map(([id, done]) => ({ id, done })),
        people: Object.entries(status).map(([id, s]) => ({ id, status: s })),
        contacts,
      });
      setMetText('');
      setNotes([]);
      setSaved(contacts.length);
      await announceFollowUpChange();
    });
  };

  return (
    <form className="debrief" onSubmit={submit}>
      <h2 data-testid="debrief-title">{event.title}</h2>
      <p className="muted small">{formatWhen(event, uiLocale(), t('panelAllDay'))}</p>
      <GoalChecklist
        goals={goals}
        done={goalsDone}
        onChange={(id, done) => setGoalsDone((g) => ({ ...g, [id]: done }))}
      />
      <PeopleOutcome people={people} status={status} onChange={(id, s) => setStatus((p) => ({ ...p, [id]: s }))} />
      <MetPeople
        text={metText}
        notes={notes}
        onText={(text) => {
          setMetText(text);
          setSaved(undefined);
        }}
        onNote={(i, note) => setNotes((n) => Object.assign([...n], { [i]: note }))}
      />
      <ScanCardsLink eventId={event.id} />
      <p className="muted small">{t('debriefFollowUpRule', formatDate(due))}</p>
      <label className="field wide">
        <span>{t('debriefLearned')}</span>
        <textarea rows={3} value={learned} maxLength={5000} onChange={(e) => setLearned(e.target.value)} />
      </label>
      <RatingField value={rating} onChange={setRating} />
      <div className="row">
        <button type="submit" className="primary">
          {t('debriefSave')}
        </button>
        <button type="button" onClick={() => navigate({ tab: 'debrief' })}>
          {t('debriefBack')}
        </button>
      </div>
      {saved !== undefined && (
        <p role="status" data-testid="debrief-saved">
          {plural(saved, { one: 'debriefSavedOne', other: 'debriefSaved' })}
        </p>
      )}
      <ErrorMessage error={error} />
    </form>
  );
}

/** The debrief of one party: goals reached, people met or missed, new people, lessons, rating. */
export function DebriefForm({ eventId, navigate }: { eventId: string; navigate: Navigate }) {
  // `null` once loaded and the event is missing, `undefined` while loading.
  const loaded = useLiveQuery(async (): Promise<Loaded | null> => {
    const event = await getEvent(db, eventId);
    if (!event) return null;
    const [goals, people, debrief, settings] = await Promise.all([
      listGoals(db, eventId),
      listTargets(db, eventId),
      getDebrief(db, eventId),
      getSettings(db),
    ]);
    return { event, goals, people, debrief, settings };
  }, [eventId]);
  if (loaded === undefined) return null;
  if (loaded === null) {
    return (
      <>
        <p className="empty">{t('debriefMissing')}</p>
        <button type="button" onClick={() => navigate({ tab: 'debrief' })}>
          {t('debriefBack')}
        </button>
      </>
    );
  }
  return <DebriefEditor {...loaded} navigate={navigate} />;
}
