// Festive-event detector: does a calendar event look like a festive-season
// networking occasion (Christmas, year-end or New Year party of an
// organisation)? Pure and synchronous; never throws.
import { readEvent } from './event-text';
import { keywordSignals } from './keywords';
import { describe } from './reasons';
import { MATCH_THRESHOLD, toScore } from './score';
import { collectSignals } from './signals';
import type { DetectOptions, Detection, FestiveEventInput } from './types';

export { MATCH_THRESHOLD } from './score';
export type { DetectOptions, Detection, FestiveEventInput, Locale } from './types';

export function detectFestiveEvent(e: FestiveEventInput, options?: DetectOptions): Detection {
  try {
    const text = readEvent(e);
    const opts: DetectOptions = typeof options === 'object' && options !== null ? options : {};
    const signals = [...collectSignals(text), ...keywordSignals(text, opts.include, opts.exclude)];
    const score = toScore(signals);
    const match = score >= MATCH_THRESHOLD;
    return { match, score, reasons: describe(signals, match, opts.locale === 'de' ? 'de' : 'en') };
  } catch {
    // last line of defence for hostile input (e.g. a throwing options getter)
    return { match: false, score: 0, reasons: [] };
  }
}
