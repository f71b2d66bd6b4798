import { describe, expect, it } from 'vitest';
import {
  assessFestiveEvent,
  detectFestiveEvent,
  MATCH_THRESHOLD,
  reasonText,
  type DetectOptions,
} from '../../../lib/detection/index';

const at = (title: string, start = '2026-12-11T18:00', extra: { description?: string; location?: string } = {}) =>
  detectFestiveEvent({ title, start, ...extra });

describe('contract', () => {
  it('returns match, a score in [0,1] and reasons', () => {
    const d = at('Weihnachtsfeier');
    expect(d.match).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(d.score).toBeLessThanOrEqual(1);
    expect(d.reasons.length).toBeGreaterThan(0);
    expect(d.reasons.length).toBeLessThanOrEqual(4);
  });

  it('match is exactly score ≥ threshold', () => {
    for (const title of ['Weihnachtsfeier', 'Party', 'Weihnachten', 'Christmas drinks', '']) {
      const d = at(title);
      expect(d.match).toBe(d.score >= MATCH_THRESHOLD);
    }
  });
});

describe('word families and languages', () => {
  it.each([
    'Kundenweihnachtsfeier',
    'Jahresausklang mit Partnern',
    'Adventsempfang der Kammer',
    'Kerstborrel',
    'Jahresabschlussfeier',
    'Neujahrsempfang',
    'Weihnachtsapéro',
    'Punsch am Büro-Balkon',
    'Julebord',
    'Julefrokost',
    'Pikkujoulut',
    'Wigilia firmowa',
    'Spotkanie opłatkowe',
    'Vánoční večírek',
    'Karácsonyi buli',
    'Évzáró vacsora',
    'Festa de Natal',
    'Jantar de Natal',
    'Confraternização',
    'Soirée de fin d’année',
    'Cena di Natale',
    'Cena de Navidad',
    'Company holiday party',
  ])('%s matches in December', (title) => {
    expect(at(title).match).toBe(true);
  });
});

describe('invitation prefixes', () => {
  it.each([
    'Einladung: Weihnachtsfeier',
    'Aktualisierte Einladung: Weihnachtsfeier',
    'Invitation: Christmas Party',
    'Updated invitation: Holiday party',
    'Accepted: Holiday party',
    'Akzeptiert: Weihnachtsfeier',
    'Zugesagt: Weihnachtsfeier',
    'Tentative: Holiday party',
    'Mit Vorbehalt: Weihnachtsfeier',
  ])('%s still matches', (title) => {
    expect(at(title).match).toBe(true);
  });

  it.each([
    'Abgesagt: Weihnachtsfeier',
    'Absage: Weihnachtsfeier',
    'Canceled: Holiday party',
    'Cancelled: Christmas party',
    'Verschoben: Weihnachtsfeier',
    'Postponed: Christmas party',
    'Fête de Noël annulée',
    'Kerstborrel geannuleerd',
    'Weihnachtsfeier abgesagt',
  ])('%s is counter-evidence', (title) => {
    const d = at(title);
    expect(d.match).toBe(false);
    expect(d.reasons[0]).toBe('Cancelled');
  });

  it('reads the title-only invitation from its description', () => {
    const d = at('Einladung der Firma Wagner', '2026-12-11T18:00', {
      description: '<p>Zum Jahresende laden wir Sie herzlich zu unserer Weihnachtsfeier mit Buffet ein.</p>',
    });
    expect(d.match).toBe(true);
    expect(d.reasons).toContain('Worded as an invitation');
  });

  it('a cancellation stated in the description weighs against the match', () => {
    const plain = at('Weihnachtsfeier');
    const cancelled = at('Weihnachtsfeier', '2026-12-11T18:00', { description: 'Die Feier wurde leider abgesagt.' });
    expect(cancelled.score).toBeLessThan(plain.score);
    // "zu- oder absagen" is ordinary RSVP wording, not a cancellation
    expect(at('Weihnachtsfeier', '2026-12-11T18:00', { description: 'Bitte zu- oder absagen.' }).score).toBe(
      plain.score,
    );
  });
});

