import type { ShopMetrics } from '@/lib/model/metrics';
import { addDays } from '@/lib/dates';

/**
 * Today's headline numbers under the checklist: sales, UV, conversion, AOV against the day
 * before. Derived values are computed from their parts when the console did not show them
 * (docs/domain.md#daily-report); a missing value stays missing and gets no comparison.
 */

export const HEADLINE_METRICS = ['salesAmount', 'uv', 'conversionRate', 'aov'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export interface HeadlineValue {
  metric: HeadlineMetric;
  value?: number;
  previous?: number;
  /** Relative change vs the day before (0.052 = +5.2 %); undefined when it cannot be computed. */
  change?: number;
  direction?: 'up' | 'down' | 'flat';
  /** Computed from its parts, not read. */
  derived: boolean;
}

export interface Headline {
  /** The day shown: today when captured, else yesterday. */
  date: string;
  which: 'today' | 'yesterday';
  previousDate: string;
  values: HeadlineValue[];
}

/** Conversion = paid buyers / UV, AOV = sales / paid buyers when not read; zero denominators stay missing. */
export function withDerived(m: ShopMetrics): { metrics: ShopMetrics; derived: Set<keyof ShopMetrics> } {
  const metrics = { ...m };
  const derived = new Set<keyof ShopMetrics>();
  if (metrics.conversionRate === undefined && metrics.paidBuyers !== undefined && metrics.uv) {
    metrics.conversionRate = metrics.paidBuyers / metrics.uv;
    derived.add('conversionRate');
  }
  if (metrics.aov === undefined && metrics.salesAmount !== undefined && metrics.paidBuyers) {
    metrics.aov = metrics.salesAmount / metrics.paidBuyers;
    derived.add('aov');
  }
  return { metrics, derived };
}

/** Changes smaller than this (0.05 %) show as flat rather than a noisy arrow. */
const FLAT = 0.0005;

export function compare(current: ShopMetrics, previous: ShopMetrics | undefined): HeadlineValue[] {
  const cur = withDerived(current);
  const prev = previous ? withDerived(previous).metrics : {};
  return HEADLINE_METRICS.map((metric) => {
    const value = cur.metrics[metric];
    const before = prev[metric];
    const change = value !== undefined && before !== undefined && before > 0 ? (value - before) / before : undefined;
    const direction =
      change === undefined ? undefined : Math.abs(change) < FLAT ? 'flat' : change > 0 ? 'up' : 'down';
    return { metric, value, previous: before, change, direction, derived: cur.derived.has(metric) };
  });
}

/**
 * Picks the day to headline from a shop's daily rows: today if anything was read for it,
 * else yesterday; undefined when neither has a single headline number.
 */
export function pickHeadline(rows: ReadonlyMap<string, ShopMetrics>, today: string): Headline | undefined {
  const yesterday = addDays(today, -1);
  for (const [date, which] of [
    [today, 'today'],
    [yesterday, 'yesterday'],
  ] as const) {
    const metrics = rows.get(date);
    if (!metrics) continue;
    const values = compare(metrics, rows.get(addDays(date, -1)));
    if (values.every((v) => v.value === undefined)) continue;
    return { date, which, previousDate: addDays(date, -1), values };
  }
  return undefined;
}
