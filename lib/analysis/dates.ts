import { addDays, toBusinessDate } from '@/lib/dates';

/** Calendar helpers on business dates ('YYYY-MM-DD'), pure and timezone-free (UTC arithmetic). */

const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / 86_400_000);

/** Every date from `from` to `to`, both included, oldest first ([] when from > to). */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
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

/**
 * Is a value for `date`, read at `at`, final? A value read after its day ended no longer grows;
 * one read during the day is real-time (partial). No provenance (old rows, tests) counts as final.
 */
export const isFinalRead = (date: string, at: number | undefined) => at === undefined || toBusinessDate(at) > date;

export { addDays };
