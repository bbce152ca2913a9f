import { dateRange } from '@/lib/dates';
import type { ItemMetrics } from '@/lib/model/metrics';

/** Seeded item history for the unit tests of the analysis (and what is built on it). */

/** Per-day metrics by week (Monday → value) for the weeks given, else `otherwise`. */
export const byWeek = (date: string, weeks: Record<string, ItemMetrics>, otherwise: ItemMetrics): ItemMetrics => {
  const monday = Object.keys(weeks).find((w) => dateRange(w, date).length >= 1 && dateRange(w, date).length <= 7);
  return monday ? weeks[monday]! : otherwise;
};

/** The days from..to (inclusive) where `f` gives metrics. */
export const days = (from: string, to: string, f: (date: string) => ItemMetrics | undefined) =>
  dateRange(from, to).flatMap((date) => {
    const metrics = f(date);
    return metrics ? [{ date, metrics }] : [];
  });
