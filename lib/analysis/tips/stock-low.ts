import { stockCover } from '../stock';
import { severityOf, type TipRule } from './types';

/**
 * 库存快断货 (seed 001 §一.5 了解库存; seed 002 ch. 6 缺货风险): on-sale items whose stock, at their
 * pace over the last stockWindowDays, lasts fewer than stockLowDays. Cites stock, units per day and
 * days left per item, soonest first; act in the item list (补货/改库存).
 */
export const stockLow: TipRule = {
  id: 'stockLow',
  evaluate(ctx) {
    if (!ctx.stock?.length) return [];
    const { low } = stockCover(ctx.stock, ctx.thresholds);
    if (!low.length) return [];
    const score = 60 + Math.min(20, low.length * 4);
    return [
      {
        id: `stockLow:${ctx.today}:${low.map((c) => c.itemId).join(',')}`,
        rule: 'stockLow',
        date: ctx.today,
        score,
        severity: severityOf(score),
        params: { count: low.length, days: ctx.thresholds.stockLowDays, window: ctx.thresholds.stockWindowDays },
        evidence: [],
        items: low.slice(0, 5).map((c) => ({
          itemId: c.itemId,
          ...(ctx.titles?.get(c.itemId) ? { title: ctx.titles.get(c.itemId)! } : {}),
          evidence: [
            { label: 'analysis.evidence.stock', value: { value: c.stock, kind: 'integer' } },
            { label: 'analysis.evidence.unitsPerDay', value: { value: c.unitsPerDay, kind: 'number' } },
            { label: 'analysis.evidence.stockDays', value: { value: c.days!, kind: 'days' }, baseline: { value: ctx.thresholds.stockLowDays, kind: 'days' } },
          ],
        })),
        numbers: { tab: 'items' },
        act: 'itemList',
      },
    ];
  },
};
