// Checks every read value passes before it is returned: a value that fails is left out,
// never repaired into something the input did not say.

const MAX_TEXT = 200;
const MAX_EMAIL = 254;
const MAX_URL = 2048;

/** Control characters, zero-width spaces and whitespace runs become one space; ends trimmed. */
export const squashSpaces = (value: string): string =>
  value.replace(/[\s\p{Cc}\u200B-\u200D\u2060\uFEFF\uFFFD]+/gu, ' ').trim();

/** A name, company, title or address part: letters or digits, no markup, not overlong. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = squashSpaces(value).replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/gu, '');
  if (!text || text.length > MAX_TEXT || !/[\p{L}\p{N}]/u.test(text)) return undefined;
  if (/<\/?[a-z!][^>]*>|[<>]|javascript:/iu.test(text)) return undefined;
  return text;
}

const EMAIL =
  /^[\p{L}\p{N}_%+'’-][\p{L}\p{N}._%+'’-]*@[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)*\.\p{L}{2,}$/u;

export function cleanEmail(value: string | undefined): string | undefined {
  const email = value?.trim().replace(/^mailto:/i, '');
  return email && email.length <= MAX_EMAIL && EMAIL.test(email) && !email.includes('..') ? email : undefined;
}

const MIN_PHONE_DIGITS = 6;
const MAX_PHONE_DIGITS = 17;

/** A phone as written: digits with "+", spaces, dashes, dots, slashes and brackets. */
export function cleanPhone(value: string | undefined): string | undefined {
  const phone = value?.trim().replace(/^tel:/i, '');
  if (!phone || !/^\+?[\d\s()./-]+$/.test(phone.replace(/^\(\+/, '(')) || !/\d$/.test(phone)) return undefined;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS ? phone : undefined;
}

/** http(s) URLs and bare host names with a path; other schemes ("javascript:", "data:") are dropped. */
export function cleanUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url || url.length > MAX_URL || /[\s<>"'`\\{}^]/u.test(url)) return undefined;
  if (/^https?:\/\/[\p{L}\p{N}][\p{L}\p{N}.-]*\.\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/iu.test(url)) return url;
  if (/^[a-z][a-z\d+.-]*:/i.test(url) && !/^[\p{L}\p{N}.-]+\.\p{L}{2,}:\d/u.test(url)) return undefined;
  return /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)*\.\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u.test(url)
    ? url
    : undefined;
}

/** Adds `value` to `list` unless it is undefined or already there (compared without case and spaces). */
export function addUnique(list: string[], value: string | undefined): void {
  if (value === undefined) return;
  const key = (s: string) => s.toLowerCase().replace(/[\s().-]/g, '');
  if (!list.some((v) => key(v) === key(value))) list.push(value);
}
