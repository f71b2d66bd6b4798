import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState, type FormEvent } from 'react';
import { addGoal, deleteGoal, listGoals, restoreGoal, updateGoal } from '../lib/db/goals';
import { db } from '../lib/db/instance';
import { t } from '../lib/i18n';
import { UndoToast, type UndoState } from './UndoToast';
import { useErrorMessage } from './useErrorMessage';

/** The goals of one event: tick off, add, delete with undo. */
export function GoalList({ eventId }: { eventId: string }) {
  const goals = useLiveQuery(() => listGoals(db, eventId), [eventId]);
  const [draft, setDraft] = useState('');
  const [undo, setUndo] = useState<UndoState>();
  const { error, run } = useErrorMessage();
  const closeUndo = useCallback(() => setUndo(undefined), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    void run(async () => {
      await addGoal(db, eventId, draft);
      setDraft('');
    });
  };

  const remove = (id: string) =>
    run(async () => {
      const goal = await deleteGoal(db, id);
      if (goal) setUndo({ message: 'goalDeleted', undo: () => void restoreGoal(db, goal) });
    });

  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goalsHeading')}</h2>
      {goals?.length === 0 && <p className="empty">{t('goalsEmpty')}</p>}
      <ul className="plain" data-testid="goal-list">
        {goals?.map((goal) => (
          <li key={goal.id}>
            <input
              type="checkbox"
              id={`goal-${goal.id}`}
              checked={goal.done}
              aria-label={`${t('goalDone')}: ${goal.text}`}
              onChange={(e) => void run(() => updateGoal(db, goal.id, { done: e.target.checked }))}
            />
            <label htmlFor={`goal-${goal.id}`} className={goal.done ? 'grow done' : 'grow'}>
              {goal.text}
            </label>
            <button type="button" className="icon" aria-label={`${t('goalDelete')}: ${goal.text}`} onClick={() => void remove(goal.id)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
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
        <button type="submit" className="primary">
          {t('goalAdd')}
        </button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      <UndoToast state={undo} onClose={closeUndo} />
    </section>
  );
}
