import { addDays, toBusinessDate } from '@/lib/dates';

/** How a moment reads next to now: "今天 18:30", "明天 06:00", or a date. */
export type RelativeDay = { kind: 'today' | 'tomorrow' | 'yesterday' } | { kind: 'date'; date: string };

export function relativeDay(at: number, now: number): RelativeDay {
  const day = toBusinessDate(at);
  const today = toBusinessDate(now);
  if (day === today) return { kind: 'today' };
  if (day === addDays(today, 1)) return { kind: 'tomorrow' };
  if (day === addDays(today, -1)) return { kind: 'yesterday' };
  return { kind: 'date', date: day };
}
