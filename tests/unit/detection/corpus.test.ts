import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelled, report } from './labelled';

describe('detection corpus (shared, development set)', () => {
  const events = loadLabelled('events.jsonl');

  it('has both classes', () => {
    expect(events.some((e) => e.expected)).toBe(true);
    expect(events.some((e) => !e.expected)).toBe(true);
  });

  it('reaches precision ≥ 0.98 and recall ≥ 0.95', () => {
    const result = evaluate(events);
    report('corpus', result);
    expect(result.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
});
