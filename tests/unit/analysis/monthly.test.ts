import { describe, expect, it } from 'vitest';
import { aggregateDays } from '@/lib/analysis/aggregate';
import { monthlySheet } from '@/lib/analysis/monthly';

const days = [
  { date: '2026-11-01', metrics: { uv: 1000, paidBuyers: 30, salesAmount: 3000, pv: 3000, bounceRate: 0.5, dsr: 4.7 } },
  { date: '2026-11-02', metrics: { uv: 3000, paidBuyers: 60, salesAmount: 6600, pv: 6000, bounceRate: 0.3, dsr: 4.85 } },
  // Only conversion and UV shown: buyers implied = 0.1 × 1000 = 100.
  { date: '2026-11-03', metrics: { uv: 1000, conversionRate: 0.1 } },
  { date: '2026-10-31', metrics: { uv: 7, salesAmount: 70, paidBuyers: 1 } },
];

describe('月度考核表: sums, and ratios recomputed from the sums', () => {
  it('sums amounts and counts over the days they are known', () => {
    const a = aggregateDays(days.slice(0, 3), 30);
    expect(a.cells.uv).toEqual({ value: 5000 });
    expect(a.coverage.uv).toBe(3);
    expect(a.cells.pv).toEqual({ value: 9000 });
    expect(a.coverage.pv).toBe(2);
    expect(a.cells.paidBuyers).toEqual({ value: 90 });
    expect(a.cells.salesAmount).toEqual({ value: 9600 });
    expect(a.cells.unitsSold).toBeUndefined();
    expect(a.days).toBe(30);
    expect(a.daysWithData).toBe(3);
  });

  it('conversion = Σ buyers / Σ UV (0.038), not the mean of daily rates (0.05)', () => {
    const a = aggregateDays(days.slice(0, 3));
    expect(a.cells.conversionRate!.value).toBeCloseTo(190 / 5000, 12);
    expect(a.cells.conversionRate!.derived).toBe(true);
    expect(a.coverage.conversionRate).toBe(3);
  });

  it('AOV = Σ sales / Σ buyers over days with both; visit depth = Σ PV / Σ UV; bounce weighted by UV', () => {
    const a = aggregateDays(days.slice(0, 3));
    expect(a.cells.aov!.value).toBeCloseTo(9600 / 90, 12);
    expect(a.coverage.aov).toBe(2);
    expect(a.cells.visitDepth!.value).toBeCloseTo(9000 / 4000, 12);
    // (0.5 × 1000 + 0.3 × 3000) / 4000 = 0.35; the mean of the daily rates would be 0.4.
    expect(a.cells.bounceRate!.value).toBeCloseTo(0.35, 12);
  });

  it('DSR is the latest known score of the period', () => {
    expect(aggregateDays(days.slice(0, 3)).cells.dsr).toEqual({ value: 4.85 });
  });

  it('one row per month, newest first, empty months as gaps, the running month counts days so far', () => {
    const rows = monthlySheet(days, '2026-10', '2026-12', '2026-12-05');
    expect(rows.map((r) => r.month)).toEqual(['2026-12', '2026-11', '2026-10']);
    expect(rows[0]!.days).toBe(5);
    expect(rows[0]!.cells).toEqual({});
    expect(rows[1]!.days).toBe(30);
    expect(rows[1]!.cells.uv!.value).toBe(5000);
    expect(rows[2]!.days).toBe(31);
    expect(rows[2]!.cells.aov!.value).toBe(70);
  });

  it('crosses a year boundary', () => {
    const rows = monthlySheet([{ date: '2026-01-15', metrics: { uv: 1 } }], '2025-12', '2026-01');
    expect(rows.map((r) => [r.month, r.days])).toEqual([
      ['2026-01', 31],
      ['2025-12', 31],
    ]);
  });

  it('no days: no values, no zeros', () => {
    const a = aggregateDays([], 31);
    expect(a.cells).toEqual({});
    expect(a.daysWithData).toBe(0);
  });
});
