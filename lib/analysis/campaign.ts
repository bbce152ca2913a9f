import type { ItemMetrics } from '@/lib/model/metrics';
import { aggregateDays, type Aggregate } from './aggregate';
import { addDays, daysBetween } from '@/lib/dates';
import type { ReportKey, ShopDay } from './report';

/**
 * 活动复盘 (docs/domain.md#campaign-review, seed 001 §一.8, seed 000 §七): the campaign window against a window of
 * the same length before it and after it (or settings.thresholds.campaignCompareDays), the
 * differences, what fell short — each with its numbers — and the rows of the
 * 店铺活动销售成果汇报表. Amounts are compared as per-day averages over the days with data,
 * so a shorter compare window or a gap does not read as a drop.
 */

export interface Window {
  from: string;
  to: string;
  days: number;
}

export interface CampaignWindows {
  before: Window;
  during: Window;
  after: Window;
}

export function campaignWindows(start: string, end: string, compareDays: number): CampaignWindows {
  const length = daysBetween(start, end) + 1;
  const n = compareDays > 0 ? compareDays : length;
  return {
    before: { from: addDays(start, -n), to: addDays(start, -1), days: n },
    during: { from: start, to: end, days: length },
    after: { from: addDays(end, 1), to: addDays(end, n), days: n },
  };
}

/** The 汇报表's metric rows, in order. */
export const REVIEW_METRICS = ['salesAmount', 'paidBuyers', 'unitsSold', 'orders', 'uv', 'pv', 'conversionRate', 'aov', 'bounceRate', 'refundAmount'] as const;
export type ReviewMetric = (typeof REVIEW_METRICS)[number];
const SUM_METRICS = new Set<ReportKey>(['salesAmount', 'paidBuyers', 'unitsSold', 'orders', 'uv', 'pv', 'refundAmount']);

export interface ReviewRow {
  key: ReviewMetric;
  before?: number;
  during?: number;
  after?: number;
  /** Per-day averages for summed metrics (what the changes compare). */
  beforePerDay?: number;
  duringPerDay?: number;
  afterPerDay?: number;
  /** Relative change, during vs before and after vs before (null: from zero). */
  changeDuring?: number | null;
  changeAfter?: number | null;
}

export type Shortfall =
  | { key: 'noBefore' }
  | { key: 'missingDays'; window: 'before' | 'during'; missing: number; days: number }
  | { key: 'salesNotUp'; before: number; during: number }
  | { key: 'uvNotUp'; before: number; during: number }
  | { key: 'conversionDown'; before: number; during: number; change: number }
  | { key: 'aovDown'; before: number; during: number; change: number }
  | { key: 'afterDip'; before: number; after: number; change: number }
  | { key: 'itemsNotUp'; itemIds: string[] };

export interface ItemReviewRow {
  itemId: string;
  before: ItemSums;
  during: ItemSums;
  after: ItemSums;
  salesChange?: number | null;
}

export interface ItemSums {
  uv?: number;
  buyers?: number;
  units?: number;
  salesAmount?: number;
  days: number;
}

export interface CampaignReview {
  windows: CampaignWindows;
  before: Aggregate;
  during: Aggregate;
  after: Aggregate;
  /** The campaign has not ended / the after window has not ended yet (as of today). */
  running: boolean;
  afterComplete: boolean;
  rows: ReviewRow[];
  items: ItemReviewRow[];
  shortfalls: Shortfall[];
}

const rel = (now: number | undefined, base: number | undefined): number | null | undefined =>
  now === undefined || base === undefined ? undefined : base > 0 ? (now - base) / base : now > 0 ? null : 0;

const inWindow = (date: string, w: Window) => date >= w.from && date <= w.to;

export interface ReviewThresholds {
  tipConversionDrop: number;
  tipAovDrop: number;
  campaignAfterDrop: number;
}

export function campaignReview(
  input: {
    start: string;
    end: string;
    itemIds: readonly string[];
    shopDays: readonly ShopDay[];
    itemDays?: readonly { itemId: string; date: string; metrics: ItemMetrics }[];
  },
  options: { compareDays: number; today: string; thresholds: ReviewThresholds },
): CampaignReview {
  const windows = campaignWindows(input.start, input.end, options.compareDays);
  // Days after yesterday are not over: the after window counts only finished days.
  const lastFinished = addDays(options.today, -1);
  const clip = (w: Window): Window => (w.to <= lastFinished ? w : { ...w, to: lastFinished, days: Math.max(0, daysBetween(w.from, lastFinished) + 1) });
  const afterWindow = clip(windows.after);
  const duringWindow = clip(windows.during);
  const pick = (w: Window) => input.shopDays.filter((d) => inWindow(d.date, w));
  const before = aggregateDays(pick(windows.before), windows.before.days);
  const during = aggregateDays(pick(duringWindow), duringWindow.days);
  const after = aggregateDays(afterWindow.days > 0 ? pick(afterWindow) : [], afterWindow.days);

  const perDay = (a: Aggregate, key: ReviewMetric) => {
    const v = a.cells[key]?.value;
    const n = a.coverage[key];
    return v !== undefined && n ? v / n : undefined;
  };
  const rows: ReviewRow[] = REVIEW_METRICS.map((key) => {
    const [b, d, a] = [before.cells[key]?.value, during.cells[key]?.value, after.cells[key]?.value];
    const row: ReviewRow = { key, ...(b !== undefined ? { before: b } : {}), ...(d !== undefined ? { during: d } : {}), ...(a !== undefined ? { after: a } : {}) };
    if (SUM_METRICS.has(key)) {
      const [bp, dp, ap] = [perDay(before, key), perDay(during, key), perDay(after, key)];
      Object.assign(row, bp !== undefined ? { beforePerDay: bp } : {}, dp !== undefined ? { duringPerDay: dp } : {}, ap !== undefined ? { afterPerDay: ap } : {});
      row.changeDuring = rel(dp, bp);
      row.changeAfter = rel(ap, bp);
    } else {
      row.changeDuring = rel(d, b);
      row.changeAfter = rel(a, b);
    }
    if (row.changeDuring === undefined) delete row.changeDuring;
    if (row.changeAfter === undefined) delete row.changeAfter;
    return row;
  });

  const items = reviewItems(input.itemIds, input.itemDays ?? [], { before: windows.before, during: duringWindow, after: afterWindow });
  const shortfalls = findShortfalls(rows, before, during, items, options.thresholds, windows.after.to <= lastFinished);

  return {
    windows,
    before,
    during,
    after,
    running: input.end > lastFinished,
    afterComplete: windows.after.to <= lastFinished,
    rows,
    items,
    shortfalls,
  };
}

