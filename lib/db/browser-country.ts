import type { CountryCode } from 'libphonenumber-js/min';
import { countryOfLanguage } from '../contacts/phone';

/** The first of the browser's languages that names a region ("de-AT" → AT); none for plain "de". */
export function browserPhoneCountry(): CountryCode | undefined {
  const languages = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of languages) {
    const country = countryOfLanguage(tag);
    if (country) return country;
  }
  return undefined;
}
