// Combines weighted evidence into a score with a logistic function: the
// weights are log-odds, BIAS is what a festive event has to overcome.
import type { Signal } from './types';

export const MATCH_THRESHOLD = 0.5;
const BIAS = 2.5;

export function toScore(signals: readonly Signal[]): number {
  let sum = -BIAS;
  for (const s of signals) sum += s.weight;
  const score = 1 / (1 + Math.exp(-sum));
  return Math.round(score * 1000) / 1000;
}
