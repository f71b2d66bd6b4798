// The fake browser answers in a UI language: getUILanguage and getMessage from that catalogue.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const CATALOGUES: Record<'de' | 'en', Record<string, { message: string }>> = { de, en };

export function useUiLanguage(lang: 'de' | 'en'): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'de' ? 'de-AT' : 'en-GB');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) => {
    const subs = [substitutions ?? []].flat().map(String);
    return (CATALOGUES[lang][key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}
