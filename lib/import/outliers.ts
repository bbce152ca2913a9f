import type { ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';

/**
 * Days of an imported report that look wrong, found before anything is written so the seller
 * decides: keep or drop. One impossible day (¥2.35 M with 客单价 ¥5,858 in a shop selling
 * ¥20 k a day) flattens every chart and poisons every average, and nothing downstream can tell
 * it from a real one. Three checks, thresholds from settings (importOutlierRatio,
 * importAovTolerance):
 * - spike / dip: an amount or count more than `ratio` × (or under 1/`ratio` of) the median of
 *   its neighbours (up to NEIGHBOURS days each side with a value); a real 双11 is a spike too,
 *   which is why spikes are only flagged and kept unless the seller drops them;
 * - a ratio over 100 % (conversion, bounce, refund rate): impossible;
 * - 客单价 disagreeing with 销售额 / 支付买家数 by more than the tolerance: a shifted or mistyped column.
 * Pure.
 */

/** Neighbours each side a day is compared with (a week each side: the weekly rhythm cancels out). */
export const NEIGHBOURS = 7;

export const SCALE_METRICS = ['salesAmount', 'uv', 'pv', 'paidBuyers', 'unitsSold', 'orders'] as const satisfies readonly ShopMetricKey[];
export const RATIO_METRICS = ['conversionRate', 'bounceRate', 'refundRate'] as const satisfies readonly ShopMetricKey[];

export type OutlierReason =
  | { code: 'spike' | 'dip'; metric: (typeof SCALE_METRICS)[number]; value: number; median: number }
  | { code: 'overHundred'; metric: (typeof RATIO_METRICS)[number]; value: number }
  | { code: 'aovMismatch'; metric: 'aov'; value: number; expected: number };

export interface Outlier {
  date: string;
  reasons: OutlierReason[];
  /** Impossible values (a ratio over 100 %, AOV against its parts): dropped unless kept. Spikes and dips: kept unless dropped. */
  impossible: boolean;
}

export interface OutlierOptions {
  /** importOutlierRatio: 5 = more than 5× or under 1/5 of the neighbours' median. */
  ratio: number;
  /** importAovTolerance: 0.2 = AOV may differ from sales / buyers by 20 %. */
  aovTolerance: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export function findOutliers(days: readonly { date: string; metrics: ShopMetrics }[], options: OutlierOptions): Outlier[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const out: Outlier[] = [];
  sorted.forEach((day, i) => {
    const reasons: OutlierReason[] = [];
    for (const metric of SCALE_METRICS) {
      const value = day.metrics[metric];
      if (value === undefined || !Number.isFinite(value)) continue;
      const around = [...neighbours(sorted, i, -1, metric), ...neighbours(sorted, i, 1, metric)];
      // Too few neighbours to say what is normal.
      if (around.length < 4) continue;
      const m = median(around);
      if (m > 0 && value > options.ratio * m) reasons.push({ code: 'spike', metric, value, median: m });
      else if (m > 0 && value < m / options.ratio) reasons.push({ code: 'dip', metric, value, median: m });
    }
    for (const metric of RATIO_METRICS) {
      const value = day.metrics[metric];
      if (value !== undefined && value > 1) reasons.push({ code: 'overHundred', metric, value });
    }
    const { aov, salesAmount, paidBuyers } = day.metrics;
    if (aov !== undefined && salesAmount !== undefined && paidBuyers) {
      const expected = salesAmount / paidBuyers;
      if (expected > 0 && Math.abs(aov - expected) / expected > options.aovTolerance) reasons.push({ code: 'aovMismatch', metric: 'aov', value: aov, expected });
    }
    if (reasons.length) out.push({ date: day.date, reasons, impossible: reasons.some((r) => r.code === 'overHundred' || r.code === 'aovMismatch') });
  });
  return out;
}

/** Up to NEIGHBOURS values of the metric on one side of day i (days without it are skipped). */
function neighbours(days: readonly { metrics: ShopMetrics }[], i: number, step: 1 | -1, metric: ShopMetricKey): number[] {
  const values: number[] = [];
  for (let j = i + step; j >= 0 && j < days.length && values.length < NEIGHBOURS; j += step) {
    const v = days[j]!.metrics[metric];
    if (v !== undefined && Number.isFinite(v)) values.push(v);
  }
  return values;
}

/** The days the seller drops by default: the impossible ones. */
export const defaultDrops = (outliers: readonly Outlier[]): Set<string> => new Set(outliers.filter((o) => o.impossible).map((o) => o.date));
