import { describe, expect, it } from 'vitest';
import { pad } from '../../../lib/text/pad';

describe('pad', () => {
  it('writes a number with two digits at least', () => {
    expect([0, 7, 10, 59, 2026].map(pad)).toEqual(['00', '07', '10', '59', '2026']);
  });
});
