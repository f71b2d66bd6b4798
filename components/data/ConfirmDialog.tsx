import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { t } from '../../lib/i18n';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A word the user must type before confirming (e.g. the localised "DELETE"). */
  word?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question for a destructive step; Escape or Cancel closes it, focus stays inside. */
export function ConfirmDialog({ title, children, confirmLabel, word, onConfirm, onCancel }: Props) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    // Without a word to type, the safe choice has the focus: Enter must not destroy anything.
    if (word === undefined) cancelRef.current?.focus();
    return () => dialog?.close();
  }, [word]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (word !== undefined && typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase()) {
      setMismatch(true);
      return;
    }
    onConfirm();
  };

  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form className="data-form" onSubmit={submit}>
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        {word !== undefined && (
          <label className="field">
            <span>{t('dataEraseTypeLabel', word)}</span>
            <input
              value={typed}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={mismatch}
              aria-describedby={mismatch ? `${id}-mismatch` : undefined}
              onChange={(e) => {
                setTyped(e.target.value);
                setMismatch(false);
              }}
            />
          </label>
        )}
        {mismatch && word !== undefined && (
          <p className="error" id={`${id}-mismatch`} role="alert">
            {t('dataEraseMismatch', word)}
          </p>
        )}
        <div className="row">
          <button type="submit" className="danger">
            {confirmLabel}
          </button>
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
