import { aggregateDays, type Aggregate } from './aggregate';
import { addDays, daysBetween, monthOf } from '@/lib/dates';
import type { ShopDay } from './report';

/**
 * 月度考核表 (docs/domain.md#monthly-sheet): one row per month, amounts and counts summed, ratios recomputed from
 * the sums (aggregate.ts), each value with the days it rests on.
 */

export interface MonthRow extends Aggregate {
  month: string; // 'YYYY-MM'
}

const daysInMonth = (month: string) => {
  const first = `${month}-01`;
  const next = month.endsWith('-12') ? `${Number(month.slice(0, 4)) + 1}-01-01` : `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, '0')}-01`;
  return daysBetween(first, next);
};

/** Months from `fromMonth` to `toMonth` ('YYYY-MM', both included), newest first. */
export function monthlySheet(days: readonly ShopDay[], fromMonth: string, toMonth: string, today?: string): MonthRow[] {
  const byMonth = new Map<string, ShopDay[]>();
  for (const d of days) {
    const m = monthOf(d.date);
    if (m < fromMonth || m > toMonth) continue;
    (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(d);
  }
  const rows: MonthRow[] = [];
  for (let m = toMonth; m >= fromMonth; m = monthOf(addDays(`${m}-01`, -1))) {
    // The running month counts only the days so far.
    const calendar = today && monthOf(today) === m ? Number(today.slice(8, 10)) : daysInMonth(m);
    rows.push({ month: m, ...aggregateDays(byMonth.get(m) ?? [], calendar) });
  }
  return rows;
}
