import { useCallback, useState } from 'react';
import { t, type MessageKey } from '../lib/i18n';

/** A full disk or quota, as IndexedDB and Dexie report it (Dexie keeps the cause in `inner`). */
function isStorageFull(error: unknown): boolean {
  for (
    let e = error;
    e instanceof Error || (typeof e === 'object' && e !== null);
    e = (e as { inner?: unknown }).inner
  ) {
    if ((e as { name?: string }).name === 'QuotaExceededError') return true;
    if (!(e as { inner?: unknown }).inner) break;
  }
  return false;
}

/** The message a user sees for a failed data action (`failed`: its wording, with the reason as $1). */
export function describeError(error: unknown, failed: MessageKey = 'errorSaving'): string {
  if (isStorageFull(error)) return t('errorStorageFull');
  return t(failed, error instanceof Error ? error.message : String(error));
}

/** Runs a data action and keeps a user-facing message when it fails, instead of losing the error. */
export function useErrorMessage() {
  const [error, setError] = useState<string>();
  const run = useCallback(async (action: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await action();
    } catch (e) {
      setError(describeError(e));
    }
  }, []);
  return { error, run };
}
