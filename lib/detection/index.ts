// Public contract (docs/method.md): outside tests import this module by path; keep its exports.
// Festive-event detector: does a calendar event look like a festive-season
// networking occasion (Christmas, year-end or New Year party of an
// organisation)? Pure and synchronous; never throws.
import { readEvent } from './event-text';
import { keywordSignals } from './keywords';
import { describe, reasonCodes } from './reasons';
import { MATCH_THRESHOLD, toScore } from './score';
import { collectSignals } from './signals';
import type { DetectOptions, Detection, FestiveEventInput, Signal } from './types';

export { MATCH_THRESHOLD } from './score';
export { reasonText } from './reasons';
export type { DetectOptions, Detection, FestiveEventInput, Locale } from './types';

type Word = (signals: Signal[], match: boolean, options: DetectOptions) => string[];

function assess(e: FestiveEventInput, options: DetectOptions | undefined, word: Word): Detection {
  try {
    const text = readEvent(e);
    const opts: DetectOptions = typeof options === 'object' && options !== null ? options : {};
    const signals = [...collectSignals(text), ...keywordSignals(text, opts.include, opts.exclude)];
    const score = toScore(signals);
    const match = score >= MATCH_THRESHOLD;
    return { match, score, reasons: word(signals, match, opts) };
  } catch {
    // last line of defence for hostile input (e.g. a throwing options getter)
    return { match: false, score: 0, reasons: [] };
  }
}

/** The verdict with its reasons as phrases in `options.locale` (the public contract, docs/method.md). */
export function detectFestiveEvent(e: FestiveEventInput, options?: DetectOptions): Detection {
  return assess(e, options, (signals, match, opts) => describe(signals, match, opts.locale === 'de' ? 'de' : 'en'));
}

/**
 * The verdict with its reasons as codes (see reasonText): what is stored, so that the reasons
 * are worded in whatever language the UI has when they are shown.
 */
export function assessFestiveEvent(e: FestiveEventInput, options?: DetectOptions): Detection {
  return assess(e, options, (signals, match) => reasonCodes(signals, match));
}
