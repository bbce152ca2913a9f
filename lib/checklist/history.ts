import { dateRange, monthDates, addDays } from '@/lib/dates';
import type { Duty } from './duties';
import type { DaySummary } from './status';

/**
 * History of the checklist: per-day completion (frozen summaries for past days, live for
 * today), streaks of fully completed days, and the monthly completion table (月度考核表).
 */

export type DayRecords = ReadonlyMap<string, DaySummary>;

/** Every duty on that day's list was done. */
export const isComplete = (r: DaySummary | undefined): boolean =>
  !!r && r.total > 0 && r.done.length >= r.total;

/**
 * Consecutive fully completed days up to today. Today counts once it is complete; until
 * then the streak still stands on the days before it (today is not over yet).
 */
export function currentStreak(records: DayRecords, today: string): number {
  let day = isComplete(records.get(today)) ? today : addDays(today, -1);
  let streak = 0;
  while (isComplete(records.get(day)) && streak <= records.size) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/** The longest run of fully completed days between first and last (inclusive). */
export function longestStreak(records: DayRecords, first: string, last: string): number {
  let best = 0;
  let run = 0;
  for (const d of dateRange(first, last)) {
    run = isComplete(records.get(d)) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

export interface MonthRow {
  date: string;
  /** future = after today; before = before the seller's first day with ShopMate. */
  state: 'future' | 'before' | 'day';
  done: ReadonlySet<string>;
  doneCount: number;
  total: number;
  complete: boolean;
}

export interface MonthTable {
  month: string;
  duties: readonly Duty[];
  rows: MonthRow[];
  /** Days each duty was done this month. */
  perDuty: Record<string, number>;
  /** Duty-days done / duty-days due, over the days that count (undefined when none). */
  rate?: number;
  doneTotal: number;
  dueTotal: number;
  completeDays: number;
  countedDays: number;
  longestStreak: number;
}

/**
 * 月度考核表: days × duties for one month. Past days use what was frozen for them (their own
 * list and total); days without any record count as 0 of today's list, except before `since`
 * (the first day ShopMate knew anything), which are left blank rather than counted as failures.
 */
export function monthTable(
  month: string,
  duties: readonly Duty[],
  records: DayRecords,
  today: string,
  since: string | undefined,
): MonthTable {
  const { first, last } = monthDates(month);
  const perDuty: Record<string, number> = Object.fromEntries(duties.map((d) => [d.id, 0]));
  const rows: MonthRow[] = [];
  let doneTotal = 0;
  let dueTotal = 0;
  let completeDays = 0;
  let countedDays = 0;
  for (const date of dateRange(first, last)) {
    const record = records.get(date);
    const state: MonthRow['state'] =
      date > today ? 'future' : !record && (since === undefined || date < since) ? 'before' : 'day';
    if (state !== 'day') {
      rows.push({ date, state, done: new Set(), doneCount: 0, total: 0, complete: false });
      continue;
    }
    const done = new Set(record?.done ?? []);
    const total = record?.total ?? duties.length;
    const doneCount = Math.min(done.size, total);
    const complete = isComplete(record);
    for (const id of done) if (id in perDuty) perDuty[id]!++;
    doneTotal += doneCount;
    dueTotal += total;
    countedDays++;
    if (complete) completeDays++;
    rows.push({ date, state, done, doneCount, total, complete });
  }
  return {
    month,
    duties,
    rows,
    perDuty,
    rate: dueTotal > 0 ? doneTotal / dueTotal : undefined,
    doneTotal,
    dueTotal,
    completeDays,
    countedDays,
    longestStreak: longestStreak(records, first, last < today ? last : today),
  };
}
