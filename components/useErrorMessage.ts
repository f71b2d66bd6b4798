import { useCallback, useState } from 'react';
import { t } from '../lib/i18n';

/** Runs a data action and keeps a user-facing message when it fails, instead of losing the error. */
export function useErrorMessage() {
  const [error, setError] = useState<string>();
  const run = useCallback(async (action: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await action();
    } catch (e) {
      setError(t('errorSaving', e instanceof Error ? e.message : String(e)));
    }
  }, []);
  return { error, run };
}
