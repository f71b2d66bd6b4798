/** Google Calendar's `eid` (URLs, chips): unpadded base64url of "<eventId> <calendarId>". */

/** The event id inside an eid, or null when `eid` is not one. */
export function eventIdFromEid(eid: string): string | null {
  try {
    const raw = atob(eid.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((eid.length + 3) % 4));
    return /^([\w.@-]+) \S+$/.exec(raw)?.[1] ?? null;
  } catch {
    return null;
  }
}
