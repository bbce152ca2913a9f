import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { addDays, toBusinessDate } from './dates';

/**
 * When a business date (lib/dates.ts) starts and ends in a time zone, and the wall clock there.
 * Every function takes the zone as an argument (no hidden "local"), so time-zone and DST cases
 * are testable and the worker, the popup and the side panel agree. A day is [start, end): 23 or
 * 25 hours long on DST days, and it starts at 01:00 where midnight itself is skipped (Santiago).
 * Apart from lib/dates.ts only because @date-fns/tz must stay out of the content scripts.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

export interface DayBounds {
  /** First millisecond of the day (epoch ms). */
  start: number;
  /** First millisecond of the next day. */
  end: number;
}

/** The day's first and past-the-last millisecond in `timeZone`. */
export function dayBounds(date: string, timeZone: string): DayBounds {
  const [y, m, d] = parts(date);
  return {
    start: new TZDate(y, m - 1, d, timeZone).getTime(),
    end: new TZDate(y, m - 1, d + 1, timeZone).getTime(),
  };
}

/** Bounds of several consecutive days, first to last inclusive. */
export function rangeBounds(first: string, last: string, timeZone: string): DayBounds {
  return { start: dayBounds(first, timeZone).start, end: dayBounds(last, timeZone).end };
}

/** When the next day begins after `at` (the midnight reset). */
export function nextDayStart(at: number, timeZone: string): number {
  return dayBounds(toBusinessDate(at, timeZone), timeZone).end;
}

/**
 * The next moment after `at` when the wall clock in `timeZone` shows `hhmm` ('09:30').
 * On a DST spring-forward day a skipped time fires at the first existing minute after it.
 */
export function nextTimeOfDay(hhmm: string, at: number, timeZone: string): number {
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  let [y, m, d] = parts(toBusinessDate(at, timeZone));
  for (let i = 0; i < 3; i++) {
    const candidate = new TZDate(y, m - 1, d, h, min, timeZone).getTime();
    if (candidate > at) return candidate;
    [y, m, d] = parts(addDays(`${y}-${pad(m)}-${pad(d)}`, 1));
  }
  // unreachable: one of today, tomorrow or the day after is in the future
  return at + 24 * 3_600_000;
}

/** Wall-clock 'HH:mm' of `at` in `timeZone` (for "自动：14:02 …"). */
export function clockTime(at: number, timeZone: string): string {
  return format(at, 'HH:mm', { in: tz(timeZone) });
}
