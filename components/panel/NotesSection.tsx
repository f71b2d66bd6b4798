import { useEffect, useRef, useState } from 'react';
import { updateEventNotes } from '../../lib/db/events';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import { useErrorMessage } from '../useErrorMessage';
import { ErrorMessage } from '../ErrorMessage';

const AUTOSAVE_MS = 600;

/** Free notes for the event, saved as the user types (debounced) and when leaving the field. */
export function NotesSection({ eventId, stored }: { eventId: string; stored: string | undefined }) {
  const [text, setText] = useState(stored ?? '');
  const [state, setState] = useState<'saved' | 'saving' | undefined>();
  const { error, run } = useErrorMessage();
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  // What is typed and not saved yet.
  const unsaved = useRef<string>(undefined);

  // Another view changed the notes: show them, unless the user is typing here.
  useEffect(() => {
    if (pending.current === undefined) setText(stored ?? '');
  }, [stored]);

  const save = (value: string) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    unsaved.current = undefined;
    void run(async () => {
      await updateEventNotes(db, eventId, value);
      setState('saved');
    });
  };

  // Typed but not saved yet when the page goes away (tab closed, panel reloaded or unmounted): save now.
  useEffect(() => {
    const flush = () => {
      if (unsaved.current === undefined) return;
      clearTimeout(pending.current);
      pending.current = undefined;
      void updateEventNotes(db, eventId, unsaved.current);
      unsaved.current = undefined;
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [eventId]);

  const change = (value: string) => {
    setText(value);
    unsaved.current = value;
    setState('saving');
    clearTimeout(pending.current);
    pending.current = setTimeout(() => save(value), AUTOSAVE_MS);
  };

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        <label htmlFor="event-notes">{t('notesHeading')}</label>
      </h2>
      <textarea
        id="event-notes"
        rows={4}
        value={text}
        maxLength={20_000}
        placeholder={t('notesPlaceholder')}
        onChange={(e) => change(e.target.value)}
        onBlur={() => pending.current !== undefined && save(text)}
      />
      <p className="muted small" role="status" data-testid="notes-state">
        {state === 'saving' ? t('notesSaving') : state === 'saved' ? t('notesSaved') : ''}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
