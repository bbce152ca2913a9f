import { describe, expect, it } from 'vitest';
import { stockCover } from '@/lib/analysis/stock';
import { stockLow } from '@/lib/analysis/tips/stock-low';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { ctxWith, STOCK } from './context';

const t = DEFAULT_SETTINGS.thresholds; // 7 / 90 days, pace over 14 days

describe('stock cover (了解库存)', () => {
  it('days of stock at the recent pace; only items whose sales are known on half the window', () => {
    const { low, slow } = stockCover(STOCK, t);
    expect(low.map((c) => [c.itemId, c.days])).toEqual([
      ['sold-out', 0],
      ['running-out', 3],
    ]);
    expect(slow.map((c) => [c.itemId, c.days])).toEqual([
      ['stuck', null],
      ['slow', 500],
    ]);
  });
});

describe('tip: stock about to run out', () => {
  it('fires with each item’s stock, pace and days left against the setting; act in the item list', () => {
    const [tip] = stockLow.evaluate(ctxWith({ stock: STOCK, titles: new Map([['running-out', '纯棉睡衣']]) }));
    expect(tip).toMatchObject({ rule: 'stockLow', act: 'itemList', params: { count: 2, days: 7, window: 14 } });
    expect(tip!.items![1]).toMatchObject({ itemId: 'running-out', title: '纯棉睡衣' });
    expect(tip!.items![1]!.evidence.map((e) => [e.label, e.value?.value, e.baseline?.value])).toEqual([
      ['analysis.evidence.stock', 30, undefined],
      ['analysis.evidence.unitsPerDay', 10, undefined],
      ['analysis.evidence.stockDays', 3, 7],
    ]);
  });

  it('quiet when every item lasts long enough or no console showed stock', () => {
    expect(stockLow.evaluate(ctxWith({ stock: [STOCK[2]!, STOCK[3]!] }))).toEqual([]);
    expect(stockLow.evaluate(ctxWith({}))).toEqual([]);
  });
});

