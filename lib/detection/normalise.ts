// Text normalisation: whatever arrives (markup, entities, emoji, invisible
// characters, non-strings) becomes lower-case ASCII-folded words separated by
// single spaces, so the lexicon can match with plain regexes.
import { foldText } from '../text/fold';

/** Coerces any runtime value to a string of at most `cap` characters; never throws. */
export function toText(value: unknown, cap: number): string {
  if (value == null) return '';
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    return '';
  }
  return text.length > cap ? text.slice(0, cap) : text;
}

const ENTITY = /&(#x?[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const LETTER_ENTITY = /^([a-z])(?:uml|acute|grave|circ|tilde|ring|cedil|slash)$/i;

function decodeEntity(_: string, name: string): string {
  if (name[0] === '#') {
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 31 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  }
  const lower = name.toLowerCase();
  if (lower === 'amp') return '&';
  if (lower === 'szlig') return 'ss';
  return LETTER_ENTITY.exec(name)?.[1] ?? ' ';
}

/**
 * Removes HTML tags in one linear pass (no backtracking regex) and decodes
 * entities. A "<" not followed by a tag-like character is kept as text, and
 * so is everything after a tag that is never closed.
 */
export function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // letters, "/" and "!" open a tag or comment
    if (!((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33)) continue;
    const close = text.indexOf('>', i + 1);
    if (close === -1) break; // no ">" further on: stop scanning, keep the rest
    out += text.slice(from, i) + ' ';
    from = close + 1;
    i = close;
  }
  out += text.slice(from);
  return out.replace(ENTITY, decodeEntity);
}

// soft hyphen, zero-width space/joiners, word joiner, BOM: glue the word back together
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// letters NFD does not decompose
const FOLDS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
const FOLDABLE = /[ßøæœłđıþ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-case, strip diacritics and invisible characters, keep the punctuation. */
export function foldForMatching(text: string): string {
  return foldText(text)
    .replace(INVISIBLE, '')
    .replace(FOLDABLE, (c) => FOLDS[c] ?? c);
}

/** Folded words separated by single spaces: "Weihnachts-Feier 🎄!" -> "weihnachts feier". */
export function toWords(folded: string): string {
  return folded.replace(NON_WORD, ' ').trim();
}

export function normalise(text: string): string {
  return toWords(foldForMatching(stripMarkup(text)));
}
