import { describe, expect, it } from 'vitest';
import { buildSearchIndex, isFollowUpDue, searchContacts } from '../../../lib/contacts/search';
import { storedContact } from '../contact-data';

let n = 0;
const contact = (fields: Parameters<typeof storedContact>[0]) => storedContact({ id: `c${++n}`, ...fields });

const anna = contact({
  prefix: 'Dr.',
  firstName: 'Anna',
  lastName: 'Berger',
  company: 'Lechner AG',
  email: 'anna@lechner.at',
  tags: ['Bau'],
  eventId: 'e1',
});
const jose = contact({
  firstName: 'José',
  lastName: 'Müller',
  company: 'Huber Bau',
  followUpDue: '2026-12-14T09:00:00.000Z',
  followUpStatus: 'open',
});
const eva = contact({
  firstName: 'Eva',
  lastName: 'Klein',
  emails: [
    { label: 'home', value: 'eva.k@gmx.at' },
    { label: 'work', value: 'eva@klein.at' },
  ],
  phones: [{ label: 'mobile', value: '0664 123 45 67', e164: '+436641234567' }],
  followUpDue: '2026-12-14T09:00:00.000Z',
  followUpStatus: 'done',
});
const noName = contact({ email: 'info@firma.at' });
const index = buildSearchIndex([jose, eva, anna, noName]);
const ids = (query: string, extra: { eventId?: string; dueBy?: string } = {}, limit = 50) =>
  searchContacts(index, { query, ...extra }, limit).contacts.map((c) => c.id);

describe('contact search', () => {
  it('finds a name whatever its case and diacritics', () => {
    expect(ids('MULLER')).toEqual([jose.id]);
    expect(ids('jösé')).toEqual([jose.id]);
  });

  it('orders by last name, then first name; contacts without a name come first', () => {
    expect(index.map((e) => e.contact.id)).toEqual([noName.id, anna.id, eva.id, jose.id]);
  });

  it('matches every typed word anywhere in name, company, e-mail and tags', () => {
    expect(ids('')).toHaveLength(4);
    expect(ids('mull')).toEqual([jose.id]);
    expect(ids('müller jose')).toEqual([jose.id]);
    expect(ids('bau')).toEqual([anna.id, jose.id]);
    expect(ids('LECHNER.at')).toEqual([anna.id]);
    expect(ids('dr. anna')).toEqual([anna.id]);
    expect(ids('anna huber')).toEqual([]);
  });

  it('finds every e-mail, not only the first', () => {
    expect(ids('eva@klein')).toEqual([eva.id]);
    expect(ids('gmx')).toEqual([eva.id]);
  });

  it('finds phones by their digits, however they are written or typed', () => {
    expect(ids('0664 1234')).toEqual([eva.id]);
    expect(ids('+43 664 123')).toEqual([eva.id]);
    expect(ids('664-12')).toEqual([eva.id]);
    expect(ids('0664 9')).toEqual([]);
    // Two digits are too few to stand for a phone.
    expect(ids('12')).toEqual([]);
  });

  it('filters by event and by due follow-up', () => {
    expect(ids('', { eventId: 'e1' })).toEqual([anna.id]);
    expect(ids('', { dueBy: '2026-12-14T09:00:00.000Z' })).toEqual([jose.id]);
    expect(ids('', { dueBy: '2026-12-14T08:59:59.000Z' })).toEqual([]);
  });

  it('returns at most `limit` contacts and the total', () => {
    expect(searchContacts(index, { query: '' }, 2)).toEqual({ contacts: [noName, anna], total: 4 });
  });

  it('knows a due follow-up: open and not after the time', () => {
    expect(isFollowUpDue(jose, '2026-12-15T00:00:00.000Z')).toBe(true);
    expect(isFollowUpDue(eva, '2026-12-15T00:00:00.000Z')).toBe(false);
    expect(isFollowUpDue(anna, '2026-12-15T00:00:00.000Z')).toBe(false);
  });
});
