import type { FollowUpEvent, MailDraft } from '../followup';
import { followUpDue } from '../followup';
import type { Contact } from '../model/contact';
import { isEmailAddress } from './email';
import type { Settings } from '../model/settings';

const FOLLOW_UP_MINUTES = 30;
const QUARTER_HOUR_MS = 15 * 60_000;

/** When to follow up on someone met at an event that ended at `end` (or now, without an event). */
export function followUpDueFor(
  end: Date | undefined,
  now: Date,
  settings: Pick<Settings, 'followUpHours' | 'followUpSkipWeekend'>,
): Date {
  return followUpDue(end ?? now, { hours: settings.followUpHours, skipWeekend: settings.followUpSkipWeekend });
}

/** "Christmas party Lechner AG – their new plant in Linz": where we met + what we discussed. */
export function contextLine(where: string | undefined, discussed: string | undefined): string | undefined {
  const line = [where?.trim(), discussed?.trim()].filter(Boolean).join(' – ');
  return line || undefined;
}

type FollowUp = Pick<
  Contact,
  'id' | 'emails' | 'followUpEmail' | 'followUpDue' | 'followUpContext' | 'followUpPromise'
>;

/**
 * The address a follow-up goes to: the user's pick while the contact still has it, else the first
 * work one, else the first; only ever one valid address (a comma would add a recipient to a mailto:).
 */
export function followUpAddress(contact: Pick<Contact, 'emails' | 'followUpEmail'>): string | undefined {
  const emails = contact.emails.filter((e) => isEmailAddress(e.value));
  const picked = emails.find((e) => e.value === contact.followUpEmail);
  return (picked ?? emails.find((e) => e.label === 'work') ?? emails[0])?.value.trim();
}

/** The context line and the promise, one per line. */
function details(contact: FollowUp): string {
  return [contact.followUpContext, contact.followUpPromise].filter(Boolean).join('\n');
}

/**
 * A half-hour calendar entry at the follow-up's due time, or at the next quarter hour when that is
 * past already; undefined without a valid due time.
 */
export function followUpCalendarEntry(contact: FollowUp, summary: string, now: Date): FollowUpEvent | undefined {
  const due = Date.parse(contact.followUpDue ?? '');
  if (Number.isNaN(due)) return undefined;
  const start = new Date(due > now.getTime() ? due : Math.ceil(now.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS);
  const end = new Date(start.getTime() + FOLLOW_UP_MINUTES * 60_000);
  // The UID lives on in users' calendars (a new one would duplicate the entry): its spelling stays.
  return { summary, start, end, description: details(contact) || undefined, uid: `followup-${contact.id}@sternstunde` };
}

/** An e-mail draft to the contact: the greeting, then the context line and the promise. */
export function followUpMail(contact: FollowUp, subject: string, greeting: string): MailDraft {
  return { to: followUpAddress(contact), subject, body: [greeting, '', details(contact)].join('\n').trim() };
}
