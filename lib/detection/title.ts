// Calendar apps decorate titles. Google appends " @ <date> (<tz>) (<mail>)" to
// invitation titles: that tail (dates, addresses) is cut off here. Prefixes
// such as "Einladung:", "Accepted:" or "Abgesagt:" need no stripping: they
// are words like any other, and the lexicon scores them (invitation words
// for, cancellation words against a match, response words not at all).
import { foldForMatching, stripMarkup, toWords } from './normalise';

/** Normalised words of a title without Google's invitation tail. */
export function titleWords(raw: string): string {
  let text = foldForMatching(stripMarkup(raw));
  const at = text.indexOf(' @ ');
  if (at > 0 && /\d/.test(text.slice(at))) text = text.slice(0, at);
  return toWords(text);
}
