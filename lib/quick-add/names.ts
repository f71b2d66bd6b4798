// Splitting a person's name into first and last name; particles belong to the last name.

/** Name particles, compared in lower case ("Van der Berg" = "van der Berg"). */
const PARTICLES = new Set([
  'von',
  'vom',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'degli',
  'dei',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'des',
  'la',
  'le',
  'lo',
  'zu',
  'zur',
  'zum',
  'ter',
  'ten',
  'te',
  'af',
  'av',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  "o'",
  'o’',
  'mc',
  'mac',
  'op',
  "d'",
  'd’',
  'st.',
  'san',
  'santa',
]);

function isParticle(token: string): boolean {
  return PARTICLES.has(token.toLowerCase());
}

const NAME_TOKEN = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
const MAX_NAME_TOKENS = 6;

/** Letters only (with apostrophes, hyphens, initials' dots), at most six words. */
export function isNameLike(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.length <= MAX_NAME_TOKENS && tokens.every((t) => NAME_TOKEN.test(t));
}

/** Han, kana, Hangul: names written family name first. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・]+$/u;

/**
 * First and last name from the words of a name. One word is a first name, or a last name
 * after a title ("Dr. Berger", "Frau Berger"). Several words: the last name starts at the
 * first particle ("Anna van der Berg", "von Berger"), else it is the last word. CJK names
 * written with a space are family name first ("王 小明"); without one they stay a single word.
 */
export function splitName(tokens: readonly string[], afterTitle: boolean): { firstName?: string; lastName?: string } {
  const [first, ...others] = tokens;
  if (first === undefined) return {};
  if (others.length === 0) return afterTitle ? { lastName: first } : { firstName: first };
  if (tokens.every((t) => CJK.test(t))) return { lastName: first, firstName: others.join(' ') };
  if (isParticle(first) && first === first.toLowerCase()) return { lastName: tokens.join(' ') };
  let split = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (isParticle(tokens[i] ?? '')) {
      split = i;
      break;
    }
  }
  return { firstName: tokens.slice(0, split).join(' '), lastName: tokens.slice(split).join(' ') };
}

/**
 * How many words at the start of a longer run are the person's name, when a company follows
 * in the same run ("Anna van der Berg Lechner AG"): the first word, any particles, one more.
 */
export function nameHeadLength(tokens: readonly string[], afterTitle: boolean): number {
  if (afterTitle && tokens.length === 2) return 1;
  let end = 1;
  while (end < tokens.length - 1 && isParticle(tokens[end] ?? '')) end++;
  return Math.min(end + 1, tokens.length - 1);
}
