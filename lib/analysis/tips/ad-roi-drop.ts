import { agePenalty, type TipRule } from './types';
import { shopWindow, sumOf, windowBounds, windowTipHead } from './shop-window';

/**
 * 推广效果 (seed 000 §三 诊断店铺; docs/domain.md#ad-return): the shop's sales per yuan of 推广花费 over the
 * last tipBaselineDays, against the tipBaselineDays before. The consoles ShopMate reads show the
 * spend, not the sales the ads alone brought, so this is the whole shop's 投产比 (销售额 ÷ 推广花费,
 * natural sales included) — the tip says so. Fires when it fell by tipAdRoiDrop or more; cites
 * spend, sales and the ratio of both windows; act in the ads console.
 */
export const adRoiDrop: TipRule = {
  id: 'adRoiDrop',
  evaluate(ctx) {
    const days = ctx.thresholds.tipBaselineDays;
    const keys = ['adSpend', 'salesAmount'] as const;
    const now = shopWindow(ctx.shopDays, ctx.today, days, keys);
    const before = shopWindow(ctx.shopDays, ctx.today, days, keys, 1);
    if (!now || !before) return [];
    const [spend, sales, spendBefore, salesBefore] = [sumOf(now.days, 'adSpend'), sumOf(now.days, 'salesAmount'), sumOf(before.days, 'adSpend'), sumOf(before.days, 'salesAmount')];
    // No spend means no ads to judge; a ratio from zero spend is not a ratio.
    if (spend <= 0 || spendBefore <= 0) return [];
    const roi = sales / spend;
    const roiBefore = salesBefore / spendBefore;
    if (roiBefore <= 0) return [];
    const change = (roi - roiBefore) / roiBefore;
    const threshold = ctx.thresholds.tipAdRoiDrop;
    if (change > -threshold) return [];
    const score = 50 + Math.round(Math.abs(change) * 50) - agePenalty(now.to, ctx.today);
    const rel = (a: number, b: number) => (b > 0 ? (a - b) / b : null);
    return [
      {
        ...windowTipHead('adRoiDrop', now, score),
        params: {
          ...windowBounds(now),
          days,
          roi: { value: roi, kind: 'number' },
          roiBefore: { value: roiBefore, kind: 'number' },
          change: { value: Math.abs(change), kind: 'percent' },
          threshold: { value: threshold, kind: 'percent' },
        },
        evidence: [
          { label: 'analysis.evidence.adRoi', value: { value: roi, kind: 'number' }, baseline: { value: roiBefore, kind: 'number' }, change },
          { label: 'metric.adSpend', value: { value: spend, kind: 'money' }, baseline: { value: spendBefore, kind: 'money' }, change: rel(spend, spendBefore) },
          { label: 'metric.salesAmount', value: { value: sales, kind: 'money' }, baseline: { value: salesBefore, kind: 'money' }, change: rel(sales, salesBefore) },
        ],
        numbers: { tab: 'report', focus: now.to },
        act: 'ads',
      },
    ];
  },
};
