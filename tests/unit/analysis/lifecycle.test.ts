import { describe, expect, it } from 'vitest';
import { enteringDecline, lifecycleStage, type ItemWeek, type LifecycleOptions } from '@/lib/analysis/lifecycle';

const WEEKS = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];
const options: LifecycleOptions = {
  refWeek: '2026-11-16',
  trendChange: 0.15,
  newItemWeeks: 3,
  heroWindowDays: 7,
  heroMinUv: 3000,
  heroMinConversion: 0.03,
  heroAboveShopAverage: true,
};

/** Weeks from per-day units and UV (full 7-day weeks unless `days` says otherwise). */
function weeks(units: (number | undefined)[], uv: number[] = units.map(() => 100), extra: Partial<ItemWeek>[] = []): ItemWeek[] {
  return units.map((u, i) => ({
    week: WEEKS[WEEKS.length - units.length + i]!,
    uv: uv[i]! * 7,
    uvDays: 7,
    ...(u === undefined ? { unitsDays: 0 } : { units: u * 7, unitsDays: 7 }),
    buyersDays: 0,
    salesAmountDays: 0,
    ...extra[i],
  }));
}

describe('item lifecycle from weekly trends (DOMAIN §3)', () => {
  it('成长: sales per day 10 → 11 → 15 is +42.9 % vs the two weeks before', () => {
    const r = lifecycleStage({ itemId: 'a', weeks: weeks([10, 11, 15]) }, options);
    expect(r.stage).toBe('growth');
    expect(r.reason).toBe('salesRising');
    expect(r.salesChange).toBeCloseTo((15 - 10.5) / 10.5, 10);
    expect(r.weeks.map((w) => [w.week, w.salesPerDay])).toEqual([
      ['2026-11-02', 10],
      ['2026-11-09', 11],
      ['2026-11-16', 15],
    ]);
    expect(r.measure).toBe('units');
  });

  it('衰退: 20 → 18 → 12 is −36.8 %', () => {
    const r = lifecycleStage({ itemId: 'b', weeks: weeks([20, 18, 12]) }, options);
    expect(r.stage).toBe('decline');
    expect(r.reason).toBe('salesFalling');
    expect(r.salesChange).toBeCloseTo(-7 / 19, 10);
  });

  it('稳定: 10 → 10 → 10.5 (+5 %) with flat traffic', () => {
    const r = lifecycleStage({ itemId: 'c', weeks: weeks([10, 10, 10.5]) }, options);
    expect(r.stage).toBe('stable');
    expect(r.salesChange).toBeCloseTo(0.05, 10);
  });

  it('a rise needs the last step to rise too (10 → 20 → 14 is not growth)', () => {
    // mean(10, 20) = 15; 14 is −6.7 %: flat.
    expect(lifecycleStage({ itemId: 'd', weeks: weeks([10, 20, 14]) }, options).stage).toBe('stable');
  });

  it('traffic decides when sales are flat: UV 1000 → 1000 → 700 per day is decline', () => {
    const r = lifecycleStage({ itemId: 'e', weeks: weeks([10, 10, 10], [1000, 1000, 700]) }, options);
    expect(r.stage).toBe('decline');
    expect(r.reason).toBe('trafficFalling');
    expect(r.uvChange).toBeCloseTo(-0.3, 10);
  });

  it('爆款: 3500 UV in the week with 4 % conversion and sales not falling', () => {
    const heroWeek = { buyers: 140, buyersUv: 3500, buyersDays: 7 };
    const r = lifecycleStage({ itemId: 'f', weeks: weeks([18, 19, 20], [400, 450, 500], [{}, {}, heroWeek]) }, options);
    expect(r.stage).toBe('hero');
    expect(r.weeks[2]!.conversion).toBeCloseTo(0.04, 10);
  });

  it('small traffic with high conversion is not 爆款 (700 UV a week at 10 %)', () => {
    const r = lifecycleStage({ itemId: 'g', weeks: weeks([10, 10, 10], [100, 100, 100], [{}, {}, { buyers: 70, buyersUv: 700, buyersDays: 7 }]) }, options);
    expect(r.stage).toBe('stable');
  });

  it('conversion above the shop average counts only when the setting says so', () => {
    const w = weeks([18, 19, 20], [500, 500, 500], [{}, {}, { buyers: 87.5, buyersUv: 3500, buyersDays: 7 }]); // 2.5 %
    expect(lifecycleStage({ itemId: 'h', weeks: w }, { ...options, shopConversion: 0.02 }).stage).toBe('hero');
    expect(lifecycleStage({ itemId: 'h', weeks: w }, { ...options, shopConversion: 0.02, heroAboveShopAverage: false }).stage).toBe('stable');
  });

  it('新生: listed within the last three weeks (the console’s 上架时间), whenever ShopMate first read it', () => {
    const r = lifecycleStage({ itemId: 'i', firstDate: '2026-11-10', listedDate: '2026-11-08', weeks: weeks([undefined, 3, 5]) }, options);
    expect(r).toMatchObject({ stage: 'new', reason: 'listedRecently', listedDate: '2026-11-08' });
    expect(r.weeks.map((w) => w.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('first read recently without a listing date is 数据不足, not 新生 — it may have been on sale for years', () => {
    const r = lifecycleStage({ itemId: 'i', firstDate: '2026-11-10', weeks: weeks([undefined, 3, 5]) }, options);
    expect(r).toMatchObject({ stage: 'unknown', reason: 'noListingDate', firstDate: '2026-11-10' });
    expect(r.weeks.map((w) => w.week)).toEqual(['2026-11-09', '2026-11-16']);
  });

  it('listed long ago but first read recently: judged by its weeks (too few here), never 新生', () => {
    const r = lifecycleStage({ itemId: 'i', firstDate: '2026-11-10', listedDate: '2025-03-01', weeks: weeks([undefined, 3, 5]) }, options);
    expect(r).toMatchObject({ stage: 'unknown', reason: 'notEnoughWeeks' });
    // With three weeks of imported history it gets a real stage.
    expect(lifecycleStage({ itemId: 'i', firstDate: '2026-11-02', listedDate: '2025-03-01', weeks: weeks([10, 11, 15]) }, options).stage).toBe('growth');
  });

  it('新生 lasts as many weeks as the setting says: listed 2026-11-10 is not new with one week', () => {
    const r = lifecycleStage({ itemId: 'i', listedDate: '2026-11-10', weeks: weeks([undefined, 3, 5]) }, { ...options, newItemWeeks: 1 });
    expect(r.stage).not.toBe('new');
    expect(lifecycleStage({ itemId: 'i', listedDate: '2026-11-16', weeks: weeks([undefined, 3, 5]) }, { ...options, newItemWeeks: 1 }).stage).toBe('new');
  });

  it('the hero UV floor applies to the hero window: 500 UV a day is 3,500 a week (hero) but 2,000 over 4 days (not)', () => {
    const heroWeek = { buyers: 140, buyersUv: 3500, buyersDays: 7 };
    const w = weeks([18, 19, 20], [500, 500, 500], [{}, {}, heroWeek]);
    expect(lifecycleStage({ itemId: 'f', weeks: w }, options).stage).toBe('hero');
    expect(lifecycleStage({ itemId: 'f', weeks: w }, { ...options, heroWindowDays: 4 }).stage).not.toBe('hero');
  });

  it('a week with data on fewer than 4 days does not decide (a gap is not a collapse)', () => {
    const w = weeks([20, 20, 20, 20]);
    w[3] = { ...w[3]!, units: 3, unitsDays: 3, uvDays: 3, uv: 300 }; // 1 unit/day on 3 days
    const r = lifecycleStage({ itemId: 'j', weeks: w }, options);
    expect(r.stage).toBe('stable');
    expect(r.weeks.map((x) => x.week)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
  });

  it('fewer than three usable weeks: unknown, never a guess', () => {
    const r = lifecycleStage({ itemId: 'k', weeks: weeks([5, 6]) }, options);
    expect(r.stage).toBe('unknown');
    expect(r.reason).toBe('notEnoughWeeks');
    expect(lifecycleStage({ itemId: 'l', weeks: [] }, options).stage).toBe('unknown');
  });

  it('from zero to sales is growth with no percentage', () => {
    const r = lifecycleStage({ itemId: 'm', weeks: weeks([0, 0, 5]) }, options);
    expect(r.stage).toBe('growth');
    expect(r.salesChange).toBeNull();
  });

  it('uses paying buyers when units are not shown', () => {
    const w = weeks([undefined, undefined, undefined]).map((x, i) => ({ ...x, buyers: [70, 70, 35][i]!, buyersUv: 700, buyersDays: 7 }));
    const r = lifecycleStage({ itemId: 'n', weeks: w }, options);
    expect(r.measure).toBe('buyers');
    expect(r.stage).toBe('decline');
  });

  it('weeks after the reference week are ignored', () => {
    const w = [...weeks([10, 11, 15]), { week: '2026-11-23', units: 0, unitsDays: 7, uv: 0, uvDays: 7, buyersDays: 0, salesAmountDays: 0 }];
    expect(lifecycleStage({ itemId: 'o', weeks: w }, options).stage).toBe('growth');
  });

  it('entering decline: declining now, not declining the week before', () => {
    const now = [
      { itemId: 'a', stage: 'decline' as const, reason: 'salesFalling' as const, weeks: [] },
      { itemId: 'b', stage: 'decline' as const, reason: 'salesFalling' as const, weeks: [] },
      { itemId: 'c', stage: 'decline' as const, reason: 'salesFalling' as const, weeks: [] },
    ];
    const before = [
      { itemId: 'a', stage: 'stable' as const, reason: 'steady' as const, weeks: [] },
      { itemId: 'b', stage: 'decline' as const, reason: 'salesFalling' as const, weeks: [] },
    ];
    expect(enteringDecline(now, before).map((r) => r.itemId)).toEqual(['a']);
  });
});
