import { describe, expect, it } from 'vitest';
import { companyFromEmail, guestToPerson, newPeopleFromGuests } from '../../../lib/prep/guests';

describe('company from e-mail domain', () => {
  it.each([
    ['anna@lechner.at', 'Lechner'],
    ['x@lechner-bau.de', 'Lechner Bau'],
    ['x@lechner-ag.example', 'Lechner AG'],
    ['x@weber-it-gmbh.de', 'Weber It GmbH'],
    ['x@mail.huber-steuer.co.at', 'Huber Steuer'],
    ['x@acme.co.uk', 'Acme'],
    ['x@KANZLEI_MAIER.CH', 'Kanzlei Maier'],
    ['x@gmail.com', undefined],
    ['x@gmx.at', undefined],
    ['x@web.de', undefined],
    ['x@bluewin.ch', undefined],
    ['no-at-sign', undefined],
    ['x@localhost', undefined],
  ])('%s → %s', (email, company) => {
    expect(companyFromEmail(email)).toBe(company);
  });
});

describe('guest → person to meet', () => {
  it('keeps the shown name and guesses the company', () => {
    expect(guestToPerson({ name: 'Anna Berger', email: 'Anna@Lechner.at', response: 'accepted' })).toEqual({
      name: 'Anna Berger',
      email: 'anna@lechner.at',
      company: 'Lechner',
    });
  });

  it('makes a name from the address when the calendar shows only the address', () => {
    expect(guestToPerson({ name: 'max.mustermann@gmail.com', email: 'max.mustermann@gmail.com' })).toEqual({
      name: 'Max Mustermann',
      email: 'max.mustermann@gmail.com',
    });
    expect(guestToPerson({ email: 'jean-luc_picard@starfleet.fr' })).toEqual({
      name: 'Jean Luc Picard',
      email: 'jean-luc_picard@starfleet.fr',
      company: 'Starfleet',
    });
  });

  it('keeps a name without address', () => {
    expect(guestToPerson({ name: 'Dr. Eva Novák' })).toEqual({ name: 'Dr. Eva Novák' });
  });

  it('skips rooms and empty entries', () => {
    expect(guestToPerson({ name: 'Saal 1', email: 'c_123@resource.calendar.google.com' })).toBeUndefined();
    expect(guestToPerson({})).toBeUndefined();
    expect(guestToPerson({ name: '  ' })).toBeUndefined();
  });
});

describe('importing guests', () => {
  it('skips the organizer, people already listed and repeated guests', () => {
    const people = newPeopleFromGuests(
      [
        { name: 'Maria Lechner', email: 'maria@lechner.at', response: 'organizer' },
        { name: 'Anna Berger', email: 'anna@lechner.at', response: 'accepted' },
        { name: 'Anna Berger', email: 'ANNA@lechner.at' },
        { name: 'Ben Adler', email: 'ben@adler.de', response: 'awaiting' },
        { name: 'Carla Ruiz' },
      ],
      [{ name: 'Ben', email: 'ben@adler.de' }],
    );
    expect(people).toEqual([
      { name: 'Anna Berger', email: 'anna@lechner.at', company: 'Lechner' },
      { name: 'Carla Ruiz' },
    ]);
  });
});

describe('importing guests of my own calendar', () => {
  it('leaves me out', () => {
    const people = newPeopleFromGuests(
      [
        { name: 'Anna Huber', email: 'Anna.Huber@gmail.com', response: 'accepted' },
        { name: 'Ben Adler', email: 'ben@adler.de' },
      ],
      [],
      'anna.huber@gmail.com',
    );
    expect(people.map((p) => p.name)).toEqual(['Ben Adler']);
  });
});
