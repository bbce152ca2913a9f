import { addDays } from '@/lib/dates';
import type { SourceRow } from '@/lib/extract/traffic-sources';

/**
 * 来源构成 (seed 001 §一.3, docs/domain.md#traffic-sources): each source's share of visitors and
 * of sales over the last `windowDays` days (today's real-time read included: a share, unlike a
 * total, does not grow during the day) against the `windowDays` before. Shares are Σ source ÷ Σ
 * all sources over the days the table was read, so a day read twice does not count twice and a
 * missing day is not a zero. A source absent from a window's tables has no share there (unknown),
 * not 0 %.
 */

export interface SourceDayInput {
  date: string;
  rows: readonly SourceRow[];
}

export interface SourceShare {
  source: string;
  uv?: number;
  uvShare?: number;
  uvShareBefore?: number;
  /** Percentage points: uvShare − uvShareBefore. */
  uvShareChange?: number;
  salesAmount?: number;
  salesShare?: number;
  salesShareBefore?: number;
  salesShareChange?: number;
}

export interface SourceComposition {
  now: { from: string; to: string; days: number };
  before: { from: string; to: string; days: number };
  /** Largest visitor share first. */
  rows: SourceShare[];
}

type Sums = { days: number; uv: Map<string, number>; sales: Map<string, number>; uvTotal: number; salesTotal: number };

function sums(days: readonly SourceDayInput[]): Sums {
  const out: Sums = { days: days.length, uv: new Map(), sales: new Map(), uvTotal: 0, salesTotal: 0 };
  for (const d of days) {
    for (const r of d.rows) {
      if (r.uv !== undefined) {
        out.uv.set(r.source, (out.uv.get(r.source) ?? 0) + r.uv);
        out.uvTotal += r.uv;
      }
      if (r.salesAmount !== undefined) {
        out.sales.set(r.source, (out.sales.get(r.source) ?? 0) + r.salesAmount);
        out.salesTotal += r.salesAmount;
      }
    }
  }
  return out;
}

const share = (part: number | undefined, total: number) => (part !== undefined && total > 0 ? part / total : undefined);
const diff = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a - b : undefined);

export function sourceComposition(days: readonly SourceDayInput[], today: string, windowDays: number): SourceComposition {
  const now = { from: addDays(today, -(windowDays - 1)), to: today };
  const before = { from: addDays(today, -(2 * windowDays - 1)), to: addDays(today, -windowDays) };
  const inside = (w: { from: string; to: string }) => days.filter((d) => d.date >= w.from && d.date <= w.to);
  const a = sums(inside(now));
  const b = sums(inside(before));
  const names = new Set([...a.uv.keys(), ...a.sales.keys()]);
  const rows: SourceShare[] = [...names].map((source) => {
    const uvShare = share(a.uv.get(source), a.uvTotal);
    const uvShareBefore = share(b.uv.get(source), b.uvTotal);
    const salesShare = share(a.sales.get(source), a.salesTotal);
    const salesShareBefore = share(b.sales.get(source), b.salesTotal);
    const row: SourceShare = { source };
    const set = <K extends keyof SourceShare>(k: K, v: SourceShare[K] | undefined) => {
      if (v !== undefined) row[k] = v;
    };
    set('uv', a.uv.get(source));
    set('uvShare', uvShare);
    set('uvShareBefore', uvShareBefore);
    set('uvShareChange', diff(uvShare, uvShareBefore));
    set('salesAmount', a.sales.get(source));
    set('salesShare', salesShare);
    set('salesShareBefore', salesShareBefore);
    set('salesShareChange', diff(salesShare, salesShareBefore));
    return row;
  });
  rows.sort((x, y) => (y.uvShare ?? -1) - (x.uvShare ?? -1) || (y.salesShare ?? -1) - (x.salesShare ?? -1) || x.source.localeCompare(y.source));
  return { now: { ...now, days: a.days }, before: { ...before, days: b.days }, rows };
}
