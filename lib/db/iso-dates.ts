// The date texts stored rows hold, checked for meaning (a real day and time), not only their shape.

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0–99 as 1900–1999
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A moment as `Date.toISOString()` writes it ("2026-12-12T09:00:00.000Z"): the form of createdAt,
 * updatedAt and followUpDue. Only this form, because the database compares these as text.
 */
export function isTimestamp(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text)) return false;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * An event's start or end: an ISO 8601 day ("2026-12-10", all-day events) or day and time
 * ("2026-12-10T18:00", local as the calendar shows it; seconds and a zone are allowed).
 */
export function isEventTime(text: string): boolean {
  const m = LOCAL.exec(text);
  if (!m) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zoneHour = '0', zoneMinute = '0'] = m;
  return (
    isCalendarDay(Number(year), Number(month), Number(day)) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(zoneHour) < 24 &&
    Number(zoneMinute) < 60
  );
}

/** A birthday: "YYYY-MM-DD", or "--MM-DD" when the year is unknown (29 February allowed then). */
export function isBirthday(text: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [, year, month, day] = m;
  return isCalendarDay(year === '-' ? 2000 : Number(year), Number(month), Number(day));
}
