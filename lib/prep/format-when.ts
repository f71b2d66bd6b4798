/** "Thu, 10 Dec 2026, 18:00 – 23:00" in the UI language, from the snapshot's ISO local times. */
export function formatWhen(
  event: { start?: string; end?: string; allDay: boolean },
  locale: string,
  allDayLabel: string,
): string | undefined {
  const start = parseLocal(event.start);
  if (!start) return undefined;
  const end = parseLocal(event.end);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  if (event.allDay) {
    // All-day ends are exclusive in calendars but our snapshots carry the last day itself.
    const last = end && end.getTime() > start.getTime() ? ` – ${day.format(end)}` : '';
    return `${day.format(start)}${last}, ${allDayLabel}`;
  }
  if (!end) return `${day.format(start)}, ${time.format(start)}`;
  const sameDay = start.toDateString() === end.toDateString();
  return sameDay
    ? `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** "2026-12-10T18:00" or "2026-12-10" as a local Date; undefined for anything else. */
export function parseLocal(iso: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  const date = new Date(+y!, +mo! - 1, +d!, +h, +mi);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** When the event is over: its end, else its start (+1 day when all-day). */
export function eventEnd(event: { start?: string; end?: string; allDay: boolean }): Date | undefined {
  const end = parseLocal(event.end) ?? parseLocal(event.start);
  if (!end) return undefined;
  if (event.allDay && !event.end?.includes('T')) end.setDate(end.getDate() + 1);
  return end;
}
