import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;

/** The substitutions a message uses ($1 … $9), sorted. */
const substitutions = (message = '') => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('UI strings', () => {
  it('German has every English key and no other', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty, and both languages use the same substitutions', () => {
    for (const [key, entry] of Object.entries(en as Catalogue)) {
      const other = (de as Catalogue)[key];
      expect(entry.message.trim(), key).not.toBe('');
      expect(other?.message.trim(), key).not.toBe('');
      expect(substitutions(other?.message), key).toEqual(substitutions(entry.message));
    }
  });
});
