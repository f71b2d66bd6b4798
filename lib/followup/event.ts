/** What a follow-up calendar entry needs; shared by the .ics writer and the "add event" links. */
export interface FollowUpEvent {
  summary: string;
  start: Date;
  end: Date;
  description?: string;
  location?: string;
  /** Stable id for the .ics UID; derived from the content when absent. */
  uid?: string;
}

/** Throws on an invalid Date or an end before the start: both would produce a broken entry. */
export function assertEventTimes(event: Pick<FollowUpEvent, 'start' | 'end'>): void {
  if (Number.isNaN(event.start.getTime()) || Number.isNaN(event.end.getTime())) {
    throw new RangeError('follow-up event: start and end must be valid dates');
  }
  if (event.end.getTime() < event.start.getTime()) {
    throw new RangeError('follow-up event: end is before start');
  }
}

/** UTC in the iCalendar / Google "basic" form `YYYYMMDDTHHMMSSZ` (milliseconds dropped). */
export function utcBasic(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
