import type { CountryCode } from 'libphonenumber-js/min';
import { isPhoneCountry } from '../contacts/phone';
import { browserPhoneCountry } from './browser-country';
import type { SternstundeDB } from './database';
import { toContactRow } from './contact-row';
import { getSettings } from './settings';

/** The country for phone numbers without "+": the user's setting, else the browser's region. */
export async function phoneCountry(db: SternstundeDB): Promise<CountryCode | undefined> {
  const { phoneCountry: chosen } = await getSettings(db);
  return isPhoneCountry(chosen) ? chosen : browserPhoneCountry();
}

/**
 * Sets the country for numbers without "+" and recomputes every stored phone's E.164 form with it,
 * in one transaction: the duplicate and search keys never mix two countries.
 */
export async function setPhoneCountry(db: SternstundeDB, code: string): Promise<void> {
  await db.transaction('rw', db.settings, db.contacts, async () => {
    await db.settings.put({ key: 'phoneCountry', value: code });
    const country = isPhoneCountry(code) ? code : browserPhoneCountry();
    const rows = await db.contacts.toArray();
    await db.contacts.bulkPut(rows.map((row) => toContactRow(row, country)));
  });
}
