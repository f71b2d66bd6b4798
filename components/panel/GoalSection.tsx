import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { addGoal, deleteGoal, listGoals, moveGoal, restoreGoal, updateGoal } from '../../lib/db/goals';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import type { Goal } from '../../lib/model/records';
import type { GoalSuggestion } from '../../lib/prep/goal-suggestions';
import { useErrorMessage } from '../useErrorMessage';
import type { OfferUndo } from './offer-undo';
import { useDraft } from '../useDraft';
import { usePendingValue } from '../usePendingValue';
import { ErrorMessage } from '../ErrorMessage';

const FOCUS_LIMIT = 3;

function GoalItem({
  goal,
  first,
  last,
  onDelete,
}: {
  goal: Goal;
  first: boolean;
  last: boolean;
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(goal.text);
  const { error, run } = useErrorMessage();
  const [done, setDone] = usePendingValue(goal.done, goal.updatedAt, (done: boolean) =>
    updateGoal(db, goal.id, { done }),
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    void run(async () => {
      await updateGoal(db, goal.id, { text: text.trim() });
      setEditing(false);
    });
  };
  if (editing) {
    return (
      <li>
        <form
          className="row grow"
          onSubmit={save}
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setEditing(false))}
        >
          <input
            aria-label={t('goalEdit')}
            className="grow"
            value={text}
            maxLength={300}
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="primary">
            {t('save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </form>
        <ErrorMessage error={error} />
      </li>
    );
  }
  return (
    <li>
      <input
        type="checkbox"
        id={`goal-${goal.id}`}
        checked={done}
        onChange={(e) => void run(() => setDone(e.target.checked))}
      />
      <label htmlFor={`goal-${goal.id}`} className={done ? 'grow done' : 'grow'}>
        {goal.text}
        {goal.target !== undefined && <span className="muted"> · {t('goalTarget', String(goal.target))}</span>}
      </label>
      <button
        type="button"
        className="icon"
        aria-label={`${t('goalEdit')}: ${goal.text}`}
        onClick={() => setEditing(true)}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon"
        aria-label={`${t('goalMoveUp')}: ${goal.text}`}
        disabled={first}
        onClick={() => void run(() => moveGoal(db, goal.eventId, goal.id, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        aria-label={`${t('goalMoveDown')}: ${goal.text}`}
        disabled={last}
        onClick={() => void run(() => moveGoal(db, goal.eventId, goal.id, 1))}
      >
        ↓
      </button>
      <button type="button" className="icon" aria-label={`${t('goalDelete')}: ${goal.text}`} onClick={onDelete}>
        ✕
      </button>
      <ErrorMessage error={error} />
    </li>
  );
}

/** The goals of one event: suggestions, add, edit, reorder, tick off, delete with undo. */
export function GoalSection({
  eventId,
  suggestions,
  offerUndo,
}: {
  eventId: string;
  suggestions: GoalSuggestion[];
  offerUndo: OfferUndo;
}) {
  const goals = useLiveQuery(() => listGoals(db, eventId), [eventId]);
  const [draft, setDraft] = useDraft(`goal:${eventId}`);
  const [target, setTarget] = useState('');
  const { error, run } = useErrorMessage();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    const number = Number.parseInt(target, 10);
    void run(async () => {
      await addGoal(db, eventId, draft, Number.isFinite(number) && number > 0 ? number : undefined);
      setDraft('');
      setTarget('');
    });
  };

  const remove = (id: string) =>
    run(async () => {
      const goal = await deleteGoal(db, id);
      if (goal) offerUndo('goalDeleted', () => restoreGoal(db, goal));
    });

  const texts = new Set(goals?.map((g) => g.text));
  const open = suggestions.map((s) => ({ ...s, text: t(s.template, s.args) })).filter((s) => !texts.has(s.text));

  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goalsHeading')}</h2>
      {goals?.length === 0 && <p className="empty">{t('goalsEmpty')}</p>}
      <ul className="plain" data-testid="goal-list">
        {goals?.map((goal, i) => (
          <GoalItem
            key={goal.id}
            goal={goal}
            first={i === 0}
            last={i === goals.length - 1}
            onDelete={() => void remove(goal.id)}
          />
        ))}
      </ul>
      {goals && goals.length > FOCUS_LIMIT && (
        <p className="nudge" role="note">
          {t('goalsNudge')}
        </p>
      )}
      {goals && goals.length < FOCUS_LIMIT && open.length > 0 && (
        <div className="suggestions" data-testid="goal-suggestions">
          <p className="muted">{t('goalsSuggestions')}</p>
          {open.map((s) => (
            <button
              key={s.text}
              type="button"
              className="suggestion"
              onClick={() => void run(() => addGoal(db, eventId, s.text, s.target))}
            >
              + {s.text}
            </button>
          ))}
        </div>
      )}
      <form className="row" onSubmit={submit}>
        <label htmlFor="new-goal" className="visually-hidden">
          {t('goalNewLabel')}
        </label>
        <input
          id="new-goal"
          className="grow"
          value={draft}
          maxLength={300}
          placeholder={t('goalNewPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
        />
        <label htmlFor="new-goal-target" className="visually-hidden">
          {t('goalTargetLabel')}
        </label>
        <input
          id="new-goal-target"
          className="number"
          type="number"
          min={1}
          max={99}
          value={target}
          placeholder="#"
          title={t('goalTargetLabel')}
          onChange={(e) => setTarget(e.target.value)}
        />
        <button type="submit" className="primary">
          {t('goalAdd')}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
