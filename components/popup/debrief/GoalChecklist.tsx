import { t } from '../../../lib/i18n';
import type { Goal } from '../../../lib/model/records';

/** The prep's goals, each ticked when reached. */
export function GoalChecklist({
  goals,
  done,
  onChange,
}: {
  goals: Goal[];
  done: Record<string, boolean>;
  onChange: (id: string, done: boolean) => void;
}) {
  return (
    <fieldset data-testid="debrief-goals">
      <legend>{t('debriefGoals')}</legend>
      {goals.length === 0 && <p className="empty small">{t('debriefGoalsEmpty')}</p>}
      {goals.map((goal) => (
        <label key={goal.id} className="check">
          <input
            type="checkbox"
            checked={done[goal.id] ?? goal.done}
            onChange={(e) => onChange(goal.id, e.target.checked)}
          />{' '}
          {goal.text}
        </label>
      ))}
    </fieldset>
  );
}
