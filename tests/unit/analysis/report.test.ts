import { describe, expect, it } from 'vitest';
import { dailyReport, daysWithData, extraColumnsPresent, ratio, REPORT_COLUMNS, REPORT_KINDS, reportCells } from '@/lib/analysis/report';

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();

describe('daily report (DOMAIN §2)', () => {
  it('keeps the seed column order', () => {
    expect(REPORT_COLUMNS).toEqual(['pv', 'uv', 'salesAmount', 'unitsSold', 'conversionRate', 'aov', 'dsr', 'visitDepth', 'bounceRate']);
  });

  it('computes AOV, conversion and visit depth from known parts and marks them derived', () => {
    const cells = reportCells({ date: '2026-11-20', metrics: { pv: 36000, uv: 12000, salesAmount: 12345.6, paidBuyers: 384 } });
    expect(cells.conversionRate).toEqual({ value: 0.032, derived: true });
    expect(cells.aov!.value).toBeCloseTo(32.15, 10);
    expect(cells.aov!.derived).toBe(true);
    expect(cells.visitDepth).toEqual({ value: 3, derived: true });
    expect(cells.uv).toEqual({ value: 12000 });
    expect(cells.paidBuyers).toEqual({ value: 384 });
    // Unknown stays unknown.
    expect(cells.dsr).toBeUndefined();
    expect(cells.bounceRate).toBeUndefined();
  });

  it('a value the console showed wins over a computed one, and is not marked derived', () => {
    const cells = reportCells({ date: '2026-11-20', metrics: { uv: 100, paidBuyers: 4, conversionRate: 0.05 } });
    expect(cells.conversionRate).toEqual({ value: 0.05 });
  });

  it('a zero denominator is missing, never 0 or NaN', () => {
    const cells = reportCells({ date: '2026-11-21', metrics: { uv: 0, pv: 0, salesAmount: 0, paidBuyers: 0 } });
    expect(cells.uv).toEqual({ value: 0 });
    expect(cells.salesAmount).toEqual({ value: 0 });
    expect(cells.conversionRate).toBeUndefined();
    expect(cells.aov).toBeUndefined();
    expect(cells.visitDepth).toBeUndefined();
    expect(ratio(5, 0)).toBeUndefined();
    expect(ratio(undefined, 3)).toBeUndefined();
  });

  it('marks values read while their day was running as live', () => {
    const cells = reportCells({
      date: '2026-11-22',
      metrics: { uv: 500, paidBuyers: 10, dsr: 4.9 },
      provenance: { uv: { at: at('2026-11-22', 15) }, paidBuyers: { at: at('2026-11-22', 15) }, dsr: { at: at('2026-11-23', 9) } },
    });
    expect(cells.uv).toEqual({ value: 500, live: true });
    expect(cells.dsr).toEqual({ value: 4.9 });
    expect(cells.conversionRate).toEqual({ value: 0.02, derived: true, live: true });
  });

  it('one row per calendar day, gaps as rows without cells', () => {
    const rows = dailyReport(
      [
        { date: '2026-11-20', metrics: { uv: 10 } },
        { date: '2026-11-23', metrics: { uv: 30, refundAmount: 12 } },
        { date: '2026-11-30', metrics: { uv: 99 } },
      ],
      '2026-11-20',
      '2026-11-23',
    );
    expect(rows.map((r) => r.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(rows[1]!.cells).toEqual({});
    expect(daysWithData(rows)).toBe(2);
    expect(extraColumnsPresent(rows)).toEqual(['refundAmount']);
  });

  it('an empty history is a table of gaps', () => {
    const rows = dailyReport([], '2026-11-01', '2026-11-07');
    expect(rows).toHaveLength(7);
    expect(daysWithData(rows)).toBe(0);
    expect(extraColumnsPresent(rows)).toEqual([]);
  });
});

describe('how the report prints its columns', () => {
  it('takes each column\'s kind from the metric catalogue: counts whole, money in the currency, rates as percent, scores with decimals', () => {
    expect(REPORT_KINDS).toEqual({
      pv: 'integer', uv: 'integer', salesAmount: 'money', unitsSold: 'integer', conversionRate: 'percent', aov: 'money', dsr: 'score',
      visitDepth: 'score', bounceRate: 'percent', paidBuyers: 'integer', orders: 'integer', refundAmount: 'money', refundRate: 'percent',
    });
  });
});
