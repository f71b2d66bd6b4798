import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mailtoUrl } from '../../../lib/followup';

/** Independent reader for a mailto: URL built from encodeURIComponent parts. */
function readMailto(url: string): { to: string; params: Record<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = url.slice('mailto:'.length).split('?');
  const params: Record<string, string> = {};
  for (const pair of query ? query.split('&') : []) {
    const [key = '', value = ''] = pair.split('=');
    params[key] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(to), params };
}

describe('mailtoUrl', () => {
  it('encodes spaces as %20 and line breaks as %0D%0A', () => {
    const url = mailtoUrl({
      to: 'anna@lechner.at',
      subject: 'Schön, Sie kennengelernt zu haben',
      body: 'Liebe Anna,\n\nwie besprochen …',
    });
    expect(url).toBe(
      'mailto:anna@lechner.at?subject=Sch%C3%B6n%2C%20Sie%20kennengelernt%20zu%20haben&body=Liebe%20Anna%2C%0D%0A%0D%0Awie%20besprochen%20%E2%80%A6',
    );
    expect(url).not.toMatch(/[ +]/);
  });

  it('normalises CR, LF and CRLF in the body to CRLF', () => {
    const { params } = readMailto(mailtoUrl({ subject: 's', body: 'a\nb\r\nc\rd' }));
    expect(params.body).toBe('a\r\nb\r\nc\r\nd');
  });

  it('leaves out the recipient when absent and turns subject line breaks into spaces', () => {
    const url = mailtoUrl({ subject: 'Hallo\r\nBcc: x@y.z', body: 'b' });
    expect(url.startsWith('mailto:?subject=')).toBe(true);
    expect(readMailto(url).params.subject).toBe('Hallo Bcc: x@y.z');
  });

  it('encodes characters that would break the URL in the address and params', () => {
    const url = mailtoUrl({ to: 'a&b?c@x.de, d@y.de', subject: 'x&body=evil', body: '100% #1' });
    const { to, params } = readMailto(url);
    expect(to).toBe('a&b?c@x.de, d@y.de');
    expect(params).toEqual({ subject: 'x&body=evil', body: '100% #1' });
  });

  it('survives lone surrogates (replaced by U+FFFD)', () => {
    expect(readMailto(mailtoUrl({ subject: '\uDE00', body: 'x\uD83D' })).params).toEqual({
      subject: '\uFFFD',
      body: 'x\uFFFD',
    });
  });

  it('omits an empty subject or body', () => {
    expect(mailtoUrl({ to: 'a@b.at', subject: '', body: '' })).toBe('mailto:a@b.at');
    expect(mailtoUrl({ to: 'a@b.at', subject: '', body: 'hi' })).toBe('mailto:a@b.at?body=hi');
  });

  it('decodes back to any subject and body (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const { params } = readMailto(mailtoUrl({ to: 'anna@x.de', subject, body }));
        const s = subject.replace(/[\r\n]+/g, ' ').trim();
        expect(params.subject).toBe(s || undefined);
        expect(params.body).toBe(body ? body.replace(/\r\n?|\n/g, '\r\n') : undefined);
      }),
    );
  });
});
