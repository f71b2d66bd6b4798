// Undoes the OCR slips that are safe to undo on a card's lines (docs/business-cards.md):
// spaces around "@" and the dots of its domain, a comma for such a dot, a stray "|", "0" read for
// "O" inside a word.

/** More lines than this are not a business card; longer lines are cut. */
const MAX_LINES = 60;
const MAX_LINE = 300;
export const MAX_CARD_TEXT = 10_000;

/** The card's lines: control characters and whitespace runs become one space, empty lines dropped. */
export function ocrLines(text: string): string[] {
  return text
    .slice(0, MAX_CARD_TEXT)
    .split(/\r\n|[\r\n\u2028\u2029\v\f]/)
    .map((line) =>
      fixEmailSpacing(
        line
          .slice(0, MAX_LINE)
          .replace(/[\s\p{Cc}\u200B-\u200D\u2060\uFEFF\uFFFD]+/gu, ' ')
          // "© LECHNER", "Brainlab®": marks of a logo are not part of its name.
          .replace(/\s*[©®™]\s*/gu, ' ')
          .trim()
          .replace(/^[\s|¦!]+|[\s|¦]+$/gu, ''),
      ),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .slice(0, MAX_LINES);
}

/**
 * "anna.berger @ lechner . at" → "anna.berger@lechner.at", and a comma read for the dot before a
 * lower-case ending ("lechner,at"): only around one "@" with word characters on both sides.
 */
function fixEmailSpacing(line: string): string {
  if ((line.match(/@/g)?.length ?? 0) !== 1) return line;
  return line.replace(
    /([\p{L}\p{N}._%+-]+) ?@ ?([\p{L}\p{N}-]+(?:(?: ?\. ?|,(?=\p{Ll}{2,6}(?![\p{L}\p{N}])))[\p{L}\p{N}-]+)*)/u,
    (_m, local: string, domain: string) => `${local}@${domain.replace(/ ?\. ?|,/g, '.')}`,
  );
}

/** "B0SCH", "C0nsulting": a 0 between letters of a word without other digits is an O. */
export function fixLetterO(word: string): string {
  if (!/^[\p{L}0]+$/u.test(word) || !/0/.test(word) || (word.match(/\p{L}/gu)?.length ?? 0) < 2) return word;
  const upper = word === word.toUpperCase();
  return word.replace(/0/g, (_zero, index: number) => (upper || index === 0 ? 'O' : 'o'));
}
