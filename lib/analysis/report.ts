import type { ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import { dateRange, isFinalRead } from '@/lib/dates';
import type { ValueKind } from '@/lib/format';
import { valueKindOfMetric } from '@/lib/model/catalogue';

/**
 * 数据日报表 (docs/domain.md#daily-report): one row per day, columns in the seed's order, plus paying buyers,
 * orders and refunds where the console showed them. Values are what was read; AOV, conversion
 * and visit depth are computed from their parts when the console did not show them, and are
 * marked as derived. Zero denominators and unknown parts give a missing cell, never 0; a day
 * without data is a row of gaps.
 */

/** 日期 · 浏览量 · 访客数 · 销售额 · 成交件数 · 转化率 · 客单价 · DSR · 访问深度 · 首页跳失率 */
export const REPORT_COLUMNS = ['pv', 'uv', 'salesAmount', 'unitsSold', 'conversionRate', 'aov', 'dsr', 'visitDepth', 'bounceRate'] as const;
/** Shown where known. */
export const REPORT_EXTRA_COLUMNS = ['paidBuyers', 'orders', 'refundAmount', 'refundRate'] as const;
export type ReportKey = (typeof REPORT_COLUMNS)[number] | (typeof REPORT_EXTRA_COLUMNS)[number];

/** How each column's values read: for formatting and export (the metric's kind in the catalogue). */
export const REPORT_KINDS = Object.fromEntries(
  [...REPORT_COLUMNS, ...REPORT_EXTRA_COLUMNS].map((key) => [key, valueKindOfMetric(key)]),
) as Record<ReportKey, ValueKind>;

export interface ReportCell {
  value: number;
  /** Computed here from other cells (e.g. 客单价 = 销售额 / 支付买家数), not read from the console. */
  derived?: true;
  /** Read while its day was still running: a real-time figure that may still grow. */
  live?: true;
}

export interface ReportRow {
  date: string;
  /** Absent key = missing (a gap). */
  cells: Partial<Record<ReportKey, ReportCell>>;
}

export interface ShopDay {
  date: string;
  metrics: ShopMetrics;
  provenance?: Partial<Record<ShopMetricKey, { at: number }>>;
}

/** a / b when both are known and b > 0; otherwise missing. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return undefined;
  return a / b;
}

/** The three derived values (docs/domain.md#daily-report), each computed only from known parts. */
export const DERIVATIONS = {
  aov: (m: ShopMetrics) => ratio(m.salesAmount, m.paidBuyers),
  conversionRate: (m: ShopMetrics) => ratio(m.paidBuyers, m.uv),
  visitDepth: (m: ShopMetrics) => ratio(m.pv, m.uv),
} as const;

/** One day's report cells. */
export function reportCells(day: ShopDay): ReportRow['cells'] {
  const cells: ReportRow['cells'] = {};
  const live = (key: ShopMetricKey) => !isFinalRead(day.date, day.provenance?.[key]?.at);
  for (const key of [...REPORT_COLUMNS, ...REPORT_EXTRA_COLUMNS]) {
    const value = day.metrics[key];
    if (value !== undefined && Number.isFinite(value)) {
      cells[key] = live(key) ? { value, live: true } : { value };
      continue;
    }
    if (key in DERIVATIONS) {
      const derivation = DERIVATIONS[key as keyof typeof DERIVATIONS];
      const computed = derivation(day.metrics);
      if (computed === undefined) continue;
      const parts: Record<keyof typeof DERIVATIONS, ShopMetricKey[]> = {
        aov: ['salesAmount', 'paidBuyers'],
        conversionRate: ['paidBuyers', 'uv'],
        visitDepth: ['pv', 'uv'],
      };
      const anyLive = parts[key as keyof typeof DERIVATIONS].some(live);
      cells[key] = anyLive ? { value: computed, derived: true, live: true } : { value: computed, derived: true };
    }
  }
  return cells;
}

/**
 * The report for [from, to], one row per calendar day (oldest first), gaps included as rows with
 * no cells. Days outside the range are ignored.
 */
export function dailyReport(days: readonly ShopDay[], from: string, to: string): ReportRow[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return dateRange(from, to).map((date) => {
    const day = byDate.get(date);
    return { date, cells: day ? reportCells(day) : {} };
  });
}

/** Extra columns worth showing: those with at least one known value. */
export function extraColumnsPresent(rows: readonly ReportRow[]): (typeof REPORT_EXTRA_COLUMNS)[number][] {
  return REPORT_EXTRA_COLUMNS.filter((key) => rows.some((r) => r.cells[key] !== undefined));
}

/** Days in the range with at least one value. */
export const daysWithData = (rows: readonly ReportRow[]) => rows.filter((r) => Object.keys(r.cells).length > 0).length;
