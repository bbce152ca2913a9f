import { addDays, toBusinessDate } from '@/lib/dates';

/** How a moment reads next to now: "今天 18:30", "明天 06:00", "后天 00:00", or a date. */
export type RelativeDay = { kind: 'today' | 'tomorrow' | 'dayAfterTomorrow' | 'yesterday' } | { kind: 'date'; date: string };

export function relativeDay(at: number, now: number): RelativeDay {
  const day = toBusinessDate(at);
  const today = toBusinessDate(now);
  if (day === today) return { kind: 'today' };
  if (day === addDays(today, 1)) return { kind: 'tomorrow' };
  // Throttle advice often lands here: two daytime edits free up tomorrow, the early-morning window after that.
  if (day === addDays(today, 2)) return { kind: 'dayAfterTomorrow' };
  if (day === addDays(today, -1)) return { kind: 'yesterday' };
  return { kind: 'date', date: day };
}
