import { pad } from '../text/pad';

/** `sternstunde-<what>-YYYY-MM-DD.<extension>`, dated in local time. */
export function datedFileName(what: 'contacts' | 'backup', extension: string, date = new Date()): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `sternstunde-${what}-${day}.${extension}`;
}
