import type { CountryCode } from 'libphonenumber-js/min';
import { countryOfLanguage, isPhoneCountry } from '../contacts/phone';
import type { SternstundeDB } from './database';
import { getSettings } from './settings';

/** The first of the browser's languages that names a region ("de-AT" → AT); none for plain "de". */
export function browserPhoneCountry(): CountryCode | undefined {
  const languages = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of languages) {
    const country = countryOfLanguage(tag);
    if (country) return country;
  }
  return undefined;
}

/** The country for phone numbers without "+": the user's setting, else the browser's region. */
export async function phoneCountry(db: SternstundeDB): Promise<CountryCode | undefined> {
  const { phoneCountry: chosen } = await getSettings(db);
  return isPhoneCountry(chosen) ? chosen : browserPhoneCountry();
}
