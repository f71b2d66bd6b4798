// Splitting a person's name into first and last name; particles belong to the last name.
import { isPlaceName } from './places';

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

/**
 * A name that is not a company's: "Siemens Healthineers Austria" ends in a place, so it names a
 * company (a subsidiary), not a person.
 */
export function isPersonName(tokens: readonly string[]): boolean {
  return isNameLike(tokens) && !(tokens.length > 1 && isPlaceName(tokens.slice(-1)));
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
  if (others.length === 0) return splitCjkName(first) ?? (afterTitle ? { lastName: first } : { firstName: first });
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

/** Chinese family names of two characters; the others have one. */
const CJK_COMPOUND_FAMILY = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '东方',
  '東方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '夏侯',
  '南宫',
];
/** Frequent Japanese family names of two characters (a three-character name is then 2 + 1). */
const JAPANESE_FAMILY = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '山口',
  '松本',
  '井上',
  '木村',
  '清水',
  '山崎',
  '池田',
  '橋本',
  '阿部',
  '石川',
  '山下',
  '中島',
  '石井',
  '小川',
  '前田',
  '岡田',
  '藤田',
  '後藤',
  '近藤',
  '村上',
  '遠藤',
  '青木',
  '坂本',
  '斉藤',
  '福田',
  '太田',
  '西村',
  '藤井',
];
/** Korean family names of two syllables. */
const KOREAN_COMPOUND_FAMILY = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문'];

/**
 * "王小明" → 王 + 小明, "김민준" → 김 + 민준, "山田太郎" → 山田 + 太郎: a CJK name written without a space,
 * family name first (docs/business-cards.md). Longer runs and kana are left whole: no guess.
 */
function splitCjkName(token: string): { firstName: string; lastName: string } | undefined {
  const chars = [...token];
  let family: number;
  if (/^\p{Script=Hangul}{2,4}$/u.test(token)) {
    family = KOREAN_COMPOUND_FAMILY.some((f) => token.startsWith(f)) && chars.length > 2 ? 2 : 1;
  } else if (/^\p{Script=Han}{2,4}$/u.test(token)) {
    const twoChar =
      chars.length === 4 ||
      ([...CJK_COMPOUND_FAMILY, ...JAPANESE_FAMILY].some((f) => token.startsWith(f)) && chars.length > 2);
    family = twoChar ? 2 : 1;
  } else {
    return undefined;
  }
  return { lastName: chars.slice(0, family).join(''), firstName: chars.slice(family).join('') };
}
