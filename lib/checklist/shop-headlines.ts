import type { ShopDailyRow, ShopRow } from '@/lib/db/schema';
import type { ShopMetrics } from '@/lib/model/metrics';
import { compare, HEADLINE_METRICS, withDerived, type HeadlineValue } from './headline';

/**
 * The popup's headline: one row per shop with numbers today (issue 13). Today's numbers are
 * real-time (still growing), so comparing them with yesterday's whole day would show a red
 * drop every morning. They are compared with yesterday *at the same time* when ShopMate read
 * the shop then (a snapshot near that time); otherwise yesterday's full day is shown as a
 * neutral reference, without an arrow.
 */

/** How far from "the same time yesterday" a read may be to count as that time. Not a business
 * threshold: a read every 5 minutes (the console reader's cadence) falls well inside it, a read
 * an hour off would compare different parts of the day. */
export const SAME_TIME_WINDOW_MS = 30 * 60_000;
const DAY_MS = 24 * 3_600_000;

export interface ShopHeadline {
  shop: ShopRow;
  date: string;
  which: 'today' | 'yesterday';
  /** 'sameTime': against yesterday at this time; 'dayBefore': a whole day against the one before; 'fullDay': yesterday's whole day shown as a neutral reference. */
  basis: 'sameTime' | 'dayBefore' | 'fullDay' | 'none';
  values: (HeadlineValue & { reference?: number })[];
  /** When the console says these numbers were updated; else when ShopMate read them. */
  updatedAt: number;
  /** True when updatedAt is the console's own time. */
  consoleTime: boolean;
}

/** A read of one shop's numbers for one date, as the snapshot log kept it. */
export interface DayRead {
  at: number;
  date: string;
  metrics: ShopMetrics;
}

/** Yesterday's numbers as they stood near `at − 24 h`: per metric, the read nearest that moment. */
export function sameTimeYesterday(reads: readonly DayRead[], yesterday: string, at: number): ShopMetrics | undefined {
  const target = at - DAY_MS;
  const out: ShopMetrics = {};
  const distance: Partial<Record<keyof ShopMetrics, number>> = {};
  for (const read of reads) {
    if (read.date !== yesterday) continue;
    const d = Math.abs(read.at - target);
    if (d > SAME_TIME_WINDOW_MS) continue;
    for (const [key, value] of Object.entries(read.metrics) as [keyof ShopMetrics, number][]) {
      if (distance[key] === undefined || d < distance[key]!) {
        out[key] = value;
        distance[key] = d;
      }
    }
  }
  return HEADLINE_METRICS.some((m) => withDerived(out).metrics[m] !== undefined) ? out : undefined;
}

/** The latest moment today's numbers were read (their provenance). */
const readAt = (row: ShopDailyRow) => Math.max(0, ...Object.values(row.provenance).map((p) => p?.at ?? 0)) || row.updatedAt;

export function shopHeadline(
  shop: ShopRow,
  rows: { today?: ShopDailyRow; yesterday?: ShopDailyRow; dayBefore?: ShopDailyRow },
  dates: { today: string; yesterday: string },
  reads: readonly DayRead[],
): ShopHeadline | undefined {
  const { today, yesterday } = rows;
  const has = (row: ShopDailyRow | undefined) => !!row && HEADLINE_METRICS.some((m) => withDerived(row.metrics).metrics[m] !== undefined);
  if (has(today)) {
    const at = readAt(today!);
    const then = sameTimeYesterday(reads, dates.yesterday, at);
    const full = yesterday ? withDerived(yesterday.metrics).metrics : undefined;
    const values = then
      ? compare(today!.metrics, then)
      : compare(today!.metrics, undefined).map((v) => ({ ...v, ...(full?.[v.metric] !== undefined ? { reference: full[v.metric] } : {}) }));
    return {
      shop,
      date: dates.today,
      which: 'today',
      basis: then ? 'sameTime' : full ? 'fullDay' : 'none',
      values,
      updatedAt: today!.consoleUpdatedAt ?? at,
      consoleTime: today!.consoleUpdatedAt !== undefined,
    };
  }
  if (has(yesterday)) {
    // Yesterday's final day against the day before: both whole days, a fair comparison.
    const values = compare(yesterday!.metrics, rows.dayBefore?.metrics);
    return {
      shop,
      date: dates.yesterday,
      which: 'yesterday',
      basis: rows.dayBefore ? 'dayBefore' : 'none',
      values,
      updatedAt: yesterday!.consoleUpdatedAt ?? readAt(yesterday!),
      consoleTime: yesterday!.consoleUpdatedAt !== undefined,
    };
  }
  return undefined;
}
