import { uiLocale } from '../../lib/i18n';

/** "14 Dec 2026, 09:00" in the UI language; an unreadable value is shown as it is. */
export function formatDateTime(iso: string | Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
