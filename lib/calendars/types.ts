/** Which calendar web app an event comes from. */
export type CalendarSource = 'google' | 'outlook';

export type GuestResponse = 'accepted' | 'declined' | 'tentative' | 'awaiting' | 'organizer';

export interface Guest {
  name?: string;
  email?: string;
  response?: GuestResponse;
}

/** What an adapter reads from the event the user has open. Hostile text: render as text only. */
export interface EventSnapshot {
  source: CalendarSource;
  /** The calendar app's own id for the event, where the page shows one. */
  calendarId?: string;
  title: string;
  /** ISO local date-time "YYYY-MM-DDTHH:mm", or "YYYY-MM-DD" when allDay (then `end` is the last day, inclusive). */
  start?: string;
  end?: string;
  allDay: boolean;
  location?: string;
  description?: string;
  organizer?: string;
  /** The e-mail of the calendar's owner (the user), where the page reveals it. */
  owner?: string;
  guests: Guest[];
  /** The page URL the event was read on. */
  url: string;
}

/** An opened event as found in the page. */
export interface OpenEvent {
  snapshot: EventSnapshot;
  /** The visible event card/view: the panel docks beside it. */
  card: Element;
  /** An element inside the event view that the page keeps: the chip is appended to it. */
  chipSlot: Element;
}

/** One calendar app's reader. Never throws; unknown markup gives null. */
export interface CalendarAdapter {
  readonly source: CalendarSource;
  /** The event the user has open now, or null. */
  findOpenEvent(): OpenEvent | null;
  /** Removes any listeners the adapter installed. */
  dispose(): void;
}
