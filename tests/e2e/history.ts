import { addDays, toBusinessDate } from '../../lib/dates';
import type { ItemMetrics, ShopMetrics } from '../../lib/model/metrics';

/**
 * Seeded history for the e2e suites, dated from the real today (the background judges against
 * it): days as offsets from today, item days over a range of offsets, and week indexes.
 */
export const TODAY = toBusinessDate(Date.now());
export const day = (offset: number) => addDays(TODAY, offset);

/** An item's days for the offsets from..to (inclusive), where `f` gives metrics. */
export const range = (from: number, to: number, f: (offset: number) => ItemMetrics | undefined) => {
  const out: { date: string; metrics: ItemMetrics }[] = [];
  for (let o = from; o <= to; o++) {
    const m = f(o);
    if (m) out.push({ date: day(o), metrics: m });
  }
  return out;
};

/** 30 days of 10,000 visitors at 3 %; yesterday 6,000 at 3 %: only the visitors dropped (40 %), a 访客数 tip. */
export function visitorDropDays(): { date: string; metrics: ShopMetrics }[] {
  const out: { date: string; metrics: ShopMetrics }[] = [];
  for (let i = 30; i >= 1; i--) {
    const uv = i === 1 ? 6000 : 10000;
    out.push({ date: day(-i), metrics: { uv, paidBuyers: uv * 0.03, salesAmount: uv * 0.03 * 50 } });
  }
  return out;
}

/** Monday-based week index of an offset from today (0 = this week, -1 = last week…). */
export const weekIndex = (offset: number) => {
  const d = new Date(`${day(offset)}T00:00:00Z`);
  const t = new Date(`${TODAY}T00:00:00Z`);
  const monday = (x: Date) => x.getTime() - ((x.getUTCDay() + 6) % 7) * 86_400_000;
  return Math.round((monday(d) - monday(t)) / (7 * 86_400_000));
};
