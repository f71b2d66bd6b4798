import { t, uiLocale, type MessageKey } from './index';

/** A message for each plural category the UI languages use; `other` stands in for any left out. */
export type PluralKeys = Partial<Record<Intl.LDMLPluralRule, MessageKey>> & { other: MessageKey };

/**
 * The message for `count` in the form its number takes in the UI language ("1 contact",
 * "2 contacts"; "1 Kontakt", "0 Kontakte"), chosen by `Intl.PluralRules`. The count, written in the
 * UI language, is $1; `more` fill $2 ….
 */
export function plural(count: number, keys: PluralKeys, more: readonly string[] = []): string {
  const locale = uiLocale();
  const key = keys[new Intl.PluralRules(locale).select(count)] ?? keys.other;
  return t(key, [new Intl.NumberFormat(locale).format(count), ...more]);
}
