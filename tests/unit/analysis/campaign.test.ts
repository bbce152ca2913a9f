import { describe, expect, it } from 'vitest';
import { campaignReview, campaignWindows } from '@/lib/analysis/campaign';

const thresholds = { tipConversionDrop: 0.2, tipAovDrop: 0.15, campaignAfterDrop: 0.2 };
const day = (date: string, salesAmount: number, uv: number, paidBuyers: number) => ({ date, metrics: { salesAmount, uv, paidBuyers } });

const shopDays = [
  day('2026-11-08', 1000, 1000, 20),
  day('2026-11-09', 1000, 1000, 20),
  // 2026-11-10: no data
  day('2026-11-11', 3000, 3000, 45),
  day('2026-11-12', 2400, 2000, 40),
  day('2026-11-13', 600, 1000, 15),
  day('2026-11-14', 500, 800, 10),
  day('2026-11-15', 500, 800, 10),
  day('2026-11-16', 500, 800, 10),
];
const itemDays = [
  { itemId: 'X', date: '2026-11-08', metrics: { salesAmount: 100 } },
  { itemId: 'X', date: '2026-11-09', metrics: { salesAmount: 100 } },
  { itemId: 'X', date: '2026-11-11', metrics: { salesAmount: 50, uv: 10, paidBuyers: 1 } },
  { itemId: 'X', date: '2026-11-12', metrics: { salesAmount: 50, uv: 10, conversionRate: 0.1 } },
  { itemId: 'Y', date: '2026-11-09', metrics: { salesAmount: 10 } },
  { itemId: 'Y', date: '2026-11-12', metrics: { salesAmount: 90 } },
];

describe('campaign windows', () => {
  it('same length before and after by default', () => {
    expect(campaignWindows('2026-11-11', '2026-11-13', 0)).toEqual({
      before: { from: '2026-11-08', to: '2026-11-10', days: 3 },
      during: { from: '2026-11-11', to: '2026-11-13', days: 3 },
      after: { from: '2026-11-14', to: '2026-11-16', days: 3 },
    });
  });
  it('or campaignCompareDays', () => {
    expect(campaignWindows('2026-11-11', '2026-11-11', 7).before).toEqual({ from: '2026-11-04', to: '2026-11-10', days: 7 });
  });
});

describe('campaign review (活动复盘)', () => {
  const review = campaignReview({ start: '2026-11-11', end: '2026-11-13', itemIds: ['X', 'Y'], shopDays, itemDays }, { compareDays: 0, today: '2026-11-20', thresholds });
  const row = (key: string) => review.rows.find((r) => r.key === key)!;

  it('totals per window, and changes on per-day averages over the days with data', () => {
    expect(row('salesAmount')).toMatchObject({ before: 2000, during: 6000, after: 1500, beforePerDay: 1000, duringPerDay: 2000, afterPerDay: 500, changeDuring: 1, changeAfter: -0.5 });
    expect(row('uv')).toMatchObject({ before: 2000, during: 6000, after: 2400, changeDuring: 1 });
    expect(row('uv').changeAfter).toBeCloseTo(-0.2, 12);
  });

  it('ratios from the window sums: conversion 2 % → 1.67 %, AOV ¥50 → ¥60', () => {
    expect(row('conversionRate').before).toBeCloseTo(0.02, 12);
    expect(row('conversionRate').during).toBeCloseTo(100 / 6000, 12);
    expect(row('conversionRate').changeDuring).toBeCloseTo(-1 / 6, 12);
    expect(row('aov')).toMatchObject({ before: 50, during: 60, after: 50 });
    expect(row('aov').changeDuring).toBeCloseTo(0.2, 12);
    expect(row('pv')).toEqual({ key: 'pv' });
  });

  it('lists what fell short, with its numbers', () => {
    expect(review.shortfalls).toEqual([
      { key: 'afterDip', before: 1000, after: 500, change: -0.5 },
      { key: 'missingDays', window: 'before', missing: 1, days: 3 },
      { key: 'itemsNotUp', itemIds: ['X'] },
    ]);
    expect(review.afterComplete).toBe(true);
    expect(review.running).toBe(false);
  });

  it('the after-campaign drop that counts as a shortfall is its own setting: −50 % is not one at 60 %', () => {
    const strict = campaignReview(
      { start: '2026-11-11', end: '2026-11-13', itemIds: ['X', 'Y'], shopDays, itemDays },
      { compareDays: 0, today: '2026-11-20', thresholds: { ...thresholds, campaignAfterDrop: 0.6 } },
    );
    expect(strict.shortfalls.map((f) => f.key)).not.toContain('afterDip');
  });

  it('per campaign item: sums per window (buyers implied by conversion × UV)', () => {
    const x = review.items.find((i) => i.itemId === 'X')!;
    expect(x.before).toEqual({ days: 2, salesAmount: 200 });
    expect(x.during).toEqual({ days: 2, salesAmount: 100, uv: 20, buyers: 2 });
    expect(x.salesChange).toBe(-0.5);
    expect(review.items.find((i) => i.itemId === 'Y')!.salesChange).toBe(8);
  });

  it('a running campaign counts only finished days and has no after window yet', () => {
    const r = campaignReview({ start: '2026-11-11', end: '2026-11-13', itemIds: [], shopDays }, { compareDays: 0, today: '2026-11-12', thresholds });
    expect(r.running).toBe(true);
    expect(r.afterComplete).toBe(false);
    expect(r.during.days).toBe(1);
    expect(r.rows.find((x) => x.key === 'salesAmount')).toMatchObject({ during: 3000, changeDuring: 2 });
    expect(r.after.daysWithData).toBe(0);
  });

  it('conversion and AOV drops, sales not up, UV not up', () => {
    const flat = [day('2026-11-01', 1000, 1000, 40), day('2026-11-02', 800, 900, 25)];
    const r = campaignReview({ start: '2026-11-02', end: '2026-11-02', itemIds: [], shopDays: flat }, { compareDays: 0, today: '2026-11-30', thresholds });
    expect(r.shortfalls.map((s) => s.key)).toEqual(['salesNotUp', 'uvNotUp', 'conversionDown']);
    const aov = campaignReview(
      { start: '2026-11-02', end: '2026-11-02', itemIds: [], shopDays: [day('2026-11-01', 1000, 1000, 20), day('2026-11-02', 1200, 1500, 30), day('2026-11-03', 1000, 1000, 20)] },
      { compareDays: 0, today: '2026-11-30', thresholds },
    );
    expect(aov.shortfalls).toEqual([{ key: 'aovDown', before: 50, during: 40, change: -0.2 }]);
  });

  it('no history before the campaign: says so instead of comparing', () => {
    const r = campaignReview({ start: '2026-11-08', end: '2026-11-09', itemIds: [], shopDays }, { compareDays: 0, today: '2026-11-20', thresholds });
    expect(r.shortfalls[0]).toEqual({ key: 'noBefore' });
    expect(r.rows.find((x) => x.key === 'salesAmount')!.changeDuring).toBeUndefined();
  });
});
