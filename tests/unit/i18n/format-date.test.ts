import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../lib/i18n/format-date';
import { useUiLanguage } from './ui-language';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatDate', () => {
  const moment = new Date(2026, 11, 14, 9, 5);

  it('a date, or a date with its time, in the UI language', () => {
    useUiLanguage('en');
    expect(formatDate(moment, 'date')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(moment));
    expect(formatDate(moment.toISOString())).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(moment),
    );
    useUiLanguage('de');
    expect(formatDate(moment)).toBe('14.12.2026, 09:05');
  });

  it('what is no date is shown as it is', () => {
    useUiLanguage('en');
    expect(formatDate('soon')).toBe('soon');
  });
});
