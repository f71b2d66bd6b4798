import { parseLocal } from '../prep/format-when';
import { pad } from '../text/pad';

/** A Date as the value of an `<input type="datetime-local">`: "2026-12-14T09:00", local time. */
export function toLocalInput(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of a datetime-local input as an ISO instant; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  return parseLocal(value)?.toISOString();
}
