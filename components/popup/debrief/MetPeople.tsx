import { displayName } from '../../../lib/contacts/names';
import { newContact, parseContactLines, type MetNote } from '../../../lib/contacts/new-contact';
import { t } from '../../../lib/i18n';

/** Several people met at once, one quick-add line each; per person what was discussed and promised. */
export function MetPeople({
  text,
  notes,
  onText,
  onNote,
}: {
  text: string;
  notes: MetNote[];
  onText: (text: string) => void;
  onNote: (index: number, note: MetNote) => void;
}) {
  const people = parseContactLines(text);
  return (
    <div className="met">
      <label className="field wide">
        <span>{t('debriefMetLabel')}</span>
        <textarea
          data-testid="debrief-met"
          rows={3}
          value={text}
          placeholder={t('debriefMetPlaceholder')}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      {people.map((person, i) => {
        const name = displayName(newContact(person));
        const note = notes[i] ?? { discussed: '', promised: '' };
        return (
          <fieldset key={i} className="met-person">
            <legend>{name}</legend>
            <label className="field wide">
              <span>{t('debriefDiscussed', name)}</span>
              <input
                value={note.discussed}
                maxLength={1000}
                onChange={(e) => onNote(i, { ...note, discussed: e.target.value })}
              />
            </label>
            <label className="field wide">
              <span>{t('debriefPromised', name)}</span>
              <input
                value={note.promised}
                maxLength={1000}
                onChange={(e) => onNote(i, { ...note, promised: e.target.value })}
              />
            </label>
          </fieldset>
        );
      })}
    </div>
  );
}
