// Turns the event text into weighted evidence. Positive evidence: a festive
// term together with a gathering term (or one word that is both), in the
// title or else in the description, invitation wording, a venue, a business
// host, the season. Negative evidence: see the counter lists in lexicon.ts.
import type { EventText } from './event-text';
import {
  ABOUT_PARTY,
  ACCOUNTING,
  CANCELLED,
  CANCELLED_IN_TEXT,
  CEREMONY,
  DAY_OFF,
  ERRAND,
  GATHERING,
  INVITATION,
  ORGANISATION,
  PRIVATE,
  REVIEW,
  VACATION,
  VENUE,
  WORK,
  XMAS,
  YEAR,
} from './lexicon';
import { readStart } from './season';
import type { Signal, SignalKind } from './types';

// Weights in log-odds; score.ts holds the bias they are measured against.
const TITLE_PARTY = 3.5; // festive term + gathering term, or one word that is both
const TITLE_FESTIVE = 1.5;
const TITLE_GATHERING = 1;
const TITLE_INVITATION = 0.3;
const DESC_PARTY = 1.6;
const DESC_FESTIVE = 0.8;
const DESC_GATHERING = 0.4;
const DESC_INVITATION = 0.8;
const VENUE_HINT = 0.4;
const ORGANISATION_HOST = 0.5;
const IN_SEASON = 0.5;
const OFF_SEASON = -0.7;
const ALL_DAY = -0.7;
const CANCELLED_TITLE = -6;
const CANCELLED_DESC = -2.5;
const STRONG_COUNTER = -4; // holiday, vacation, meeting about a party, accounting
const COUNTER = -3; // private, errand, ceremony
const WEAK_COUNTER = -2; // review, work meeting
// Accounting and review words are often department names ("Buchhaltung"):
// next to a gathering word they only weaken.
const NEXT_TO_GATHERING = -1;
const PLACE_COUNTER = -1.5; // private, church or school as the location

export function collectSignals(text: EventText): Signal[] {
  const signals: Signal[] = [];
  const add = (kind: SignalKind, weight: number): void => {
    signals.push({ kind, weight });
  };
  const { title, context, location } = text;

  const xmas = XMAS.test(title);
  const festive = xmas || YEAR.test(title);
  const gathering = GATHERING.test(title);
  if (festive && gathering) add(xmas ? 'xmasParty' : 'yearParty', TITLE_PARTY);
  else if (festive) add('festiveTerm', TITLE_FESTIVE);
  else if (gathering) add('gathering', TITLE_GATHERING);

  const contextFestive = XMAS.test(context) || YEAR.test(context);
  const contextGathering = GATHERING.test(context);
  if (contextFestive && contextGathering) add('descParty', DESC_PARTY);
  else if (contextFestive) add('descFestive', DESC_FESTIVE);
  else if (contextGathering) add('gathering', DESC_GATHERING);

  const invitation = (INVITATION.test(title) ? TITLE_INVITATION : 0) + (INVITATION.test(context) ? DESC_INVITATION : 0);
  if (invitation > 0) add('invitation', invitation);
  if (VENUE.test(location) || VENUE.test(title)) add('venue', VENUE_HINT);
  if (ORGANISATION.test(title) || ORGANISATION.test(context)) add('organisation', ORGANISATION_HOST);

  const start = readStart(text.start);
  if (start.season === 'in') add('inSeason', IN_SEASON);
  else if (start.season === 'off') add('offSeason', OFF_SEASON);
  if (start.allDay) add('allDay', ALL_DAY);

  if (CANCELLED.test(title)) add('cancelled', CANCELLED_TITLE);
  else if (CANCELLED_IN_TEXT.test(context)) add('cancelled', CANCELLED_DESC);
  if (DAY_OFF.test(title)) add('dayOff', STRONG_COUNTER);
  if (VACATION.test(title)) add('vacation', STRONG_COUNTER);
  if (PRIVATE.test(title)) add('private', COUNTER);
  else if (PRIVATE.test(location)) add('private', PLACE_COUNTER);
  if (ERRAND.test(title)) add('errand', COUNTER);
  if (CEREMONY.test(title)) add('ceremony', COUNTER);
  else if (CEREMONY.test(location)) add('ceremony', PLACE_COUNTER);
  if (ABOUT_PARTY.test(title)) add('aboutParty', STRONG_COUNTER);
  if (ACCOUNTING.test(title)) add('accounting', gathering ? NEXT_TO_GATHERING : STRONG_COUNTER);
  if (REVIEW.test(title)) add('review', gathering ? NEXT_TO_GATHERING : WEAK_COUNTER);
  if (WORK.test(title)) add('work', WEAK_COUNTER);
  return signals;
}
