// Reads the raw event into normalised text, capping the work on huge fields.
import { normalise, toText } from './normalise';
import { titleWords } from './title';

const TITLE_CAP = 1_000;
const LOCATION_CAP = 500;
// Invitation wording sits at the top of a description; the rest of a huge
// body (pasted mails, markup) adds cost, not evidence.
const DESCRIPTION_CAP = 16_000;
const DESCRIPTION_WORDS_CAP = 4_000;

export interface EventText {
  /** Normalised title words without Google's invitation tail. */
  title: string;
  /** Normalised location words. */
  location: string;
  /** Normalised location and description words. */
  context: string;
  start: string;
}

/** Never throws: hostile getters and non-string fields become empty text. */
export function readEvent(event: unknown): EventText {
  const e = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  const field = (name: string, cap: number): string => {
    try {
      return toText(e[name], cap);
    } catch {
      return '';
    }
  };
  const location = normalise(field('location', LOCATION_CAP));
  const description = normalise(field('description', DESCRIPTION_CAP)).slice(0, DESCRIPTION_WORDS_CAP);
  return {
    title: titleWords(field('title', TITLE_CAP)),
    location,
    context: location + ' ' + description,
    start: field('start', 40),
  };
}
