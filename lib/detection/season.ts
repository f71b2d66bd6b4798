// Where the start date sits relative to the festive season, and whether the
// entry looks like an all-day one (holidays and days off usually are).

export type Season = 'in' | 'near' | 'off' | 'unknown';

export interface StartInfo {
  season: Season;
  allDay: boolean;
}

const ISO_START = /^\s*\d{4}-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/;

/**
 * In season: 20 November (Advent parties start early) to the end of January
 * (New Year receptions). Near: the rest of November and February (parties
 * moved a little). Off: March to October.
 */
export function readStart(start: string): StartInfo {
  const m = ISO_START.exec(start);
  if (!m) return { season: 'unknown', allDay: false };
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return { season: 'unknown', allDay: false };
  const allDay = m[3] === undefined || (Number(m[3]) === 0 && Number(m[4]) === 0);
  const season: Season =
    month === 12 || month === 1 || (month === 11 && day >= 20) ? 'in' : month === 11 || month === 2 ? 'near' : 'off';
  return { season, allDay };
}
