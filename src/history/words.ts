/** Dates and spans in words, for history messages ("3 March 2021", "2 years"). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const DAY_SECONDS = 86_400;

export function dateInWords(iso: string | number): string {
  const d = typeof iso === 'number' ? new Date(iso * 1000) : new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A span of days in the largest whole unit: "1 day", "5 months", "2 years". */
export function spanInWords(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days >= 365) return plural(Math.floor(days / 365), 'year');
  if (days >= 30) return plural(Math.floor(days / 30), 'month');
  return plural(Math.max(0, Math.floor(days)), 'day');
}
