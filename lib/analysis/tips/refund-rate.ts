import { agePenalty, type TipRule } from './types';
import { shopWindow, sumOf, windowBounds, windowTipHead } from './shop-window';

/**
 * 退款率 (seed 002 ch. 6 销售数据分析: 退货率; docs/domain.md#refund-rate): 退款金额 ÷ 支付金额 over
 * the last tipBaselineDays finished days (days where both are read), at or above tipRefundRate.
 * A refund paid today is often for an order of an earlier day, so a window, not a day, is judged.
 * Cites refunds, sales and the rate against the setting; act where refunds are handled (orders).
 */
export const refundRate: TipRule = {
  id: 'refundRate',
  evaluate(ctx) {
    const days = ctx.thresholds.tipBaselineDays;
    const now = shopWindow(ctx.shopDays, ctx.today, days, ['refundAmount', 'salesAmount']);
    if (!now) return [];
    const refunds = sumOf(now.days, 'refundAmount');
    const sales = sumOf(now.days, 'salesAmount');
    if (sales <= 0) return [];
    const rate = refunds / sales;
    const threshold = ctx.thresholds.tipRefundRate;
    if (rate < threshold) return [];
    const score = 55 + Math.min(25, Math.round((rate - threshold) * 100)) - agePenalty(now.to, ctx.today);
    return [
      {
        ...windowTipHead('refundRate', now, score),
        params: {
          ...windowBounds(now),
          days: now.days.length,
          rate: { value: rate, kind: 'percent' },
          refunds: { value: refunds, kind: 'money' },
          sales: { value: sales, kind: 'money' },
          threshold: { value: threshold, kind: 'percent' },
        },
        evidence: [
          { label: 'metric.refundRate', value: { value: rate, kind: 'percent' }, baseline: { value: threshold, kind: 'percent' } },
          { label: 'metric.refundAmount', value: { value: refunds, kind: 'money' } },
          { label: 'metric.salesAmount', value: { value: sales, kind: 'money' } },
        ],
        numbers: { tab: 'report', focus: now.to },
        act: 'orders',
      },
    ];
  },
};
