import * as v from 'valibot';
import { isPhoneCountry } from '../contacts/phone';
import type { SettingKey, Settings } from '../model/settings';

/** The follow-up delay the options allow, in hours (two weeks at most). */
export const FOLLOW_UP_HOURS = { min: 1, max: 336 } as const;
/** As many keywords as `parseKeywords` keeps. */
const MAX_KEYWORDS = 200;

const keywords = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.check((keyword) => keyword.trim() !== '', 'a keyword must not be blank'),
    ),
  ),
  v.maxLength(MAX_KEYWORDS),
);

/** Each setting's own validator: what a stored or restored value must be to mean something. */
export const SETTING_SCHEMAS: { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> } = {
  includeKeywords: keywords,
  excludeKeywords: keywords,
  followUpHours: v.pipe(v.number(), v.integer(), v.minValue(FOLLOW_UP_HOURS.min), v.maxValue(FOLLOW_UP_HOURS.max)),
  followUpSkipWeekend: v.boolean(),
  // Empty: the browser's region decides.
  phoneCountry: v.union([v.literal(''), v.pipe(v.string(), v.check(isPhoneCountry, 'not a country code'))]),
  privateWindows: v.boolean(),
};

export const isSettingKey = (key: unknown): key is SettingKey =>
  typeof key === 'string' && Object.hasOwn(SETTING_SCHEMAS, key);
