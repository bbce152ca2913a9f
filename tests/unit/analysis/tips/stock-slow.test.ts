import { describe, expect, it } from 'vitest';
import { stockSlow } from '@/lib/analysis/tips/stock-slow';
import { ctxWith } from './context';

const stock = [
  { itemId: 'running-out', stock: 30, units: 140, unitsDays: 14 }, // 10 a day: 3 days left
  { itemId: 'sold-out', stock: 0, units: 28, unitsDays: 14 }, // 0 days left
  { itemId: 'fine', stock: 300, units: 140, unitsDays: 14 }, // 30 days
  { itemId: 'slow', stock: 500, units: 14, unitsDays: 14 }, // 500 days
  { itemId: 'stuck', stock: 80, units: 0, unitsDays: 14 }, // nothing sold
  { itemId: 'barely-read', stock: 5, units: 30, unitsDays: 6 }, // pace from 6 of 14 days: left out
  { itemId: 'no-sales-known', stock: 5, unitsDays: 0 },
];

describe('tip: stock selling too slowly', () => {
  it('fires for stock lasting over 90 days and stock that sold nothing; act in the item list', () => {
    const [tip] = stockSlow.evaluate(ctxWith({ stock }));
    expect(tip).toMatchObject({ rule: 'stockSlow', act: 'itemList', params: { count: 2, days: 90 } });
    expect(tip!.items!.map((i) => i.itemId)).toEqual(['stuck', 'slow']);
    expect(tip!.items![0]!.evidence[2]).toMatchObject({ label: 'analysis.evidence.stockNoSale' });
  });

  it('quiet when stock turns over within the setting (raise it and the slow item is fine)', () => {
    expect(stockSlow.evaluate(ctxWith({ stock: [stock[2]!] }))).toEqual([]);
    const ctx = ctxWith({ stock: [stock[3]!] });
    expect(stockSlow.evaluate({ ...ctx, thresholds: { ...ctx.thresholds, stockSlowDays: 600 } })).toEqual([]);
  });
});
