import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/text/fold';

describe('foldText', () => {
  it('lower-cases and drops diacritics, whichever way they are encoded', () => {
    expect(foldText('José MÜLLER')).toBe('jose muller');
    expect(foldText('Jose\u0301 Mu\u0308ller')).toBe('jose muller');
    expect(foldText('İstanbul Čapek Łódź')).toBe('istanbul capek łodz');
  });

  it('keeps punctuation, spacing and letters Unicode does not split', () => {
    expect(foldText('Straße, Ørsted  & Co.')).toBe('straße, ørsted  & co.');
  });
});
