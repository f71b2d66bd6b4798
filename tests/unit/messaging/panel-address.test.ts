import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { panelHash, readPanelHash } from '../../../lib/messaging/panel-address';

describe('panel address', () => {
  it('reads back what it writes, with and without a token', () => {
    expect(readPanelHash(panelHash({ eventId: 'ev 1/ä#&=', token: 'tok-1' }))).toEqual({
      kind: 'event',
      eventId: 'ev 1/ä#&=',
      token: 'tok-1',
    });
    expect(readPanelHash(panelHash({ eventId: 'abc' }))).toEqual({ kind: 'event', eventId: 'abc' });
  });

  it('an empty fragment is blank', () => {
    expect(readPanelHash('')).toEqual({ kind: 'blank' });
    expect(readPanelHash('#')).toEqual({ kind: 'blank' });
  });

  it('anything we did not write is malformed', () => {
    for (const hash of ['#abc', '#event=', '#event=a&token=', '#event=a&event=b', '#event=a&x=1', '#token=t', `#event=${'x'.repeat(1001)}`])
      expect(readPanelHash(hash), hash).toEqual({ kind: 'malformed' });
  });

  it('never throws, and round-trips any id and token', () => {
    fc.assert(fc.property(fc.string(), (hash) => void readPanelHash(hash)));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.string({ minLength: 1, maxLength: 50 }), (eventId, token) => {
        expect(readPanelHash(panelHash({ eventId, token }))).toEqual({ kind: 'event', eventId, token });
      }),
    );
  });
});
