/** A number as two digits at least, as dates and times write it: 7 → "07". */
export const pad = (n: number): string => String(n).padStart(2, '0');
