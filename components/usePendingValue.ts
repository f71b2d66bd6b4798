import { useState } from 'react';

/**
 * Shows a value the user just set at once, before the database write comes back through the
 * live query. The pending value counts only while the row is unchanged (same `version`, e.g.
 * its `updatedAt`); any newer stored version, ours or another view's, wins.
 */
export function usePendingValue<T>(stored: T, version: string): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T; version: string }>();
  const shown = pending && pending.version === version ? pending.value : stored;
  return [shown, (value: T) => setPending({ value, version })];
}
