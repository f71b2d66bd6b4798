import { createElement, useCallback, useState, type ReactElement } from 'react';
import type { MessageKey } from '../lib/i18n';
import { UndoToast, type UndoState } from './UndoToast';

/**
 * "Deleted. Undo" after a deletion or change: `offer` shows the toast with the message and the
 * function that puts the data back; render `toast` where it belongs. A newer offer replaces an
 * older one; a failed undo says so (UndoToast).
 */
export function useUndo(): { offer: (message: MessageKey, undo: () => Promise<unknown>) => void; toast: ReactElement } {
  const [state, setState] = useState<UndoState>();
  const close = useCallback(() => setState(undefined), []);
  const offer = useCallback((message: MessageKey, undo: () => Promise<unknown>) => setState({ message, undo }), []);
  return { offer, toast: createElement(UndoToast, { state, onClose: close }) };
}
