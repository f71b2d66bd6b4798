// heldout.jsonl was written before the detector was tuned (first run:
// precision 1.000, recall 0.976), to keep an eye on generalisation.
import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelled, report } from './labelled';

describe('detection held-out set', () => {
  const events = loadLabelled('heldout.jsonl');

  it('has at least 60 events of both classes', () => {
    expect(events.length).toBeGreaterThanOrEqual(60);
    expect(events.filter((e) => e.expected).length).toBeGreaterThanOrEqual(20);
    expect(events.filter((e) => !e.expected).length).toBeGreaterThanOrEqual(20);
  });

  it('reaches precision ≥ 0.9 and recall ≥ 0.9', () => {
    const result = evaluate(events);
    report('held-out', result);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});
