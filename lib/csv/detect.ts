import { FULL_MARKER } from './columns/full';
import { normaliseHeader } from './headers';
import type { DetectedFormat } from './types';

const FULL_KEY = normaliseHeader(FULL_MARKER);

/** The format a header row belongs to, from normalised header names; undefined if none. */
export function detectFormat(keys: readonly string[]): DetectedFormat | undefined {
  const present = new Set(keys);
  const has = (...names: string[]) => names.some((name) => present.has(name));
  if (has(FULL_KEY)) return 'full';
  // Google never uses these names; Outlook always has some of them.
  if (has('email address', 'job title', 'business phone', 'mobile phone', 'business street')) {
    return has('email type', 'email display name', 'categories', 'referred by') ? 'outlook-classic' : 'outlook';
  }
  if (
    has('given name', 'family name', 'group membership', 'organization 1 - name') ||
    keys.some((k) => /^[a-z][a-z ]* \d+ - type$/.test(k))
  ) {
    return 'google-old';
  }
  if (
    has('labels', 'organization name', 'first name', 'last name') ||
    keys.some((k) => /^[a-z][a-z ]* \d+ - (?:label|value)$/.test(k))
  ) {
    return 'google';
  }
  return undefined;
}
