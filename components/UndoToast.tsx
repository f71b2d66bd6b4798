import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../lib/i18n';
import { describeError } from './useErrorMessage';

export interface UndoState {
  message: MessageKey;
  /** Puts back what was deleted or changed; when it fails, the toast says so. */
  undo: () => Promise<unknown>;
}

/**
 * "Deleted. Undo" for a few seconds after a deletion. A failed undo stays on screen with its
 * reason until closed; the list then shows what is stored, the item still gone.
 */
export function UndoToast({ state, onClose }: { state: UndoState | undefined; onClose: () => void }) {
  // Both belong to the toast they were set for: a new deletion starts afresh.
  const [busy, setBusy] = useState<UndoState>();
  const [failure, setFailure] = useState<{ state: UndoState; message: string }>();
  const failed = failure && failure.state === state ? failure.message : undefined;
  const waiting = busy !== undefined && busy === state;
  useEffect(() => {
    if (!state || failed || waiting) return;
    const timer = setTimeout(onClose, 8000);
    return () => clearTimeout(timer);
  }, [state, onClose, failed, waiting]);
  if (!state) return null;
  if (failed) {
    return (
      <div className="toast" role="alert">
        <span className="grow">{failed}</span>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    );
  }
  const undo = () => {
    setBusy(state);
    state.undo().then(onClose, (error: unknown) => {
      setBusy(undefined);
      setFailure({ state, message: describeError(error, 'undoFailed') });
    });
  };
  return (
    <div className="toast" role="status">
      <span className="grow">{t(state.message)}</span>
      <button type="button" disabled={waiting} onClick={undo}>
        {t('undo')}
      </button>
    </div>
  );
}
