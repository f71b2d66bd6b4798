// The user's own include/exclude keywords from the options page, applied on
// top of the built-in rules.
import type { EventText } from './event-text';
import { normalise, toText } from './normalise';
import type { Signal } from './types';

/** Outweighs the bias on its own, but not counter-evidence such as a cancellation. */
const INCLUDE_WEIGHT = 4;
/** Forces "no match" whatever else is found. */
const EXCLUDE_WEIGHT = -20;
const MAX_KEYWORDS = 200;
const MAX_KEYWORD_LENGTH = 100;

/** The first keyword (as the user wrote it) whose normalised form occurs in `text`. */
function findKeyword(keywords: unknown, text: string): string | undefined {
  if (!Array.isArray(keywords)) return undefined;
  for (const raw of keywords.slice(0, MAX_KEYWORDS)) {
    const shown = toText(raw, MAX_KEYWORD_LENGTH).trim();
    const needle = normalise(shown);
    if (needle.length > 1 && text.includes(needle)) return shown;
  }
  return undefined;
}

export function keywordSignals(text: EventText, include: unknown, exclude: unknown): Signal[] {
  const signals: Signal[] = [];
  const included = findKeyword(include, text.title);
  if (included !== undefined) signals.push({ kind: 'include', weight: INCLUDE_WEIGHT, keyword: included });
  const excluded = findKeyword(exclude, text.title + ' ' + text.context);
  if (excluded !== undefined) signals.push({ kind: 'exclude', weight: EXCLUDE_WEIGHT, keyword: excluded });
  return signals;
}
