import { afterEach, describe, expect, it, vi } from 'vitest';
import { plural } from '../../../lib/i18n/plural';
import { useUiLanguage } from './ui-language';

const people = (n: number) => plural(n, { one: 'peopleImportedOne', other: 'peopleImported' });
const restore = (n: number) =>
  plural(n, { one: 'dataRestoreConfirmTextOne', other: 'dataRestoreConfirmText' }, ['12/04/2026']);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('plural', () => {
  it.each([
    ['en', ['0 people', '1 person', '2 people', '5 people'], 'added from the guest list.'],
    ['de', ['0 Personen', '1 Person', '2 Personen', '5 Personen'], 'aus der Gästeliste übernommen.'],
  ] as const)('%s: one for 1, other for 0, 2 and 5', (lang, counted, rest) => {
    useUiLanguage(lang);
    expect([0, 1, 2, 5].map(people)).toEqual(counted.map((c) => `${c} ${rest}`));
  });

  it('the count is $1 written in the UI language, further values follow it', () => {
    useUiLanguage('de');
    expect(restore(1)).toMatch(/^Die Sicherung vom 12\/04\/2026 \(1 Kontakt\) ersetzt/);
    expect(restore(1500)).toMatch(/^Die Sicherung vom 12\/04\/2026 \(1\.500 Kontakte\) ersetzt/);
    useUiLanguage('en');
    expect(restore(1500)).toMatch(/^The backup of 12\/04\/2026 \(1,500 contacts\) replaces/);
  });

  it('a category without its own message takes the other one', () => {
    useUiLanguage('en');
    expect(plural(1, { other: 'peopleImported' })).toBe('1 people added from the guest list.');
  });
});
