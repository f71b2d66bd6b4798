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
import { readQuickAdd } from '../../../lib/quick-add';

describe('new contacts', () => {
  it('tags from comma-separated text', () => {
    expect(parseTags(' wien, Bau ,, wien,')).toEqual(['wien', 'Bau']);
  });

  it('a contact from parsed fields and the form, empty texts left out', () => {
    const none = { emails: [], phones: [], websites: [] };
    expect(
      newContact(
        { firstName: 'Anna', lastName: 'Berger', ...none },
        { notes: '  ', company: ' Lechner AG ', tags: ['x'] },
      ),
    ).toEqual({
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      emails: [],
      phones: [],
      addresses: [],
      websites: [],
      tags: ['x'],
      partnerFit: [],
    });
  });

  it('every e-mail, phone and website of the line, phones with the label they were typed with', () => {
    expect(
      newContact(
        readQuickAdd(
          'Anna Berger, anna@lechner.at, a.berger@gmx.at, Mobil 0664 1234567, Fax +43 1 5550, Tel. 01 555 12, lechner.at, linkedin.com/in/aberger',
        ),
      ),
    ).toMatchObject({
      firstName: 'Anna',
      lastName: 'Berger',
      emails: [
        { label: 'work', value: 'anna@lechner.at' },
        { label: 'work', value: 'a.berger@gmx.at' },
      ],
      phones: [
        { label: 'mobile', value: '0664 1234567' },
        { label: 'Fax', value: '+43 1 5550' },
        { label: 'work', value: '01 555 12' },
      ],
      websites: [
        { label: 'work', value: 'lechner.at' },
        { label: 'LinkedIn', value: 'linkedin.com/in/aberger' },
      ],
    });
    // An unlabelled number: we don't know whether it is a mobile or an office line.
    expect(newContact(readQuickAdd('Max Huber +43 660 7654321')).phones).toEqual([
      { label: 'other', value: '+43 660 7654321' },
    ]);
  });

  it('someone is named by a name, an e-mail or a phone number; a company alone is nobody', () => {
    expect(identifiesSomeone({ emails: [], phones: [] })).toBe(false);
    expect(identifiesSomeone({ emails: [], phones: ['+43 1'] })).toBe(true);
    expect(identifiesSomeone({ emails: [{ value: 'a@b.at' }], phones: [] })).toBe(true);
    // Rows the user added in the form and left empty name nobody.
    expect(identifiesSomeone({ lastName: ' ', emails: [{ value: ' ' }], phones: [{ value: '' }] })).toBe(false);
  });

  it('people met: one line each, with their notes and the event', () => {
    const people = parseContactLines('Anna Berger, Lechner AG\n\n  \nmax@huber.at\nLechner AG');
    expect(people).toEqual([
      { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', emails: [], phones: [], websites: [] },
      { emails: ['max@huber.at'], phones: [], websites: [] },
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
        emails: [{ label: 'work', value: 'max@huber.at' }],
        phones: [],
        addresses: [],
        websites: [],
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
    expect(displayName({ emails: [{ value: 'a@b.at' }], company: 'B' })).toBe('a@b.at');
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
