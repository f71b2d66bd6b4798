import { describe, expect, it } from 'vitest';
import { toLocalInput, fromLocalInput } from '../../../lib/contacts/local-input';
import { displayName, nameWithCompany } from '../../../lib/contacts/names';
import {
  identifiesSomeone,
  metContacts,
  newContact,
  parseContactLines,
  parseTags,
} from '../../../lib/contacts/new-contact';

describe('new contacts', () => {
  it('tags from comma-separated text', () => {
    expect(parseTags(' wien, Bau ,, wien,')).toEqual(['wien', 'Bau']);
  });

  it('a contact from parsed fields and the form, empty texts left out', () => {
    expect(
      newContact({ firstName: 'Anna', lastName: 'Berger' }, { notes: '  ', company: ' Lechner AG ', tags: ['x'] }),
    ).toEqual({
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      tags: ['x'],
      partnerFit: [],
    });
  });

  it('someone is named by a name, an e-mail or a phone number; a company alone is nobody', () => {
    expect(identifiesSomeone({ company: 'Lechner AG' })).toBe(false);
    expect(identifiesSomeone({ phone: '+43 1' })).toBe(true);
  });

  it('people met: one line each, with their notes and the event', () => {
    const people = parseContactLines('Anna Berger, Lechner AG\n\n  \nmax@huber.at\nLechner AG');
    expect(people).toEqual([
      { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG' },
      { email: 'max@huber.at' },
    ]);
    expect(
      metContacts(
        people,
        [{ discussed: 'Linz', promised: 'Study' }],
        { id: 'e1', title: 'Party' },
        '2026-12-14T08:00:00.000Z',
      ),
    ).toEqual([
      expect.objectContaining({
        firstName: 'Anna',
        eventId: 'e1',
        metAt: 'Party',
        followUpStatus: 'open',
        followUpContext: 'Party – Linz',
        followUpPromise: 'Study',
      }),
      {
        email: 'max@huber.at',
        tags: [],
        partnerFit: [],
        eventId: 'e1',
        metAt: 'Party',
        followUpDue: '2026-12-14T08:00:00.000Z',
        followUpStatus: 'open',
        followUpContext: 'Party',
      },
    ]);
  });

  it('names for lists', () => {
    expect(displayName({ prefix: 'Dr.', firstName: 'Anna', lastName: 'Berger' })).toBe('Dr. Anna Berger');
    expect(displayName({ email: 'a@b.at', company: 'B' })).toBe('a@b.at');
    expect(nameWithCompany({ firstName: 'Anna', company: 'Lechner AG' })).toBe('Anna · Lechner AG');
    expect(nameWithCompany({ company: 'Lechner AG' })).toBe('Lechner AG');
  });

  it('datetime-local values round-trip in local time', () => {
    const date = new Date(2026, 11, 14, 9, 30);
    expect(toLocalInput(date)).toBe('2026-12-14T09:30');
    expect(fromLocalInput('2026-12-14T09:30')).toBe(date.toISOString());
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInput(new Date(Number.NaN))).toBe('');
  });
});