function reviewItems(itemIds: readonly string[], days: readonly { itemId: string; date: string; metrics: ItemMetrics }[], w: Record<'before' | 'during' | 'after', Window>): ItemReviewRow[] {
  const sums = (itemId: string, win: Window): ItemSums => {
    const s: ItemSums = { days: 0 };
    for (const d of days) {
      if (d.itemId !== itemId || win.days <= 0 || !inWindow(d.date, win)) continue;
      s.days++;
      const m = d.metrics;
      const buyers = m.paidBuyers ?? (m.conversionRate !== undefined && m.uv !== undefined ? m.conversionRate * m.uv : undefined);
      if (m.uv !== undefined) s.uv = (s.uv ?? 0) + m.uv;
      if (buyers !== undefined) s.buyers = (s.buyers ?? 0) + buyers;
      if (m.unitsSold !== undefined) s.units = (s.units ?? 0) + m.unitsSold;
      if (m.salesAmount !== undefined) s.salesAmount = (s.salesAmount ?? 0) + m.salesAmount;
    }
    return s;
  };
  return itemIds.map((itemId) => {
    const before = sums(itemId, w.before);
    const during = sums(itemId, w.during);
    const after = sums(itemId, w.after);
    const per = (s: ItemSums) => (s.salesAmount !== undefined && s.days ? s.salesAmount / s.days : undefined);
    const change = rel(per(during), per(before));
    return { itemId, before, during, after, ...(change !== undefined ? { salesChange: change } : {}) };
  });
}

function findShortfalls(rows: ReviewRow[], before: Aggregate, during: Aggregate, items: ItemReviewRow[], t: ReviewThresholds, afterComplete: boolean): Shortfall[] {
  const out: Shortfall[] = [];
  const row = (key: ReviewMetric) => rows.find((r) => r.key === key)!;
  if (before.daysWithData === 0) {
    out.push({ key: 'noBefore' });
  } else {
    const sales = row('salesAmount');
    if (sales.beforePerDay !== undefined && sales.duringPerDay !== undefined && sales.duringPerDay <= sales.beforePerDay) {
      out.push({ key: 'salesNotUp', before: sales.beforePerDay, during: sales.duringPerDay });
    }
    const uv = row('uv');
    if (uv.beforePerDay !== undefined && uv.duringPerDay !== undefined && uv.duringPerDay <= uv.beforePerDay) {
      out.push({ key: 'uvNotUp', before: uv.beforePerDay, during: uv.duringPerDay });
    }
    const conv = row('conversionRate');
    if (conv.before !== undefined && conv.during !== undefined && typeof conv.changeDuring === 'number' && conv.changeDuring <= -t.tipConversionDrop) {
      out.push({ key: 'conversionDown', before: conv.before, during: conv.during, change: conv.changeDuring });
    }
    const aov = row('aov');
    if (aov.before !== undefined && aov.during !== undefined && typeof aov.changeDuring === 'number' && aov.changeDuring <= -t.tipAovDrop) {
      out.push({ key: 'aovDown', before: aov.before, during: aov.during, change: aov.changeDuring });
    }
    if (afterComplete && sales.beforePerDay !== undefined && sales.afterPerDay !== undefined && typeof sales.changeAfter === 'number' && sales.changeAfter <= -t.campaignAfterDrop) {
      out.push({ key: 'afterDip', before: sales.beforePerDay, after: sales.afterPerDay, change: sales.changeAfter });
    }
  }
  for (const [name, a] of [['before', before], ['during', during]] as const) {
    const missing = a.days - a.daysWithData;
    if (a.days > 0 && missing > 0 && a.daysWithData > 0) out.push({ key: 'missingDays', window: name, missing, days: a.days });
  }
  const notUp = items.filter((i) => typeof i.salesChange === 'number' && i.salesChange <= 0).map((i) => i.itemId);
  if (notUp.length) out.push({ key: 'itemsNotUp', itemIds: notUp });
  return out;
}