describe('negations', () => {
  it.each([
    ['1. Weihnachtsfeiertag', '2026-12-25'],
    ['Heiligabend', '2026-12-24'],
    ['Christmas Day', '2026-12-25'],
    ['Boxing Day', '2026-12-26'],
    ['Stefanitag', '2026-12-26'],
    ['Weihnachtsferien', '2026-12-23'],
    ['Christmas holidays', '2026-12-21'],
    ['Weihnachtsurlaub', '2026-12-22'],
    ['Weihnachten bei Oma', '2026-12-25T12:00'],
    ['Family Christmas dinner', '2026-12-25T18:00'],
    ['Weihnachtsgeschenke kaufen', '2026-12-12T10:00'],
    ['Christmas cards', '2026-12-06T20:00'],
    ['Christbaum holen', '2026-12-19T10:00'],
    ['Christmette', '2026-12-24T23:00'],
    ['Weihnachtskonzert', '2026-12-19T19:00'],
    ['Krippenspiel Kita', '2026-12-18T15:00'],
    ['Planung Weihnachtsfeier', '2026-11-10T10:00'],
    ['Orga Weihnachtsfeier', '2026-11-10T10:00'],
    ['Budget Weihnachtsfeier', '2026-10-10T10:00'],
    ['Rechnung Weihnachtsfeier', '2027-01-10T10:00'],
    ['Holiday party invoice', '2027-01-10T10:00'],
    ['Fotos Weihnachtsfeier', '2027-01-10T10:00'],
    ['Feedback Weihnachtsfeier', '2027-01-10T10:00'],
    ['Jahresabschluss', '2026-12-29T09:00'],
    ['Year-end close', '2026-12-30T09:00'],
    ['Weihnachtsgeschäft Planung', '2026-09-10T10:00'],
  ])('%s does not match', (title, start) => {
    expect(at(title, start).match).toBe(false);
  });

  it('a review with a party wording is still a party', () => {
    expect(at('Jahresrückblick & Ausklang', '2026-12-18T16:00').match).toBe(true);
    expect(at('Jahresrückblick', '2026-12-18T10:00').match).toBe(false);
  });

  it('a department name is not accounting', () => {
    expect(at('Weihnachtsfeier Buchhaltung').match).toBe(true);
    expect(at('Accounting team Christmas lunch').match).toBe(true);
  });
});

describe('season', () => {
  it('in season strengthens, far outside weakens', () => {
    const dec = at('Christmas party', '2026-12-11T18:00').score;
    const jul = at('Christmas party', '2026-07-11T18:00').score;
    const none = detectFestiveEvent({ title: 'Christmas party' }).score;
    expect(dec).toBeGreaterThan(none);
    expect(none).toBeGreaterThan(jul);
  });

  it('a clearly festive title still matches without a date', () => {
    expect(detectFestiveEvent({ title: 'Weihnachtsfeier' }).match).toBe(true);
  });

  it('a bare gathering word needs festive evidence', () => {
    expect(at('Party', '2026-12-12T20:00').match).toBe(false);
    expect(at('Feier', '2026-07-10T18:00').match).toBe(false);
    expect(at('Sommerfest', '2026-07-03T17:00').match).toBe(false);
  });

  it('reports the festive season as a reason', () => {
    expect(at('Weihnachtsfeier', '2027-01-12T18:00').reasons).toContain('Date in the festive season');
    expect(at('Weihnachtsfeier', '2026-06-12T18:00').reasons).toContain('Date outside the festive season');
  });
});

describe('include / exclude options', () => {
  it('an include keyword in the title makes a match', () => {
    const options: DetectOptions = { include: ['Stammtisch Nord'] };
    expect(at('Stammtisch Nord').match).toBe(false);
    expect(detectFestiveEvent({ title: 'Stammtisch Nord', start: '2026-12-11T18:00' }, options).match).toBe(true);
  });

  it('include does not override a cancellation', () => {
    expect(detectFestiveEvent({ title: 'Abgesagt: Stammtisch Nord' }, { include: ['stammtisch nord'] }).match).toBe(
      false,
    );
  });

  it('an exclude keyword anywhere prevents a match', () => {
    const e = { title: 'Weihnachtsfeier', location: 'Tennisclub Süd', start: '2026-12-11T18:00' };
    expect(detectFestiveEvent(e).match).toBe(true);
    const d = detectFestiveEvent(e, { exclude: ['tennisclub'] });
    expect(d.match).toBe(false);
    expect(d.reasons[0]).toBe('Excluded by your keyword “tennisclub”');
  });

  it('keywords are normalised like the text and garbage options are ignored', () => {
    expect(detectFestiveEvent({ title: 'STAMMTISCH-NORD' }, { include: ['stammtisch nord'] }).match).toBe(true);
    const garbage = { include: 'x', exclude: [null, 3, ''] } as unknown as DetectOptions;
    expect(detectFestiveEvent({ title: 'Weihnachtsfeier' }, garbage).match).toBe(true);
    expect(detectFestiveEvent({ title: 'Weihnachtsfeier' }, null as unknown as DetectOptions).match).toBe(true);
  });
});

