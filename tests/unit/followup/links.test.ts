import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { googleCalendarUrl, outlookCalendarUrl } from '../../../lib/followup';

const event = {
  summary: 'Follow-up: Anna Berger & Co. (Lechner AG) 100% ✓',
  start: new Date('2026-12-14T08:00:00.000Z'),
  end: new Date('2026-12-14T08:30:00.000Z'),
  description:
    'Met at the Lechner party.\nTalked about: purchasing + logistics; send deck?\nhttps://example.org/a?b=c&d=e#f',
  location: 'Wien, Stephansplatz 1',
};

describe('googleCalendarUrl', () => {
  it('builds a TEMPLATE link whose params decode back to the input', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect([...url.searchParams.keys()]).toEqual(['action', 'text', 'dates', 'details', 'location']);
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe(event.summary);
    expect(url.searchParams.get('dates')).toBe('20261214T080000Z/20261214T083000Z');
    expect(url.searchParams.get('details')).toBe(event.description);
    expect(url.searchParams.get('location')).toBe(event.location);
  });

  it('keeps the dates readable and encodes spaces as %20, never "+"', () => {
    const text = googleCalendarUrl(event);
    expect(text).toContain('&dates=20261214T080000Z/20261214T083000Z&');
    expect(text).toContain('text=Follow-up:%20Anna%20Berger%20%26%20Co.');
    expect(text).not.toMatch(/[ +]/);
  });

  it('omits absent or empty details and location', () => {
    const url = new URL(googleCalendarUrl({ summary: 'x', start: event.start, end: event.end, description: '' }));
    expect([...url.searchParams.keys()]).toEqual(['action', 'text', 'dates']);
  });

  it('converts local times to UTC', () => {
    const url = new URL(
      googleCalendarUrl({
        summary: 'x',
        start: new Date('2026-12-14T09:00:00+01:00'),
        end: new Date('2026-12-14T09:30:00+01:00'),
      }),
    );
    expect(url.searchParams.get('dates')).toBe('20261214T080000Z/20261214T083000Z');
  });
});

describe('outlookCalendarUrl', () => {
  it('builds a compose deep link whose params decode back to the input', () => {
    const url = new URL(outlookCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/calendar/deeplink/compose');
    expect([...url.searchParams.keys()]).toEqual(['path', 'rru', 'subject', 'startdt', 'enddt', 'body', 'location']);
    expect(url.searchParams.get('path')).toBe('/calendar/action/compose');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(url.searchParams.get('subject')).toBe(event.summary);
    expect(url.searchParams.get('startdt')).toBe('2026-12-14T08:00:00.000Z');
    expect(url.searchParams.get('enddt')).toBe('2026-12-14T08:30:00.000Z');
    expect(url.searchParams.get('body')).toBe(event.description);
    expect(url.searchParams.get('location')).toBe(event.location);
  });

  it('matches the documented shape and never uses "+" for spaces', () => {
    const text = outlookCalendarUrl({ summary: 'Call Anna', start: event.start, end: event.end });
    expect(text).toBe(
      'https://outlook.office.com/calendar/deeplink/compose?path=/calendar/action/compose&rru=addevent&subject=Call%20Anna&startdt=2026-12-14T08:00:00.000Z&enddt=2026-12-14T08:30:00.000Z',
    );
    expect(outlookCalendarUrl(event)).not.toMatch(/[ +]/);
  });

  it('survives lone surrogates (replaced by U+FFFD) instead of throwing a URIError', () => {
    const url = new URL(outlookCalendarUrl({ summary: 'a\uD83Db', start: event.start, end: event.end }));
    expect(url.searchParams.get('subject')).toBe('a\uFFFDb');
  });

  it('rejects invalid dates and an end before the start', () => {
    expect(() => outlookCalendarUrl({ summary: 'x', start: event.end, end: event.start })).toThrow(RangeError);
    expect(() => googleCalendarUrl({ summary: 'x', start: new Date(Number.NaN), end: event.end })).toThrow(RangeError);
  });
});

describe('links (property)', () => {
  it('decode back to any summary, description and location', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.string(),
        (summary, description, location) => {
          const input = { summary, description, location, start: event.start, end: event.end };
          const google = new URL(googleCalendarUrl(input)).searchParams;
          const outlook = new URL(outlookCalendarUrl(input)).searchParams;
          expect(google.get('text')).toBe(summary || null);
          expect(outlook.get('subject')).toBe(summary || null);
          expect(google.get('details')).toBe(description || null);
          expect(outlook.get('body')).toBe(description || null);
          expect(google.get('location')).toBe(location || null);
          expect(outlook.get('location')).toBe(location || null);
        },
      ),
    );
  });
});
