// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ReportTable from '@/components/analysis/ReportTable';
import MonthlyTable from '@/components/analysis/MonthlyTable';
import TipCard from '@/components/analysis/TipCard';
import { monthlySheet } from '@/lib/analysis/monthly';
import { dailyReport } from '@/lib/analysis/report';
import { runTips } from '@/lib/analysis/tips';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/** The report and tip components as a seller reads them (the charts are checked in Chromium, e2e). */

afterEach(() => cleanup());
beforeEach(() => vi.restoreAllMocks());

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();

describe('数据日报表 table', () => {
  const rows = dailyReport(
    [
      { date: '2026-11-20', metrics: { pv: 36000, uv: 12000, salesAmount: 12345.6, paidBuyers: 384 } },
      { date: '2026-11-22', metrics: { uv: 500, conversionRate: 0.05 }, provenance: { uv: { at: at('2026-11-22', 15) }, conversionRate: { at: at('2026-11-22', 15) } } },
    ],
    '2026-11-20',
    '2026-11-22',
  );

  it('newest day first; computed values in italics with 计 and a title; gaps as —; real-time marked', () => {
    render(<ReportTable rows={rows} extras={[]} currency="CNY" />);
    const table = screen.getByTestId('daily-report');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['11月22日实时', '11月21日', '11月20日']);
    const cells = (i: number) => within(bodyRows[i]!).getAllByRole('cell');
    // 11-20: conversion 384 / 12000 = 3.20 %, AOV 12345.6 / 384 = ¥32.15, depth 3 — all computed.
    expect(cells(2).map((c) => c.textContent)).toEqual(['36,000', '12,000', '¥12,345.60', '—', '3.20%计', '¥32.15计', '—', '3计', '—']);
    expect(cells(2)[4]!.className).toBe('an-derived');
    expect(cells(2)[4]!.getAttribute('title')).toContain('计算值');
    // 11-21: never read.
    expect(new Set(cells(1).map((c) => c.textContent))).toEqual(new Set(['—']));
    // 11-22: read during the day: marked real-time; conversion as read, not computed.
    expect(cells(0)[4]!.textContent).toBe('5.00%');
    expect(within(cells(0)[1]!).getByRole('img', { name: /实时/ })).toBeTruthy();
  });

  it('月度考核表: days with data, sums, ratios from sums marked computed', () => {
    const months = monthlySheet(
      [
        { date: '2026-11-01', metrics: { uv: 1000, paidBuyers: 30, salesAmount: 3000 } },
        { date: '2026-11-02', metrics: { uv: 3000, paidBuyers: 60, salesAmount: 6600 } },
      ],
      '2026-11',
      '2026-11',
    );
    render(<MonthlyTable rows={months} currency="CNY" />);
    const row = within(screen.getByTestId('monthly-sheet')).getAllByRole('row')[1]!;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('2/30');
    expect(cells.slice(1, 8)).toEqual(['—', '4,000', '¥9,600.00', '—', '2.25%计', '¥106.67计', '—']);
  });

  it('the month that includes today says it runs to today; earlier months do not', () => {
    const months = monthlySheet([{ date: '2026-11-02', metrics: { uv: 10 } }, { date: '2026-10-02', metrics: { uv: 10 } }], '2026-10', '2026-11', '2026-11-02');
    render(<MonthlyTable rows={months} currency="CNY" today="2026-11-02" />);
    const heads = within(screen.getByTestId('monthly-sheet')).getAllByRole('rowheader').map((h) => h.textContent);
    expect(heads).toEqual(['2026年11月截至今天', '2026年10月']);
    // Days with data count only the days so far (1 of 2), not the whole month.
    expect(within(screen.getByTestId('monthly-sheet')).getAllByRole('row')[1]!.textContent).toContain('1/2');
  });
});

describe('a tip card', () => {
  it('says what changed with its numbers, and offers the numbers', () => {
    const steady = Array.from({ length: 7 }, (_, i) => ({ date: `2026-11-0${i + 1}`, metrics: { uv: 1000 } }));
    const [tip] = runTips({ today: '2026-11-09', platform: 'taobao', thresholds: DEFAULT_SETTINGS.thresholds, shopDays: [...steady, { date: '2026-11-08', metrics: { uv: 700 } }] });
    render(
      <ol>
        <TipCard tip={tip!} platform="taobao" currency="CNY" />
      </ol>,
    );
    expect(screen.getByRole('heading').textContent).toBe('11月8日 访客数 700，比前 7 天平均（1,000）少 30.00%');
    expect(screen.getByText('重要')).toBeTruthy();
    const evidence = within(screen.getByRole('table')).getAllByRole('cell').map((c) => c.textContent);
    expect(evidence).toEqual(['700', '1,000', '−30.0%']);
    expect(screen.getByRole('button', { name: '查看数据' })).toBeTruthy();
  });
});
