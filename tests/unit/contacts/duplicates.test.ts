import { describe, expect, it } from 'vitest';
import { duplicateReason, findDuplicates, mergeChanges } from '../../../lib/contacts/duplicates';
import type { Contact, ContactData } from '../../../lib/model/contact';

const stored: Contact = {
  id: 'a',
  createdAt: '',
  updatedAt: '',
  firstName: 'Anna',
  lastName: 'Berger',
  company: 'Lechner AG',
  email: 'Anna@Lechner.at',
  tags: ['bau'],
  partnerFit: ['Huber'],
  notes: 'Skiing',
};

describe('duplicates', () => {
  it('same e-mail, whatever the case', () => {
    expect(duplicateReason({ email: ' anna@lechner.AT ' }, stored)).toBe('email');
  });

  it('same name and company, ignoring case, accents, dots and spaces', () => {
    expect(duplicateReason({ firstName: 'anna', lastName: 'berger', company: 'Lechner  AG.' }, stored)).toBe('name');
    expect(duplicateReason({ firstName: 'Änna', lastName: 'Berger', company: 'lechner ag' }, stored)).toBe('name');
  });

  it('same name alone, or same company alone, is not a duplicate', () => {
    expect(duplicateReason({ firstName: 'Anna', lastName: 'Berger' }, stored)).toBeUndefined();
    expect(duplicateReason({ firstName: 'Anna', lastName: 'Berger', company: 'Huber Bau' }, stored)).toBeUndefined();
    expect(duplicateReason({ firstName: 'Max', lastName: 'Berger', company: 'Lechner AG' }, stored)).toBeUndefined();
    expect(duplicateReason({ company: 'Lechner AG' }, { company: 'Lechner AG' })).toBeUndefined();
    expect(duplicateReason({}, {})).toBeUndefined();
  });

  it('lists e-mail matches first', () => {
    const byName: Contact = { ...stored, id: 'b', email: 'other@x.at' };
    const byEmail: Contact = { ...stored, id: 'c', firstName: 'A.', company: undefined };
    const found = findDuplicates(
      { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', email: 'anna@lechner.at' },
      [byName, byEmail],
    );
    expect(found.map((d) => [d.contact.id, d.reason])).toEqual([
      ['c', 'email'],
      ['b', 'name'],
    ]);
  });

  it('merging fills gaps, joins tags and partner fits, appends notes, keeps what is stored', () => {
    const incoming: ContactData = {
      firstName: 'Annette',
      phone: '+43 660 1',
      jobTitle: '',
      tags: ['bau', 'wien'],
      partnerFit: ['Huber'],
      notes: 'Two kids',
    };
    expect(mergeChanges(stored, incoming)).toEqual({
      phone: '+43 660 1',
      tags: ['bau', 'wien'],
      notes: 'Skiing\nTwo kids',
    });
    expect(mergeChanges(stored, { tags: [], partnerFit: [], notes: 'Skiing' })).toEqual({});
  });
});
