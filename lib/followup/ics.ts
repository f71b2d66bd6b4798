import { foldContentLine } from '../text/content-line';
import { assertEventTimes, utcBasic, type FollowUpEvent } from './event';

export interface IcsEventInput extends FollowUpEvent {
  /** DTSTAMP (when the entry was created). Defaults to `start` so the output is deterministic. */
  stamp?: Date;
}

const encoder = new TextEncoder();

/**
 * One RFC 5545 VCALENDAR with one VEVENT, CRLF line ends, lines folded at 75 octets.
 * Times are written in UTC. Throws a RangeError on invalid dates or an end before the start.
 */
export function icsEvent(input: IcsEventInput): string {
  assertEventTimes(input);
  const stamp = input.stamp ?? input.start;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sternstunde//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid || contentUid(input))}`,
    `DTSTAMP:${utcBasic(stamp)}`,
    `DTSTART:${utcBasic(input.start)}`,
    `DTEND:${utcBasic(input.end)}`,
    `SUMMARY:${escapeText(input.summary)}`,
  ];
  const description = escapeText(input.description ?? '');
  const location = escapeText(input.location ?? '');
  if (description) lines.push(`DESCRIPTION:${description}`);
  if (location) lines.push(`LOCATION:${location}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldContentLine).join('\r\n') + '\r\n';
}

/**
 * TEXT value escaping (RFC 5545 3.3.11). Control characters other than line breaks are dropped,
 * lone surrogates become U+FFFD.
 */
function escapeText(value: string): string {
  return value
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/(?!\n)\p{Cc}/gu, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Deterministic UID: the same event content always yields the same id (two 32-bit FNV-1a lanes). */
function contentUid(input: FollowUpEvent): string {
  const content = [
    input.summary,
    utcBasic(input.start),
    utcBasic(input.end),
    input.description ?? '',
    input.location ?? '',
  ].join('\u001f');
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const byte of encoder.encode(content)) {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x01000193) ^ (a >>> 15);
  }
  return `${hex32(a)}${hex32(b)}@sternstunde`;
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
