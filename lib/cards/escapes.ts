import type { CardAddress, CardReading } from './types';
import { cleanText } from './values';
import { readQuickAdd } from '../quick-add';

/**
 * Splits at each unescaped `separator` (none: one part) and resolves backslash escapes: `\x` is
 * x, `\n`/`\N` is `newline` when given, and a character in `keep` stays escaped for a later split.
 */
export function splitEscaped(
  value: string,
  separator?: string,
  options: { newline?: string; keep?: string } = {},
): string[] {
  const parts = [''];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i] ?? '';
      const { newline, keep = '' } = options;
      const resolved =
        newline !== undefined && (next === 'n' || next === 'N') ? newline : keep.includes(next) ? char + next : next;
      parts[parts.length - 1] += resolved;
    } else if (char === separator) {
      parts.push('');
    } else {
      parts[parts.length - 1] += char;
    }
  }
  return parts;
}

/** A whole name ("Prof. Dr. Martin Schneider") split the way quick add splits a typed one. */
export function splitCardName(text: string): Pick<CardReading, 'prefix' | 'firstName' | 'lastName'> {
  const { prefix, firstName, lastName } = readQuickAdd(text);
  return { ...(prefix && { prefix }), ...(firstName && { firstName }), ...(lastName && { lastName }) };
}

/** The structured address of vCard ADR and MECARD: pobox, extended and street joined as written. */
export function structuredAddress(parts: readonly (string | undefined)[]): CardAddress | undefined {
  const [poBox, extended, street, city, region, postalCode, country] = parts.map((p) => cleanText(p));
  const address: CardAddress = {};
  const streetLine = cleanText([poBox, extended, street].filter(Boolean).join(', '));
  for (const [key, value] of Object.entries({ street: streetLine, postalCode, city, region, country }))
    if (value) address[key as keyof CardAddress] = value;
  return Object.keys(address).length > 0 ? address : undefined;
}
