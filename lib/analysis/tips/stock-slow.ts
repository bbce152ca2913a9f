import { stockCover } from '../stock';
import { severityOf, type TipRule } from './types';

/**
 * 库存积压 (seed 002 ch. 6–7: 减少库存积压, 提高库存周转率): on-sale items whose stock would last more
 * than stockSlowDays at their pace over the last stockWindowDays, or that sold nothing in that
 * window while holding stock. Cites stock, units per day and days of cover; act in the item list
 * (清仓、调整推广或下架).
 */
export const stockSlow: TipRule = {
  id: 'stockSlow',
  evaluate(ctx) {
    if (!ctx.stock?.length) return [];
    const { slow } = stockCover(ctx.stock, ctx.thresholds);
    if (!slow.length) return [];
    const score = 35 + Math.min(15, slow.length * 3);
    return [
      {
        id: `stockSlow:${ctx.today}:${slow.map((c) => c.itemId).join(',')}`,
        rule: 'stockSlow',
        date: ctx.today,
        score,
        severity: severityOf(score),
        params: { count: slow.length, days: ctx.thresholds.stockSlowDays, window: ctx.thresholds.stockWindowDays },
        evidence: [],
        items: slow.slice(0, 5).map((c) => ({
          itemId: c.itemId,
          ...(ctx.titles?.get(c.itemId) ? { title: ctx.titles.get(c.itemId)! } : {}),
          evidence: [
            { label: 'analysis.evidence.stock', value: { value: c.stock, kind: 'integer' } },
            { label: 'analysis.evidence.unitsPerDay', value: { value: c.unitsPerDay, kind: 'number' } },
            c.days === null
              ? { label: 'analysis.evidence.stockNoSale', baseline: { value: ctx.thresholds.stockSlowDays, kind: 'days' } }
              : { label: 'analysis.evidence.stockDays', value: { value: c.days, kind: 'days' }, baseline: { value: ctx.thresholds.stockSlowDays, kind: 'days' } },
          ],
        })),
        numbers: { tab: 'items' },
        act: 'itemList',
      },
    ];
  },
};
