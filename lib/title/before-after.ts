import { addDays, toBusinessDate } from '@/lib/dates';
import type { ItemMetrics } from '@/lib/model/metrics';
import type { Thresholds } from '@/lib/settings/schema';

export interface DayMetrics {
  date: string;
  metrics: ItemMetrics;
}

export interface WindowSummary {
  from: string;
  to: string;
  /** Days of the window that have passed (the after window fills up day by day). */
  daysElapsed: number;
  /** Days with a known UV. */
  daysWithData: number;
  /** Passed days with no stored numbers: gaps, never zeros. */
  gaps: string[];
  uvPerDay?: number;
  salesPerDay?: number;
  /** Σ paying buyers / Σ UV over days where both are known (never an average of ratios). */
  conversionRate?: number;
}

export type CompareMetric = 'uv' | 'conversionRate' | 'salesAmount';

export interface BeforeAfter {
  editDate: string;
  days: number;
  before: WindowSummary;
  after: WindowSummary;
  /** Relative change after vs before (-0.25 = 25 % lower); absent when either side is unknown. */
  change: Partial<Record<CompareMetric, number>>;
  /** Metrics that fell by at least the threshold. */
  drops: CompareMetric[];
  /** The after window has all its days (else the verdict may still change). */
  complete: boolean;
}

export type BeforeAfterThresholds = Pick<Thresholds, 'editCompareDays' | 'tipUvDrop' | 'tipConversionDrop'>;

/**
 * Did an edit help? Compares the N days before the edit day with the N days after it
 * (N = editCompareDays). The edit day itself is left out: it mixes before and after.
 * Only days before `today` count (today's numbers are still moving). Per-day averages are
 * compared, so a window with gaps is not mistaken for a fall. A drop is a fall of UV or
 * sales by tipUvDrop, or of conversion by tipConversionDrop (the diagnosis tips' thresholds).
 */
export function beforeAfter(
  rows: readonly DayMetrics[],
  editAt: number,
  today: string,
  t: BeforeAfterThresholds,
): BeforeAfter {
  const n = t.editCompareDays;
  const editDate = toBusinessDate(editAt);
  const byDate = new Map(rows.map((r) => [r.date, r.metrics]));
  const before = summarize(byDate, addDays(editDate, -n), addDays(editDate, -1), today);
  const after = summarize(byDate, addDays(editDate, 1), addDays(editDate, n), today);

  const change: BeforeAfter['change'] = {};
  const rel = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b - 1 : undefined);
  const pairs: [CompareMetric, number | undefined][] = [
    ['uv', rel(after.uvPerDay, before.uvPerDay)],
    ['conversionRate', rel(after.conversionRate, before.conversionRate)],
    ['salesAmount', rel(after.salesPerDay, before.salesPerDay)],
  ];
  for (const [key, value] of pairs) if (value !== undefined) change[key] = value;

  const drops: CompareMetric[] = [];
  if (change.uv !== undefined && change.uv <= -t.tipUvDrop) drops.push('uv');
  if (change.conversionRate !== undefined && change.conversionRate <= -t.tipConversionDrop) drops.push('conversionRate');
  if (change.salesAmount !== undefined && change.salesAmount <= -t.tipUvDrop) drops.push('salesAmount');

  return { editDate, days: n, before, after, change, drops, complete: after.daysElapsed === n };
}

function summarize(byDate: Map<string, ItemMetrics>, from: string, to: string, today: string): WindowSummary {
  const gaps: string[] = [];
  let daysElapsed = 0;
  let uvDays = 0, uvSum = 0;
  let salesDays = 0, salesSum = 0;
  let convUv = 0, convBuyers = 0, convDays = 0;
  for (let date = from; date <= to && date < today; date = addDays(date, 1)) {
    daysElapsed++;
    const m = byDate.get(date);
    if (!m || (m.uv === undefined && m.salesAmount === undefined)) {
      gaps.push(date);
      continue;
    }
    if (m.uv !== undefined) {
      uvDays++;
      uvSum += m.uv;
    }
    if (m.salesAmount !== undefined) {
      salesDays++;
      salesSum += m.salesAmount;
    }
    const buyers = m.paidBuyers ?? (m.conversionRate !== undefined && m.uv !== undefined ? m.conversionRate * m.uv : undefined);
    if (m.uv !== undefined && buyers !== undefined) {
      convDays++;
      convUv += m.uv;
      convBuyers += buyers;
    }
  }
  return {
    from,
    to,
    daysElapsed,
    daysWithData: uvDays,
    gaps,
    // Unknown stays absent, never 0.
    ...(uvDays ? { uvPerDay: uvSum / uvDays } : {}),
    ...(salesDays ? { salesPerDay: salesSum / salesDays } : {}),
    ...(convDays && convUv > 0 ? { conversionRate: convBuyers / convUv } : {}),
  };
}
