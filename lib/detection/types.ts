/** A calendar event as the detector sees it; every field may be garbage at runtime. */
export interface FestiveEventInput {
  title: string;
  description?: string;
  location?: string;
  /** ISO local date-time ("2026-12-12T18:00") or date ("2026-12-12"). */
  start?: string;
}

export type Locale = 'en' | 'de';

export interface DetectOptions {
  /** Language of `reasons` (default 'en'). */
  locale?: Locale;
  /** User keywords that make an event match when found in its title. */
  include?: string[];
  /** User keywords that make an event not match when found anywhere in it. */
  exclude?: string[];
}

export interface Detection {
  match: boolean;
  /** In [0, 1]; `match` is `score >= MATCH_THRESHOLD`. */
  score: number;
  /** Short phrases for the user, most important first. */
  reasons: string[];
}

/** What a piece of evidence is about; each kind has one reason phrase. */
export type SignalKind =
  | 'xmasParty'
  | 'yearParty'
  | 'festiveTerm'
  | 'gathering'
  | 'descParty'
  | 'descFestive'
  | 'invitation'
  | 'venue'
  | 'organisation'
  | 'inSeason'
  | 'offSeason'
  | 'allDay'
  | 'cancelled'
  | 'dayOff'
  | 'vacation'
  | 'private'
  | 'errand'
  | 'ceremony'
  | 'aboutParty'
  | 'accounting'
  | 'review'
  | 'work'
  | 'include'
  | 'exclude';

/** One piece of evidence: positive weight for, negative against a match. */
export interface Signal {
  kind: SignalKind;
  weight: number;
  /** The user keyword behind an include/exclude signal. */
  keyword?: string;
}
