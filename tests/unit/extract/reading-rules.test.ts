// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { crossCheck } from '@/lib/extract/cross-check';
import { readDayTables } from '@/lib/extract/day-tables';
import { MIN_CONFIDENCE, resolveLabelIn } from '@/lib/extract/labels';
import { cnShopLabels, consoleLabels } from '@/lib/extract/synonyms';
import { mergeReads } from '@/lib/content/frames';

const html = (body: string) => {
  document.body.innerHTML = body;
  return document.body;
};

describe('label confidence (resolveLabel)', () => {
  it.each([
    ['访客数', 'uv', 1],
    ['支付金额(元)', 'salesAmount', 1],
    ['全店支付转化率', 'conversionRate', 0.9],
    ['本店访客数', 'uv', 0.9],
    ['无线端支付金额', 'salesAmount', 0.6],
    ['支付金额占比', 'salesAmount', 0.6],
  ])('%s → %s at %s', (text, key, confidence) => {
    expect(resolveLabelIn(text, cnShopLabels())).toEqual(expect.objectContaining({ key, confidence }));
  });

  it('a scope word counts only on a page of that scope: 商品 in an item table, not on a shop page', () => {
    expect(resolveLabelIn('商品访客数', { uv: ['访客数'] }, 'item')?.confidence).toBe(0.9);
    expect(resolveLabelIn('商品访客数', { uv: ['访客数'] }, 'shop')?.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it("reads a report's '- Total' in every interface language", () => {
    for (const text of ['Sessions – Total', 'Sessions - Total', '会话次数 – 总计', 'セッション数 - 合計']) {
      expect(resolveLabelIn(text, { uv: ['Sessions', '会话次数', 'セッション数'] })).toEqual(expect.objectContaining({ key: 'uv' }));
    }
    // "- B2B" is another column.
    expect(resolveLabelIn('Sessions – Total – B2B', { uv: ['Sessions'] })).toBeUndefined();
  });
});

describe('tables of days', () => {
  it('a date column: each row its day; a cell that does not parse is missing', () => {
    const root = html(`<table><tr><th>统计日期</th><th>访客数</th><th>支付金额</th></tr>
      <tr><td>2026-11-20</td><td>1,200</td><td>¥3,000.00</td></tr><tr><td>2026-11-21</td><td>-</td><td>¥2,800.50</td></tr></table>`);
    const { days, tables } = readDayTables(root, consoleLabels('taobao', 'shop'), { today: '2026-11-22' });
    expect(Object.fromEntries(days)).toEqual({ '2026-11-20': { uv: 1200, salesAmount: 3000 }, '2026-11-21': { salesAmount: 2800.5 } });
    expect(tables).toHaveLength(1);
  });

  it('a column per day, labels in the first column; a future day is not a day', () => {
    const root = html(`<table><tr><th>指标</th><th>11-20</th><th>11-21</th><th>2026-11-30</th></tr>
      <tr><td>访客数</td><td>1,200</td><td>1,300</td><td>9</td></tr><tr><td>支付转化率</td><td>3.10%</td><td>2.90%</td><td>1%</td></tr></table>`);
    const { days } = readDayTables(root, consoleLabels('taobao', 'shop'), { today: '2026-11-22' });
    expect(Object.fromEntries(days)).toEqual({ '2026-11-20': { uv: 1200, conversionRate: 0.031 }, '2026-11-21': { uv: 1300, conversionRate: 0.029 } });
  });
});

describe('cross-checks', () => {
  it('flags a ratio that disagrees with its parts, beyond the tolerance and the rounding of what is printed', () => {
    expect(crossCheck({ uv: 1000, paidBuyers: 30, conversionRate: 0.03 }, 0.05)).toEqual([]);
    expect(crossCheck({ uv: 1000, paidBuyers: 30, conversionRate: 0.3 }, 0.05)).toEqual(['conversionRate']);
    expect(crossCheck({ salesAmount: 2_355_109.15, paidBuyers: 402, aov: 5858.48 }, 0.05)).toEqual([]);
    expect(crossCheck({ salesAmount: 23_551.09, paidBuyers: 402, aov: 5858.48 }, 0.05)).toEqual(['aov']);
    // Parts missing or a zero denominator: nothing to check.
    expect(crossCheck({ conversionRate: 0.5 }, 0.05)).toEqual([]);
    expect(crossCheck({ uv: 0, paidBuyers: 0, conversionRate: 0 }, 0.05)).toEqual([]);
  });
});

describe('reads of a page and its frames', () => {
  it('one read: the page first, then its frames; items once; the first currency named', () => {
    const merged = mergeReads([
      { shopDays: [{ date: '2026-11-22', metrics: { uv: 1 } }], items: [{ itemId: 'a' }] },
      undefined,
      { currency: 'CNY', shopDays: [{ date: '2026-11-22', metrics: { uv: 2, pv: 5 } }], items: [{ itemId: 'a', title: 'x' }, { itemId: 'b' }] },
    ]);
    expect(merged).toEqual({ currency: 'CNY', shopDays: [{ date: '2026-11-22', metrics: { uv: 1, pv: 5 } }], items: [{ itemId: 'a' }, { itemId: 'b' }] });
  });
});
