/**
 * The one dates module. Business dates are the seller's calendar days, 'YYYY-MM-DD'; the
 * calendar helpers are pure UTC arithmetic on those strings (immune to DST). "Today" is
 * toBusinessDate(now) — in the computer's own zone, or in the zone given, which the checklist
 * passes so its tests can pin one.
 *
 * Dependency-free on purpose: content scripts import it. When a day starts and ends in a time
 * zone (DST, the wall clock) is lib/day-bounds.ts, apart because @date-fns/tz patches Date at
 * load, so a bundler cannot leave it out of a script that imports this module.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const utc = (date: string) => {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * A real calendar day 'YYYY-MM-DD' (1970–2200), or undefined: 2026-02-30 is not a day. By arithmetic,
 * not by parsing a Date: the content script's first read would pay for the date parser's first use.
 */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const last = m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
  return d <= last ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/** The time zone this computer is set to (the seller's local time). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const zoneDays = new Map<string, Intl.DateTimeFormat>();
/** 'YYYY-MM-DD' of `at` in `timeZone`, by Intl (not date-fns: content scripts call toBusinessDate). */
function dateInZone(at: Date | number, timeZone: string): string {
  let f = zoneDays.get(timeZone);
  if (!f) zoneDays.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = f.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** The business date of the moment `at`: in this computer's zone, or in `timeZone`. */
export function toBusinessDate(at: Date | number, timeZone?: string): string {
  if (timeZone !== undefined) return dateInZone(at, timeZone);
  const d = typeof at === 'number' ? new Date(at) : at;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 'YYYY-MM-DD' shifted by whole calendar days (no clock involved, so DST cannot bite). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / 86_400_000);

/** Every date from `from` to `to`, both included, oldest first ([] when from > to; at most 4000). */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 4000; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Monday of the date's week (Chinese sellers' weeks run Monday to Sunday). */
export function weekStart(date: string): string {
  const dow = new Date(utc(date)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((dow + 6) % 7));
}

/** The last `count` complete weeks (Monday dates, oldest first) ending on or before `lastDay`. */
export function completeWeeks(lastDay: string, count: number): string[] {
  // The week containing lastDay is complete only if lastDay is its Sunday.
  const thisWeek = weekStart(lastDay);
  const lastComplete = addDays(lastDay, 1) === addDays(thisWeek, 7) ? thisWeek : addDays(thisWeek, -7);
  return Array.from({ length: count }, (_, i) => addDays(lastComplete, -7 * (count - 1 - i)));
}

/** 'YYYY-MM' of a date. */
export const monthOf = (date: string) => date.slice(0, 7);

/** 'YYYY-MM' → its first and last date. */
export function monthDates(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${pad(last)}` };
}

/** 'YYYY-MM' shifted by whole months. */
export function shiftMonth(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 7);
}

/**
 * Is a value for `date`, read at `at`, final? A value read after its day ended no longer grows;
 * one read during the day is real-time (partial). No read time (rows from before provenance was
 * kept, imports' callers that pass none) counts as final: nothing says the day was still running.
 */
export const isFinalRead = (date: string, at: number | undefined) => at === undefined || toBusinessDate(at) > date;
