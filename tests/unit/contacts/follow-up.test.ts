import { describe, expect, it } from 'vitest';
import {
  contextLine,
  followUpCalendarEntry,
  followUpDueFor,
  followUpAddress,
  followUpMail,
} from '../../../lib/contacts/follow-up';

describe('follow-up of a new contact', () => {
  const settings = { followUpHours: 48, followUpSkipWeekend: true };

  it('is due by the settings after the event, or after now without one', () => {
    const friday = new Date(2026, 11, 11, 23, 0);
    expect(followUpDueFor(friday, new Date(), settings)).toEqual(new Date(2026, 11, 14, 9, 0));
    expect(followUpDueFor(friday, new Date(), { followUpHours: 24, followUpSkipWeekend: false })).toEqual(
      new Date(2026, 11, 12, 23, 0),
    );
    expect(followUpDueFor(undefined, new Date(2026, 11, 7, 10, 0), settings)).toEqual(new Date(2026, 11, 9, 10, 0));
  });

  it('context line: where we met – what we discussed', () => {
    expect(contextLine('Weihnachtsfeier Lechner AG', ' the plant in Linz ')).toBe(
      'Weihnachtsfeier Lechner AG – the plant in Linz',
    );
    expect(contextLine('Weihnachtsfeier', '')).toBe('Weihnachtsfeier');
    expect(contextLine(undefined, 'skiing')).toBe('skiing');
    expect(contextLine(' ', undefined)).toBeUndefined();
  });

  const contact = {
    id: 'c1',
    emails: [
      { label: 'home', value: 'anna@gmx.at' },
      { label: 'work', value: 'anna@lechner.at' },
    ],
    followUpDue: '2026-12-14T08:00:00.000Z',
    followUpContext: 'Weihnachtsfeier – Linz',
    followUpPromise: 'Send the study',
  };

  it('calendar entry: half an hour at the due time, or from the next quarter hour when overdue', () => {
    expect(followUpCalendarEntry(contact, 'Follow up: Anna', new Date('2026-12-01T00:00:00Z'))).toEqual({
      summary: 'Follow up: Anna',
      start: new Date('2026-12-14T08:00:00Z'),
      end: new Date('2026-12-14T08:30:00Z'),
      description: 'Weihnachtsfeier – Linz\nSend the study',
      uid: 'followup-c1@sternstunde',
    });
    const late = followUpCalendarEntry(contact, 'x', new Date('2026-12-15T10:07:00Z'));
    expect(late?.start).toEqual(new Date('2026-12-15T10:15:00Z'));
    expect(followUpCalendarEntry({ ...contact, followUpDue: 'soon' }, 'x', new Date())).toBeUndefined();
  });

  it('the follow-up goes to the address the user picked, else the first work one, else the first', () => {
    expect(followUpAddress(contact)).toBe('anna@lechner.at');
    expect(followUpAddress({ ...contact, followUpEmail: 'anna@gmx.at' })).toBe('anna@gmx.at');
    // A pick the contact no longer has is not used.
    expect(followUpAddress({ ...contact, followUpEmail: 'old@lechner.at' })).toBe('anna@lechner.at');
    expect(followUpAddress({ emails: [{ label: 'home', value: 'a@b.at' }] })).toBe('a@b.at');
    expect(followUpAddress({ emails: [] })).toBeUndefined();
  });

  it('mail draft: greeting, then context and promise', () => {
    expect(followUpMail(contact, 'Great to meet you', 'Hello Anna,')).toEqual({
      to: 'anna@lechner.at',
      subject: 'Great to meet you',
      body: 'Hello Anna,\n\nWeihnachtsfeier – Linz\nSend the study',
    });
  });
});