describe('reasons', () => {
  it('are English by default and German on request', () => {
    const e = { title: 'Weihnachtsfeier', start: '2026-12-11T18:00' };
    expect(detectFestiveEvent(e).reasons).toEqual(['Title mentions a Christmas party', 'Date in the festive season']);
    expect(detectFestiveEvent(e, { locale: 'de' }).reasons).toEqual([
      'Titel nennt eine Weihnachtsfeier',
      'Datum in der Weihnachtszeit',
    ]);
  });

  it('put the decisive evidence first', () => {
    expect(at('Absage: Weihnachtsfeier').reasons[0]).toBe('Cancelled');
    expect(detectFestiveEvent({ title: 'Absage: Weihnachtsfeier' }, { locale: 'de' }).reasons[0]).toBe('Abgesagt');
    expect(at('2. Weihnachtsfeiertag', '2026-12-26').reasons[0]).toBe('Public holiday or day off');
    expect(detectFestiveEvent({ title: 'Neujahrsempfang' }, { locale: 'de' }).reasons[0]).toBe(
      'Titel nennt eine Jahresend- oder Neujahrsfeier',
    );
  });

  it('localise the user keyword phrases', () => {
    const d = detectFestiveEvent({ title: 'Stammtisch Nord' }, { include: ['Stammtisch'], locale: 'de' });
    expect(d.reasons[0]).toBe('Enthält Ihr Stichwort „Stammtisch“');
  });

  it('are at most four and distinct', () => {
    const d = at('Einladung: Kundenweihnachtsfeier im Restaurant', '2026-12-11T18:00', {
      description: 'Wir laden Sie herzlich zu Glühwein und Buffet ein. u.A.w.g.',
      location: 'Restaurant Adler',
    });
    expect(d.reasons.length).toBeLessThanOrEqual(4);
    expect(new Set(d.reasons).size).toBe(d.reasons.length);
  });
});

describe('reason codes', () => {
  it('are stored as codes and worded in the language the UI has when shown', () => {
    const party = { title: 'Weihnachtsfeier Lechner AG', start: '2026-12-10T18:00' };
    const { reasons, match, score } = assessFestiveEvent(party, { include: ['Lechner'] });
    expect(match).toBe(true);
    expect(score).toBe(detectFestiveEvent(party, { include: ['Lechner'] }).score);
    expect(reasons).toContain('xmasParty');
    expect(reasons).toContain('include:Lechner');
    expect(reasons.map((r) => reasonText(r, 'en'))).toEqual(
      detectFestiveEvent(party, { include: ['Lechner'] }).reasons,
    );
    expect(reasonText('include:Lechner', 'de')).toBe('Enthält Ihr Stichwort „Lechner“');
    expect(reasonText('xmasParty', 'de')).toBe('Titel nennt eine Weihnachtsfeier');
  });

  it('a German user who switches to English sees English reasons: the stored codes carry no language', () => {
    const party = { title: 'Weihnachtsfeier Lechner AG', start: '2026-12-10T18:00' };
    const stored = assessFestiveEvent(party, { locale: 'de' }).reasons;
    expect(stored).toEqual(assessFestiveEvent(party, { locale: 'en' }).reasons);
    expect(stored.map((r) => reasonText(r, 'de'))).toContain('Titel nennt eine Weihnachtsfeier');
    expect(stored.map((r) => reasonText(r, 'en'))).toEqual(detectFestiveEvent(party, { locale: 'en' }).reasons);
    expect(stored.map((r) => reasonText(r, 'en'))).toContain('Title mentions a Christmas party');
  });

  it('a phrase stored before reasons were codes is shown as it is', () => {
    expect(reasonText('Title mentions a Christmas party', 'de')).toBe('Title mentions a Christmas party');
    expect(reasonText('nothing:known', 'en')).toBe('nothing:known');
  });
});

describe('more European languages', () => {
  it.each([
    'Ricevimento di Capodanno – Camera di Commercio',
    'Kerstdiner – Moser Advies',
    'Impreza firmowa na koniec roku Brenner & Co',
    'Yılbaşı partisi – Koç Holding',
    'Χριστουγεννιάτικο πάρτι εταιρείας',
    'Novogodišnji domjenak – HGK',
  ])('"%s" is a festive gathering', (title) => {
    expect(at(title, '2026-12-15T18:00').match).toBe(true);
  });

  it.each(['Capodanno', 'Kerstdag', 'Koniec roku – raport'])('"%s" alone is no party', (title) => {
    expect(at(title, '2026-12-31T10:00').match).toBe(false);
  });
});
