import { describe, expect, it } from 'vitest';
import { TaughtRuleSchema, TeachSchema } from '@/lib/rules/schema';
import { rule } from './fixtures';

/** Taught rules cross two trust boundaries: the console page's overlay (teach) and backup files. */

describe('TaughtRuleSchema', () => {
  it('takes a rule as the store keeps it', () => {
    expect(TaughtRuleSchema.parse(rule())).toEqual(rule());
    expect(TaughtRuleSchema.parse(rule({ metric: null, replaces: 'refundAmount', name: '退款卡片' }))).toMatchObject({ metric: null });
  });

  it.each([
    ['an unknown field', { ...rule(), selector: 'div > span' }, /selector/],
    ['an unknown metric', rule({ metric: 'gmv' as never }), /metric/],
    ['a rule replacing a metric with itself', rule({ replaces: 'adSpend' }), /replace a metric with itself/],
    ['"prefer" on a rule that reads nothing', rule({ metric: null, prefer: 'taught' }), /cannot be preferred/],
    ['a host with a path', rule({ host: 'sycm.taobao.com/x' }), /host/],
    ['an empty label', rule({ labelText: '  ' }), /labelText/],
    ['a label longer than a label', rule({ labelText: '长'.repeat(81) }), /labelText/],
    ['a negative count', rule({ applied: -1 }), /applied/],
    ['a made-up position', rule({ hint: { position: 'xpath' as never, tag: 'div' } }), /position/],
  ])('rejects %s, saying why', (_, row, reason) => {
    const parsed = TaughtRuleSchema.safeParse(row);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.message).toMatch(reason);
  });
});

describe('TeachSchema', () => {
  const teach = { platform: 'taobao', host: 'sycm.taobao.com', pageKind: 'dashboard', labelText: '万相台消耗', hint: { position: 'after', tag: 'div' }, metric: 'adSpend' };

  it('takes what the overlay sends, a correction with the value to remove included', () => {
    expect(TeachSchema.parse(teach)).toEqual(teach);
    const correction = { ...teach, labelText: '退款金额', metric: null, replaces: 'refundAmount', remove: { shop: { id: '57300001' }, date: '2026-11-22', metric: 'refundAmount' } };
    expect(TeachSchema.parse(correction)).toEqual(correction);
  });

  it('rejects what the overlay never sends', () => {
    expect(TeachSchema.safeParse({ ...teach, id: 3 }).success).toBe(false);
    expect(TeachSchema.safeParse({ ...teach, remove: { date: 'yesterday', metric: 'uv' } }).success).toBe(false);
    expect(TeachSchema.safeParse({ ...teach, hint: { position: 'after', tag: '<script>' } }).success).toBe(false);
  });

  it('rejects another shop’s or the market’s number, with the reason', () => {
    for (const labelText of ['同行平均访客数', '行业均值', '竞品支付金额', '交易指数']) {
      const parsed = TeachSchema.safeParse({ ...teach, labelText });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.message).toMatch(/同行\/行业/);
    }
  });
});
