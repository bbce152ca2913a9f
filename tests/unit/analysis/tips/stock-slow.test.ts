import { describe, expect, it } from 'vitest';
import { stockSlow } from '@/lib/analysis/tips/stock-slow';
import { ctxWith, STOCK } from './context';


describe('tip: stock selling too slowly', () => {
  it('fires for stock lasting over 90 days and stock that sold nothing; act in the item list', () => {
    const [tip] = stockSlow.evaluate(ctxWith({ stock: STOCK }));
    expect(tip).toMatchObject({ rule: 'stockSlow', act: 'itemList', params: { count: 2, days: 90 } });
    expect(tip!.items!.map((i) => i.itemId)).toEqual(['stuck', 'slow']);
    expect(tip!.items![0]!.evidence[2]).toMatchObject({ label: 'analysis.evidence.stockNoSale' });
  });

  it('quiet when stock turns over within the setting (raise it and the slow item is fine)', () => {
    expect(stockSlow.evaluate(ctxWith({ stock: [STOCK[2]!] }))).toEqual([]);
    const ctx = ctxWith({ stock: [STOCK[3]!] });
    expect(stockSlow.evaluate({ ...ctx, thresholds: { ...ctx.thresholds, stockSlowDays: 600 } })).toEqual([]);
  });
});
