// Phone numbers through libphonenumber-js (its "min" metadata: validity by length, no number types).
// We keep what the user typed for display; the E.164 form is only a key for duplicates, search and tel: links.
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

const COUNTRIES = new Set<string>(getCountries());

/** Whether `code` is a country libphonenumber knows ("AT", "DE", …). */
export const isPhoneCountry = (code: string): code is CountryCode => COUNTRIES.has(code);

/**
 * The country a number without "+" belongs to, from a BCP 47 language tag's region ("de-AT" → AT).
 * A tag without a region ("de") gives none: guessing Germany for every German speaker would turn an
 * Austrian "0664 …" into a wrong +49 number.
 */
export function countryOfLanguage(tag: string | undefined): CountryCode | undefined {
  if (!tag) return undefined;
  try {
    const region = new Intl.Locale(tag).region;
    return region !== undefined && isPhoneCountry(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/** The number in E.164 ("+436641234567"), or undefined when the text isn't a valid number. */
export function toE164(text: string, defaultCountry?: CountryCode): string | undefined {
  const number = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
  return number?.isValid() ? number.number : undefined;
}

/** The digits of a phone text, for matching what the user types in search ("0664 12" → "066412"). */
export const phoneDigits = (text: string): string => text.replace(/\D/g, '');
