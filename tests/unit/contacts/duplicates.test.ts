import { describe, expect, it } from 'vitest';
import { duplicateReason, findDuplicates, mergeChanges } from '../../../lib/contacts/duplicates';
import { contactData, storedContact } from '../contact-data';

const stored = storedContact({
  id: 'a',
  firstName: 'Anna',
  lastName: 'Berger',
  company: 'Lechner AG',
  emails: [
    { label: 'work', value: 'Anna@Lechner.at' },
    { label: 'home', value: 'anna.berger@gmx.at' },
  ],
  phones: [{ label: 'mobile', value: '0664 1234567', e164: '+436641234567' }],
  tags: ['bau'],
  partnerFit: ['Huber'],
  notes: 'Skiing',
});

describe('duplicates', () => {
  it('any e-mail in common, whatever the case', () => {
    expect(duplicateReason({ emails: [{ value: ' anna@lechner.AT ' }] }, stored)).toBe('email');
    expect(duplicateReason({ emails: [{ value: 'x@y.at' }, { value: 'ANNA.berger@gmx.at' }] }, stored)).toBe('email');
    expect(duplicateReason({ emails: [{ value: 'anna@lechner.de' }] }, stored)).toBeUndefined();
  });

  it('any phone in common: the same E.164 form, or the same digits when it is unknown', () => {
    expect(duplicateReason({ phones: [{ value: '+43 664 123 45 67', e164: '+436641234567' }] }, stored)).toBe('phone');
    expect(duplicateReason({ phones: [{ value: '0664/1234567' }] }, stored)).toBe('phone');
    expect(duplicateReason({ phones: [{ value: '0664 7654321', e164: '+436647654321' }] }, stored)).toBeUndefined();
    // A short number (an extension) names nobody.
    expect(duplicateReason({ phones: [{ value: '12' }] }, { phones: [{ value: '12' }] })).toBeUndefined();
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
    const byName = { ...stored, id: 'b', emails: [{ label: 'work', value: 'other@x.at' }], phones: [] };
    const byPhone = { ...stored, id: 'd', firstName: 'A.', company: undefined, emails: [] };
    const byEmail = { ...stored, id: 'c', firstName: 'A.', company: undefined, phones: [] };
    const found = findDuplicates(
      {
        firstName: 'Anna',
        lastName: 'Berger',
        company: 'Lechner AG',
        emails: [{ value: 'anna@lechner.at' }],
        phones: [{ value: '+43 664 1234567', e164: '+436641234567' }],
      },
      [byName, byPhone, byEmail],
    );
    expect(found.map((d) => [d.contact.id, d.reason])).toEqual([
      ['c', 'email'],
      ['d', 'phone'],
      ['b', 'name'],
    ]);
  });

  it('merging fills gaps, adds new e-mails and phones after the stored ones, joins tags, appends notes', () => {
    const incoming = contactData({
      firstName: 'Annette',
      jobTitle: '',
      department: 'Einkauf',
      emails: [
        { label: 'work', value: 'anna@lechner.at' },
        { label: 'other', value: 'a.berger@lechner.com' },
      ],
      phones: [
        { label: 'work', value: '+43 664 1234567', e164: '+436641234567' },
        { label: 'Fax', value: '+43 1 5550' },
      ],
      websites: [{ label: 'LinkedIn', value: 'linkedin.com/in/aberger' }],
      tags: ['bau', 'wien'],
      partnerFit: ['Huber'],
      notes: 'Two kids',
    });
    expect(mergeChanges(stored, incoming)).toEqual({
      department: 'Einkauf',
      emails: [...stored.emails, { label: 'other', value: 'a.berger@lechner.com' }],
      phones: [...stored.phones, { label: 'Fax', value: '+43 1 5550' }],
      websites: [{ label: 'LinkedIn', value: 'linkedin.com/in/aberger' }],
      tags: ['bau', 'wien'],
      notes: 'Skiing\nTwo kids',
    });
    expect(mergeChanges(stored, contactData({ notes: 'Skiing' }))).toEqual({});
  });
});
