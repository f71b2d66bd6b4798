const HOUR_MS = 3_600_000;

export interface FollowUpDueOptions {
  /** Elapsed hours after the event's end (default 48). */
  hours?: number;
  /** Move a Saturday/Sunday result to the following Monday 09:00 local time (default true). */
  skipWeekend?: boolean;
}

/**
 * When to follow up on an event: `eventEnd` plus `hours` of elapsed time, so across a DST
 * change the wall-clock hour shifts by one. A weekend result becomes Monday 09:00 local.
 * An invalid `eventEnd` gives an invalid Date; a non-finite `hours` throws a RangeError.
 */
export function followUpDue(eventEnd: Date, options: FollowUpDueOptions = {}): Date {
  const hours = options.hours ?? 48;
  if (!Number.isFinite(hours)) throw new RangeError('followUpDue: hours must be a finite number');
  const due = new Date(eventEnd.getTime() + hours * HOUR_MS);
  if (options.skipWeekend === false || Number.isNaN(due.getTime())) return due;
  const day = due.getDay();
  if (day !== 0 && day !== 6) return due;
  const daysToMonday = day === 6 ? 2 : 1;
  // The Date constructor rolls over month and year ends and keeps local time across DST.
  return new Date(due.getFullYear(), due.getMonth(), due.getDate() + daysToMonday, 9, 0, 0, 0);
}
