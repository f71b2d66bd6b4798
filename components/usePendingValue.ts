import { useState } from 'react';

/**
 * Shows a value the user just set at once, before the database write comes back through the
 * live query. The pending value counts only while the row is unchanged (same `version`, e.g.
 * its `updatedAt`); any newer stored version, ours or another view's, wins. When the write
 * fails, the stored value shows again and the error goes to the caller, to be reported.
 */
export function usePendingValue<T>(
  stored: T,
  version: string,
  write: (value: T) => Promise<unknown>,
): [T, (value: T) => Promise<void>] {
  const [pending, setPending] = useState<{ value: T; version: string }>();
  const shown = pending && pending.version === version ? pending.value : stored;
  const save = async (value: T) => {
    const mine = { value, version };
    setPending(mine);
    try {
      await write(value);
    } catch (error) {
      setPending((current) => (current === mine ? undefined : current));
      throw error;
    }
  };
  return [shown, save];
}
