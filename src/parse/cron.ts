/**
 * Cron text in words. cronstrue (a maintained library) reads any POSIX cron; for the
 * shapes CI schedules use most (hourly, daily, weekly, monthly at a fixed time) we say
 * the cadence first, as a person would: "weekly on Sunday at 03:45 UTC".
 */
import cronstrue from 'cronstrue';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export type Cadence = 'minutes' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'custom';

export interface CronMeaning {
  cadence: Cadence;
  text: string;
  valid: boolean;
}

function num(field: string, max: number): number | undefined {
  if (!/^\d{1,2}$/.test(field)) return undefined;
  const n = Number(field);
  return n <= max ? n : undefined;
}

function day(field: string): number | undefined {
  const lower = field.toLowerCase();
  if (lower in DAY_NAMES) return DAY_NAMES[lower];
  const n = num(field, 7);
  return n === undefined ? undefined : n % 7;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function describeCron(expr: string): CronMeaning {
  const cron = expr.trim();
  const fields = cron.split(/\s+/);
  let library: string | undefined;
  try {
    library = cronstrue.toString(cron, { use24HourTimeFormat: true, throwExceptionOnParseError: true, verbose: false });
  } catch {
    library = undefined;
  }
  if (fields.length !== 5 || library === undefined) {
    return { cadence: 'custom', text: `"${cron}" is not a valid cron expression`, valid: false };
  }
  const [min, hour, dom, month, dow] = fields as [string, string, string, string, string];
  const m = num(min, 59);
  const h = num(hour, 23);
  const at = m !== undefined && h !== undefined ? `at ${pad(h)}:${pad(m)} UTC` : undefined;
  if (at && dom === '*' && month === '*' && dow === '*') return { cadence: 'daily', text: `daily ${at}`, valid: true };
  const d = day(dow);
  if (at && dom === '*' && month === '*' && d !== undefined) return { cadence: 'weekly', text: `weekly on ${DAYS[d]} ${at}`, valid: true };
  const dm = num(dom, 31);
  if (at && dm !== undefined && month === '*' && dow === '*') return { cadence: 'monthly', text: `monthly on day ${dm} ${at}`, valid: true };
  if (at && dm !== undefined && num(month, 12) !== undefined && dow === '*') return { cadence: 'yearly', text: `yearly: ${lowerFirst(library)} UTC`, valid: true };
  if (m !== undefined && hour === '*' && dom === '*' && month === '*' && dow === '*') return { cadence: 'hourly', text: `hourly at minute ${m}`, valid: true };
  if (/^\*\/\d+$/.test(min) && hour === '*') return { cadence: 'minutes', text: `${lowerFirst(library)} (UTC)`, valid: true };
  const cadence: Cadence = dow !== '*' && dom === '*' ? 'weekly' : h === undefined && hour !== '*' ? 'daily' : 'custom';
  return { cadence, text: `${lowerFirst(library)} (UTC)`, valid: true };
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s;
}
