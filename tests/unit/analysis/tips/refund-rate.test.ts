import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import type { ShopDay } from '@/lib/analysis/report';
import { refundRate } from '@/lib/analysis/tips/refund-rate';
import { ctxWith } from './context';

const today = '2026-11-15';
const week = (metrics: ShopDay['metrics']): ShopDay[] => Array.from({ length: 7 }, (_, i) => ({ date: addDays('2026-11-08', i), metrics }));

describe('tip: refund rate (退款金额 ÷ 支付金额)', () => {
  it('¥200 refunded of ¥1,000 a day: 20 % ≥ 15 % fires, citing refunds, sales and the setting; act where orders are handled', () => {
    const [tip] = refundRate.evaluate(ctxWith({ today, shopDays: week({ salesAmount: 1000, refundAmount: 200 }) }));
    expect(tip).toMatchObject({ rule: 'refundRate', date: '2026-11-14', act: 'orders', numbers: { tab: 'report' } });
    expect(tip!.params).toMatchObject({ rate: { value: 0.2, kind: 'percent' }, refunds: { value: 1400 }, sales: { value: 7000 }, threshold: { value: 0.15 }, days: 7 });
    expect(tip!.evidence.map((e) => [e.label, e.value!.value])).toEqual([
      ['metric.refundRate', 0.2],
      ['metric.refundAmount', 1400],
      ['metric.salesAmount', 7000],
    ]);
  });

  it('quiet at 10 %, and without refunds read (unknown is not zero, and not a tip either)', () => {
    expect(refundRate.evaluate(ctxWith({ today, shopDays: week({ salesAmount: 1000, refundAmount: 100 }) }))).toEqual([]);
    expect(refundRate.evaluate(ctxWith({ today, shopDays: week({ salesAmount: 1000 }) }))).toEqual([]);
  });

  it('the threshold is the setting', () => {
    const ctx = ctxWith({ today, shopDays: week({ salesAmount: 1000, refundAmount: 100 }) });
    expect(refundRate.evaluate({ ...ctx, thresholds: { ...ctx.thresholds, tipRefundRate: 0.08 } })).toHaveLength(1);
  });
});
