import type { CalendarSource, EventSnapshot, Guest, GuestResponse } from '../calendars/types';
import type { DetectionRecord, EventOverride } from '../model/records';
import type { PageTarget } from './protocol';

// Messages carry calendar text, which anyone who sends an invite controls: check shapes, cap sizes.
const MAX_TEXT = 20_000;
const MAX_GUESTS = 500;
export const SOURCES: readonly CalendarSource[] = ['google', 'outlook'];
export const RESPONSES: readonly GuestResponse[] = ['accepted', 'declined', 'tentative', 'awaiting', 'organizer'];
export const OVERRIDES: readonly EventOverride[] = ['prepare', 'dismiss'];

type Obj = Record<string, unknown>;

function obj(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as Obj;
}

function text(value: unknown, max = MAX_TEXT): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;
}

function guest(value: unknown): Guest {
  const g = obj(value, 'guest');
  const response = RESPONSES.find((r) => r === g.response);
  return { name: text(g.name, 300), email: text(g.email, 300), ...(response ? { response } : {}) };
}

/** A snapshot from a message, checked; throws on a malformed one. */
export function parseSnapshot(value: unknown): EventSnapshot {
  const s = obj(value, 'snapshot');
  const source = SOURCES.find((x) => x === s.source);
  if (!source) throw new Error('snapshot.source is not a known calendar');
  const title = text(s.title, 2_000);
  if (!title) throw new Error('snapshot.title is missing');
  const guests = Array.isArray(s.guests) ? s.guests.slice(0, MAX_GUESTS).map(guest) : [];
  return {
    source,
    calendarId: text(s.calendarId, 1_000),
    title,
    start: text(s.start, 40),
    end: text(s.end, 40),
    allDay: s.allDay === true,
    location: text(s.location, 2_000),
    description: text(s.description),
    organizer: text(s.organizer, 300),
    owner: text(s.owner, 300),
    guests,
    url: text(s.url, 4_000) ?? '',
  };
}

/** A detection from a message, checked. */
export function parseDetection(value: unknown): DetectionRecord {
  const d = obj(value, 'detection');
  const score = typeof d.score === 'number' && Number.isFinite(d.score) ? Math.min(1, Math.max(0, d.score)) : 0;
  const reasons = Array.isArray(d.reasons) ? d.reasons.filter((r) => typeof r === 'string').slice(0, 10) : [];
  return { match: d.match === true, score, reasons: reasons.map((r) => (r as string).slice(0, 200)) };
}

/** An override from a message: one of the two decisions, or none (back to the detector). */
export function parseOverride(value: unknown): EventOverride | undefined {
  if (value === null || value === undefined) return undefined;
  const override = OVERRIDES.find((o) => o === value);
  if (override) return override;
  throw new Error('override must be "prepare", "dismiss" or null');
}

/** A page to open, from a message: one of the known pages, with the id it needs. */
export function parsePageTarget(value: unknown): PageTarget {
  const target = obj(value, 'page target');
  if (target.page === 'options') return { page: 'options' };
  const id = text(target.page === 'contact' ? target.contactId : target.eventId, 1_000);
  if (target.page === 'debrief' && id) return { page: 'debrief', eventId: id };
  if (target.page === 'prep' && id) return { page: 'prep', eventId: id };
  if (target.page === 'contact' && id) return { page: 'contact', contactId: id };
  throw new Error('page target must be the options, or a debrief, prep or contact with its id');
}
