/**
 * A calendar page hook with what we know of it, kept next to the selector (docs/calendar-markup.md):
 * `verified` = seen in real pages or independent code, `since` the month it was last seen;
 * `assumed` = our guess, `since` the month it was made. `source` names the section of
 * docs/calendar-markup.md the selector comes from (its heading anchor).
 */
export interface Selector {
  readonly css: string;
  readonly status: 'verified' | 'assumed';
  /** YYYY-MM, or YYYY where only the year is known. */
  readonly since: string;
  /** Heading anchor in docs/calendar-markup.md, e.g. "#google-details-popup". */
  readonly source: `#${string}`;
}

const withStatus =
  (status: Selector['status']) =>
  (css: string, since: string, source: Selector['source']): Selector => ({ css, status, since, source });

export const verified = withStatus('verified');
export const assumed = withStatus('assumed');

/** The CSS of each hook, for the adapter's queries. */
export function cssOf<K extends string>(table: Record<K, Selector>): Record<K, string> {
  return Object.fromEntries(Object.entries<Selector>(table).map(([k, s]) => [k, s.css])) as Record<K, string>;
}
