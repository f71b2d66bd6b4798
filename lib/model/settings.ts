/** The user's settings, with their defaults. */
export interface Settings {
  /** Words that make an event a networking party, on top of the built-in rules. */
  includeKeywords: string[];
  /** Words that rule an event out. */
  excludeKeywords: string[];
  /** Follow-up due this many hours after the event's end. */
  followUpHours: number;
  /** A follow-up due on a weekend moves to Monday 09:00. */
  followUpSkipWeekend: boolean;
  /**
   * Country (ISO 3166 alpha-2, "AT") for phone numbers typed without "+"; empty: the browser's
   * region, if its language names one.
   */
  phoneCountry: string;
  /**
   * Events opened in a private (incognito) window are stored too. Off by default: a private window
   * is meant to leave nothing behind, and the extension's database is shared with normal windows.
   */
  privateWindows: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  includeKeywords: [],
  excludeKeywords: [],
  followUpHours: 48,
  followUpSkipWeekend: true,
  phoneCountry: '',
  privateWindows: false,
};

export type SettingKey = keyof Settings;

/** One setting as stored: a row per key, so a change touches only its own row. */
export interface SettingsRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

/** Keywords as typed: one per line (commas and semicolons too), trimmed, no empties or repeats. */
export function parseKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,;]+/)
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ].slice(0, 200);
}
