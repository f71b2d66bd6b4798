import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('UI strings', () => {
  it('German has every English key and no other', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty, and placeholders match', () => {
    for (const [key, entry] of Object.entries(en as Catalogue)) {
      const other = (de as Catalogue)[key];
      expect(entry.message.trim(), key).not.toBe('');
      expect(other?.message.trim(), key).not.toBe('');
      expect(Object.keys(other?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });
});
