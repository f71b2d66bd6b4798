import { describe, expect, it } from 'vitest';
import { createNewEventCap } from '../../../../entrypoints/background/new-event-cap';

describe('new-event cap', () => {
  it('allows `limit` new events per tab in any minute', () => {
    let now = 0;
    const cap = createNewEventCap(2, () => now);
    expect([cap.take(1), cap.take(1), cap.take(1)]).toEqual([true, true, false]);
    expect(cap.take(2)).toBe(true);
    now = 59_999;
    expect(cap.take(1)).toBe(false);
    now = 60_001;
    expect(cap.take(1)).toBe(true);
    cap.forget(2);
    expect([cap.take(2), cap.take(2), cap.take(2)]).toEqual([true, true, false]);
  });
});
