import { buyersOf, type ShopMetrics } from '@/lib/model/metrics';
import { isFinalRead } from '@/lib/dates';
import { ratio, type ReportCell, type ReportKey, type ShopDay } from './report';

/**
 * Several days as one period (a month, a campaign window, a baseline): amounts and counts are
 * summed over the days they are known; ratios are recomputed from those sums over the days
 * where both parts are known (conversion = Σ buyers / Σ UV), never averaged from daily ratios.
 * Each value says on how many days it rests (coverage), so a half-known month reads as such.
 */

export const SUMMED = ['pv', 'uv', 'salesAmount', 'unitsSold', 'paidBuyers', 'orders', 'refundAmount'] as const;
export type SummedKey = (typeof SUMMED)[number];

export interface Aggregate {
  /** Calendar days in the period, and days with at least one value. */
  days: number;
  daysWithData: number;
  /** Ratios are marked derived; sums are not. Absent = nothing known. */
  cells: Partial<Record<ReportKey, ReportCell>>;
  /** Days each value rests on. */
  coverage: Partial<Record<ReportKey, number>>;
  /** Some value was read while its day was running (real-time, may still grow). */
  live: boolean;
}

/** Page views of a day: as read, or implied by visit depth × UV. */
const pvOf = (m: ShopMetrics) => m.pv ?? (m.visitDepth !== undefined && m.uv !== undefined ? m.visitDepth * m.uv : undefined);

/** Σ a / Σ b over the days where both are known; with how many days that was. */
function pairedRatio(days: readonly ShopDay[], a: (m: ShopMetrics) => number | undefined, b: (m: ShopMetrics) => number | undefined) {
  let sa = 0;
  let sb = 0;
  let n = 0;
  for (const d of days) {
    const x = a(d.metrics);
    const y = b(d.metrics);
    if (x === undefined || y === undefined) continue;
    sa += x;
    sb += y;
    n++;
  }
  return { value: n ? ratio(sa, sb) : undefined, days: n };
}

export function aggregateDays(days: readonly ShopDay[], calendarDays = days.length): Aggregate {
  const cells: Aggregate['cells'] = {};
  const coverage: Aggregate['coverage'] = {};
  for (const key of SUMMED) {
    let sum = 0;
    let n = 0;
    for (const d of days) {
      const v = d.metrics[key];
      if (v === undefined) continue;
      sum += v;
      n++;
    }
    if (n) {
      cells[key] = { value: sum };
      coverage[key] = n;
    }
  }
  const derived: [ReportKey, ReturnType<typeof pairedRatio>][] = [
    ['conversionRate', pairedRatio(days, buyersOf, (m) => m.uv)],
    ['aov', pairedRatio(days, (m) => m.salesAmount, buyersOf)],
    ['visitDepth', pairedRatio(days, pvOf, (m) => m.uv)],
    ['bounceRate', pairedRatio(days, (m) => (m.bounceRate !== undefined && m.uv !== undefined ? m.bounceRate * m.uv : undefined), (m) => m.uv)],
    [
      'refundRate',
      pairedRatio(
        days,
        (m) => m.refundAmount ?? (m.refundRate !== undefined && m.salesAmount !== undefined ? m.refundRate * m.salesAmount : undefined),
        (m) => m.salesAmount,
      ),
    ],
  ];
  for (const [key, r] of derived) {
    if (r.value === undefined) continue;
    cells[key] = { value: r.value, derived: true };
    coverage[key] = r.days;
  }
  // DSR is a rating, not an amount: the period's latest known value.
  const withDsr = days.filter((d) => d.metrics.dsr !== undefined).sort((a, b) => (a.date < b.date ? -1 : 1));
  const lastDsr = withDsr[withDsr.length - 1];
  if (lastDsr) {
    cells.dsr = { value: lastDsr.metrics.dsr! };
    coverage.dsr = withDsr.length;
  }
  return {
    days: calendarDays,
    daysWithData: days.filter((d) => Object.keys(d.metrics).length > 0).length,
    cells,
    coverage,
    live: days.some((d) => Object.values(d.provenance ?? {}).some((p) => p && !isFinalRead(d.date, p.at))),
  };
}
