/**
 * Suggested goals for one party, following the method (docs/method.md): meet new people, get introduced by the
 * host, find fits for your partners, reconnect. Returns message keys + arguments; the UI words them.
 */
export type GoalTemplate =
  | 'goalTplMeetNew'
  | 'goalTplIntroduction'
  | 'goalTplHostCustomers'
  | 'goalTplAskHost'
  | 'goalTplPartnerFit'
  | 'goalTplReconnect';

export interface GoalSuggestion {
  template: GoalTemplate;
  /** Substitutions for the template's placeholders. */
  args: string[];
  /** A number to reach, where the goal has one. */
  target?: number;
}

export interface SuggestionInput {
  /** Who hosts the party (firm or person), if known. */
  host?: string;
  /** People flagged "ask the host to introduce me". */
  askHost: string[];
  /** The user's network partners. */
  partners: string[];
  /** Guests who are already the user's contacts. */
  knownGuests: string[];
}

/** At most this many suggestions: 2–3 concrete goals beat a wish list. */
export const MAX_SUGGESTIONS = 3;

export function suggestGoals(input: SuggestionInput): GoalSuggestion[] {
  const suggestions: GoalSuggestion[] = [{ template: 'goalTplMeetNew', args: ['3'], target: 3 }];
  const host = input.host?.trim();
  const firstAsk = input.askHost[0];
  if (host && firstAsk) suggestions.push({ template: 'goalTplIntroduction', args: [host, firstAsk] });
  else if (host) suggestions.push({ template: 'goalTplHostCustomers', args: [host, '2'], target: 2 });
  else suggestions.push({ template: 'goalTplAskHost', args: ['2'], target: 2 });
  const partner = input.partners[0];
  if (partner) suggestions.push({ template: 'goalTplPartnerFit', args: [partner] });
  const known = input.knownGuests[0];
  if (known) suggestions.push({ template: 'goalTplReconnect', args: [known] });
  return suggestions.slice(0, MAX_SUGGESTIONS);
}
