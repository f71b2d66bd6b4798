import { t } from '../../../lib/i18n';
import type { Target } from '../../../lib/model/records';

/** The people the host was to introduce: picking one fills in the quick-add line. */
export function AskHostPicks({ people, onPick }: { people: Target[]; onPick: (person: Target) => void }) {
  if (people.length === 0) return null;
  return (
    <div className="picks">
      <p className="muted small">{t('qaAskHostHeading')}</p>
      {people.map((person) => (
        <button key={person.id} type="button" className="chip" onClick={() => onPick(person)}>
          {person.company ? `${person.name} · ${person.company}` : person.name}
        </button>
      ))}
    </div>
  );
}
