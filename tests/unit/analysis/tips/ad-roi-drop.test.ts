import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import type { ShopDay } from '@/lib/analysis/report';
import { adRoiDrop } from '@/lib/analysis/tips/ad-roi-drop';
import { ctxWith } from './context';

const today = '2026-11-15';
/** 14 finished days: the 7 before [11-01…11-07] and the last 7 [11-08…11-14]. */
function days(before: { adSpend: number; salesAmount: number }, now: { adSpend: number; salesAmount: number }): ShopDay[] {
  return Array.from({ length: 14 }, (_, i) => ({ date: addDays('2026-11-01', i), metrics: i < 7 ? before : now }));
}

describe('tip: ad spend brings less (投产比 fell)', () => {
  it('spend up, sales flat: ROI 10 → 6.25 (−37.5 %) fires, citing ROI, spend and sales of both weeks; act in the ads console', () => {
    const [tip] = adRoiDrop.evaluate(ctxWith({ today, shopDays: days({ adSpend: 100, salesAmount: 1000 }, { adSpend: 160, salesAmount: 1000 }) }));
    expect(tip).toMatchObject({ rule: 'adRoiDrop', date: '2026-11-14', act: 'ads', numbers: { tab: 'report', focus: '2026-11-14' } });
    expect(tip!.params.roi).toEqual({ value: 6.25, kind: 'number' });
    expect(tip!.params.roiBefore).toEqual({ value: 10, kind: 'number' });
    expect(tip!.evidence.map((e) => [e.label, e.value!.value, e.baseline!.value])).toEqual([
      ['analysis.evidence.adRoi', 6.25, 10],
      ['metric.adSpend', 1120, 700],
      ['metric.salesAmount', 7000, 7000],
    ]);
    expect(tip!.evidence[0]!.change).toBeCloseTo(-0.375, 12);
  });

  it('quiet: ROI down only 10 % (under the 20 % default), up, or no spend; and the threshold is the setting', () => {
    const small = days({ adSpend: 100, salesAmount: 1000 }, { adSpend: 100, salesAmount: 900 });
    expect(adRoiDrop.evaluate(ctxWith({ today, shopDays: small }))).toEqual([]);
    expect(adRoiDrop.evaluate(ctxWith({ today, shopDays: days({ adSpend: 100, salesAmount: 1000 }, { adSpend: 80, salesAmount: 1000 }) }))).toEqual([]);
    expect(adRoiDrop.evaluate(ctxWith({ today, shopDays: days({ adSpend: 0, salesAmount: 1000 }, { adSpend: 0, salesAmount: 500 }) }))).toEqual([]);
    const strict = ctxWith({ today, shopDays: small });
    expect(adRoiDrop.evaluate({ ...strict, thresholds: { ...strict.thresholds, tipAdRoiDrop: 0.05 } })).toHaveLength(1);
  });

  it('needs spend and sales on at least half of each week; a missing spend is not zero spend', () => {
    const sparse = days({ adSpend: 100, salesAmount: 1000 }, { adSpend: 160, salesAmount: 1000 }).map((d, i) => (i >= 7 && i < 11 ? { ...d, metrics: { salesAmount: 1000 } } : d));
    expect(adRoiDrop.evaluate(ctxWith({ today, shopDays: sparse }))).toEqual([]);
  });

  it('a real-time read of a day (still growing) does not count', () => {
    const live = days({ adSpend: 100, salesAmount: 1000 }, { adSpend: 160, salesAmount: 1000 }).map((d) =>
      d.date >= '2026-11-10' ? { ...d, provenance: { adSpend: { at: Date.parse(`${d.date}T12:00:00`) } } } : d,
    );
    expect(adRoiDrop.evaluate(ctxWith({ today, shopDays: live }))).toEqual([]);
  });
});
