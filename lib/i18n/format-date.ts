import { uiLocale } from './index';

const STYLES = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date ("14 Dec 2026") or a moment ("14 Dec 2026, 09:00") in the UI language. A value that is no
 * date is shown as it is: a wrong date would be worse than the raw text.
 */
export function formatDate(value: string | Date, style: keyof typeof STYLES = 'dateTime'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(uiLocale(), STYLES[style]).format(date);
}
