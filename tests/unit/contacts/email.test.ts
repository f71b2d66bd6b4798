import { describe, expect, it } from 'vitest';
import { invalidEmails, isEmailAddress } from '../../../lib/contacts/email';
import { followUpAddress } from '../../../lib/contacts/follow-up';

describe('e-mail addresses', () => {
  it('takes one address, also with Unicode letters and plus tags', () => {
    for (const address of [
      'anna@lechner.at',
      ' Anna.Berger+xmas@Lechner.co.at ',
      'jörg@müller.de',
      'a_b-c@sub.firma.wien',
    ]) {
      expect(isEmailAddress(address), address).toBe(true);
    }
  });

  it('refuses what would add a recipient or is no address', () => {
    for (const text of [
      'anna@lechner.at,boss@evil.com',
      'anna@lechner.at; boss@evil.com',
      'Anna <anna@lechner.at>',
      'anna lechner@firma.at',
      'anna@lechner',
      'anna@@lechner.at',
      'anna@lechner..at',
      '@lechner.at',
      'anna@',
      '',
      `${'a'.repeat(250)}@b.at`,
    ]) {
      expect(isEmailAddress(text), text).toBe(false);
    }
  });

  it('lists the filled-in rows that are no address', () => {
    expect(invalidEmails([{ value: 'a@b.at' }, { value: '  ' }, { value: 'a@b.at, c@d.at' }])).toEqual([
      'a@b.at, c@d.at',
    ]);
  });

  it('a follow-up never goes to an invalid address, even when it was picked', () => {
    const emails = [
      { label: 'work', value: 'anna@lechner.at,boss@evil.com' },
      { label: 'home', value: 'anna@gmx.at' },
    ];
    expect(followUpAddress({ emails })).toBe('anna@gmx.at');
    expect(followUpAddress({ emails, followUpEmail: 'anna@lechner.at,boss@evil.com' })).toBe('anna@gmx.at');
    expect(followUpAddress({ emails: [{ label: 'work', value: 'not an address' }] })).toBeUndefined();
  });
});
