import { t } from '../../../lib/i18n';
import type { Target, TargetStatus } from '../../../lib/model/records';

const OUTCOMES = [
  ['met', 'statusMet'],
  ['missed', 'statusMissed'],
] as const;

/** The people planned for the party: met or missed. */
export function PeopleOutcome({
  people,
  status,
  onChange,
}: {
  people: Target[];
  status: Record<string, TargetStatus>;
  onChange: (id: string, status: TargetStatus) => void;
}) {
  return (
    <fieldset data-testid="debrief-people">
      <legend>{t('debriefPeople')}</legend>
      {people.length === 0 && <p className="empty small">{t('debriefPeopleEmpty')}</p>}
      {people.map((person) => (
        <div key={person.id} className="row person" role="radiogroup" aria-label={person.name}>
          <span className="grow">{person.company ? `${person.name} · ${person.company}` : person.name}</span>
          {OUTCOMES.map(([value, label]) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`person-${person.id}`}
                checked={(status[person.id] ?? person.status) === value}
                onChange={() => onChange(person.id, value)}
              />{' '}
              {t(label)}
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
