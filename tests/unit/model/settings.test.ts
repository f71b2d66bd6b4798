import { describe, expect, it } from 'vitest';
import { parseKeywords } from '../../../lib/model/settings';

describe('keywords as typed', () => {
  it('splits on lines, commas and semicolons, trims, drops empties and repeats', () => {
    expect(parseKeywords(' Kundenabend \n\nPunschabend, Kundenabend; Glühweinstand \r\n')).toEqual([
      'Kundenabend',
      'Punschabend',
      'Glühweinstand',
    ]);
    expect(parseKeywords('')).toEqual([]);
  });
});
