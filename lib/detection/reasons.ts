// Reason phrases shown to the user, in English and German.
import type { Locale, Signal, SignalKind } from './types';

const MAX_REASONS = 4;

/** [en, de]; "%s" is the user's keyword. */
const PHRASES: Record<SignalKind, readonly [string, string]> = {
  xmasParty: ['Title mentions a Christmas party', 'Titel nennt eine Weihnachtsfeier'],
  yearParty: ['Title mentions a year-end or New Year event', 'Titel nennt eine Jahresend- oder Neujahrsfeier'],
  festiveTerm: ['Title mentions the festive season', 'Titel nennt die Festtage'],
  gathering: ['Mentions a get-together', 'Nennt ein geselliges Treffen'],
  descParty: ['Description mentions a festive party', 'Beschreibung nennt eine festliche Feier'],
  descFestive: ['Festive wording in the details', 'Festliche Begriffe in den Details'],
  invitation: ['Worded as an invitation', 'Als Einladung formuliert'],
  venue: ['Held at a venue', 'Ort ist ein Lokal oder Saal'],
  organisation: ['With clients, partners or colleagues', 'Mit Kunden, Partnern oder Kollegen'],
  inSeason: ['Date in the festive season', 'Datum in der Weihnachtszeit'],
  offSeason: ['Date outside the festive season', 'Datum außerhalb der Weihnachtszeit'],
  allDay: ['All-day entry', 'Ganztägiger Eintrag'],
  cancelled: ['Cancelled', 'Abgesagt'],
  dayOff: ['Public holiday or day off', 'Feiertag oder freier Tag'],
  vacation: ['Vacation or leave', 'Urlaub oder Ferien'],
  private: ['Private or family occasion', 'Privater oder familiärer Termin'],
  errand: ['Errand or chore', 'Besorgung oder Aufgabe'],
  ceremony: ['Service, concert or school event', 'Gottesdienst, Konzert oder Schulveranstaltung'],
  aboutParty: ['About a party, not the party itself', 'Termin zur Feier, nicht die Feier'],
  accounting: ['Year-end accounting', 'Jahresabschluss als Buchhaltung'],
  review: ['Review or report', 'Rückblick oder Bericht'],
  work: ['Work meeting', 'Arbeitstermin'],
  include: ['Contains your keyword “%s”', 'Enthält Ihr Stichwort „%s“'],
  exclude: ['Excluded by your keyword “%s”', 'Ausgeschlossen durch Ihr Stichwort „%s“'],
};

/**
 * The strongest evidence for the outcome first, then the strongest against it, as reason codes:
 * the signal kind, with the user's keyword after a colon ("include:Punsch"); at most MAX_REASONS
 * distinct codes. Codes are stored; `reasonText` words them in the UI language when shown.
 */
export function reasonCodes(signals: readonly Signal[], match: boolean): string[] {
  const agrees = (s: Signal): boolean => s.weight > 0 === match;
  const ordered = [...signals].sort(
    (a, b) => Number(agrees(b)) - Number(agrees(a)) || Math.abs(b.weight) - Math.abs(a.weight),
  );
  const codes: string[] = [];
  for (const s of ordered) {
    const code = s.keyword === undefined ? s.kind : `${s.kind}:${s.keyword}`;
    if (!codes.includes(code)) codes.push(code);
    if (codes.length === MAX_REASONS) break;
  }
  return codes;
}

/**
 * A reason code worded for the user. Text that is no code (events stored before reasons were
 * codes kept the phrase itself) is shown as it is.
 */
export function reasonText(code: string, locale: Locale): string {
  const colon = code.indexOf(':');
  const kind = colon === -1 ? code : code.slice(0, colon);
  if (!Object.hasOwn(PHRASES, kind)) return code;
  return PHRASES[kind as SignalKind][locale === 'de' ? 1 : 0].replace('%s', colon === -1 ? '' : code.slice(colon + 1));
}

/** The reasons as phrases in `locale`, without repeats. */
export const describe = (signals: readonly Signal[], match: boolean, locale: Locale): string[] => [
  ...new Set(reasonCodes(signals, match).map((code) => reasonText(code, locale))),
];
