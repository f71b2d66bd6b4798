import { useEffect } from 'react';
import { t, type MessageKey } from '../lib/i18n';

export interface UndoState {
  message: MessageKey;
  undo: () => void;
}

/** "Deleted. Undo" for a few seconds after a deletion. */
export function UndoToast({ state, onClose }: { state: UndoState | undefined; onClose: () => void }) {
  useEffect(() => {
    if (!state) return;
    const timer = setTimeout(onClose, 8000);
    return () => clearTimeout(timer);
  }, [state, onClose]);
  if (!state) return null;
  return (
    <div className="toast" role="status">
      <span className="grow">{t(state.message)}</span>
      <button
        type="button"
        onClick={() => {
          state.undo();
          onClose();
        }}
      >
        {t('undo')}
      </button>
    </div>
  );
}
