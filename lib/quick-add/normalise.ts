/** Longer input is cut: a party line is short, and it bounds the parser's work. */
const MAX_LINE_LENGTH = 1000;

/**
 * The text the parser works on: non-strings become "", the line is cut to MAX_LINE_LENGTH,
 * control characters, zero-width spaces and whitespace runs become one space, ends trimmed.
 * Every field parseQuickAdd returns is a substring of this text.
 */
export function normaliseLine(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .slice(0, MAX_LINE_LENGTH)
    .replace(/[\s\p{Cc}\u200B\uFEFF]+/gu, ' ')
    .trim();
}
