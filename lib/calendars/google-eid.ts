/** Google Calendar's `eid` (URLs, chips): unpadded base64url of "<eventId> <calendarId>". */

/** The two parts of an eid, or null when `eid` is not one. */
function decodeEid(eid: string): [eventId: string, calendarId: string] | null {
  try {
    const raw = atob(eid.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((eid.length + 3) % 4));
    const m = /^([\w.@-]+) (\S+)$/.exec(raw);
    return m ? [m[1]!, m[2]!] : null;
  } catch {
    return null;
  }
}

/** The event id inside an eid, or null when `eid` is not one. */
export function eventIdFromEid(eid: string): string | null {
  return decodeEid(eid)?.[0] ?? null;
}

/**
 * The e-mail of the calendar's owner from an eid (the user, in their own calendar): "@m" is
 * shorthand for "@gmail.com"; group calendars ("@g") and others have no person behind them.
 */
export function ownerFromEid(eid: string): string | undefined {
  const calendar = decodeEid(eid)?.[1];
  if (!calendar || calendar.endsWith('@g') || calendar.includes('calendar.google.com')) return undefined;
  const email = calendar.endsWith('@m') ? `${calendar.slice(0, -2)}@gmail.com` : calendar;
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? email : undefined;
}
