// Public contract (docs/method.md): outside tests import this module by path; keep its exports.
export { followUpDue, type FollowUpDueOptions } from './due';
export { icsEvent, type IcsEventInput } from './ics';
export { googleCalendarUrl, outlookCalendarUrl } from './links';
export { mailtoUrl, type MailDraft } from './mailto';
export type { FollowUpEvent } from './event';
