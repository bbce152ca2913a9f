import { aggregateDays } from '../aggregate';
import { addDays, isFinalRead } from '@/lib/dates';
import { reportCells, type ReportKey, type ShopDay } from '../report';
import type { ShopMetricKey } from '@/lib/model/metrics';

/**
 * A shop metric's latest finished day vs the average of the tipBaselineDays before it. Only
 * final values count (a real-time figure read during its day is still growing and would always
 * look like a drop). Ratio metrics' baselines are recomputed from the baseline days' sums.
 * With known values on fewer than half of the baseline days there is no baseline, so no tip.
 */

export type ComparedMetric = 'uv' | 'conversionRate' | 'aov' | 'bounceRate';

/** The raw metrics a compared value rests on. */
const PARTS: Record<ComparedMetric, ShopMetricKey[][]> = {
  uv: [['uv']],
  conversionRate: [['conversionRate'], ['paidBuyers', 'uv']],
  aov: [['aov'], ['salesAmount', 'paidBuyers']],
  bounceRate: [['bounceRate']],
};

/** The day's value of the metric if it is known and final. */
export function finalValue(day: ShopDay, key: ComparedMetric): number | undefined {
  const cell = reportCells(day)[key as ReportKey];
  if (!cell) return undefined;
  const parts = PARTS[key].find((keys) => keys.every((k) => day.metrics[k] !== undefined));
  if (!parts || parts.some((k) => !isFinalRead(day.date, day.provenance?.[k]?.at))) return undefined;
  return cell.value;
}

export interface Comparison {
  date: string;
  value: number;
  baseline: number;
  /** Relative change (value − baseline) / baseline. */
  change: number;
  baselineDays: number;
}

export function compareToBaseline(days: readonly ShopDay[], key: ComparedMetric, today: string, baselineDays: number): Comparison | undefined {
  const sorted = [...days].filter((d) => d.date < today).sort((a, b) => (a.date < b.date ? 1 : -1));
  const latest = sorted.find((d) => finalValue(d, key) !== undefined);
  if (!latest) return undefined;
  const from = addDays(latest.date, -baselineDays);
  const window = sorted.filter((d) => d.date >= from && d.date < latest.date && finalValue(d, key) !== undefined);
  if (window.length < Math.ceil(baselineDays / 2)) return undefined;
  let baseline: number | undefined;
  if (key === 'uv') {
    baseline = window.reduce((n, d) => n + d.metrics.uv!, 0) / window.length;
  } else {
    baseline = aggregateDays(window).cells[key]?.value;
  }
  if (baseline === undefined || baseline <= 0) return undefined;
  const value = finalValue(latest, key)!;
  return { date: latest.date, value, baseline, change: (value - baseline) / baseline, baselineDays: window.length };
}
