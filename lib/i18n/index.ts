import { framedBrowser } from '../browser/framed';
import type messages from '../../public/_locales/en/messages.json';

/** A UI string's key; English is the reference catalogue, German must have the same keys. */
export type MessageKey = keyof typeof messages;

/** The UI string for `key` in the browser's language (German or English). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return framedBrowser.i18n.getMessage(key, substitutions);
}

/** The UI language the browser picked for our strings. */
export function uiLocale(): 'de' | 'en' {
  return framedBrowser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
