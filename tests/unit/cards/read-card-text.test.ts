import { describe, expect, it } from 'vitest';
import { readCardText } from '../../../lib/cards';
import { cardTexts } from './card-texts';

describe('readCardText: printed cards', () => {
  it('has at least 40 cards', () => expect(cardTexts.length).toBeGreaterThanOrEqual(40));
  it.each(cardTexts)('%s', (_name, lines, expected) => {
    expect(readCardText(lines.join('\n'))).toEqual(expected);
  });
});
