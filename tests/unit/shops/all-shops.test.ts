import { describe, expect, it } from 'vitest';
import { ALL_SHOPS_COLUMNS, allShopsMonth, isMoneyBound, summaryLines, type SummaryShop } from '@/lib/analysis/all-shops';

/** Two Taobao shops in yuan and an Amazon shop in dollars, in December 2026. */
const deer: SummaryShop = { key: 'taobao:57300001', platform: 'taobao', shopId: '57300001', name: '小鹿家居旗舰店', currency: 'CNY' };
const tea: SummaryShop = { key: 'taobao:61800002', platform: 'taobao', shopId: '61800002', name: '青禾茶叶专营店', label: '青禾', currency: 'CNY' };
const acme: SummaryShop = { key: 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER', platform: 'amazon', shopId: 'A2SHOPMATE0001@ATVPDKIKX0DER', name: 'Acme Home', currency: 'USD' };

const days = [
  { shopKey: deer.key, date: '2026-12-01', metrics: { salesAmount: 10000, uv: 2000, paidBuyers: 80 } },
  { shopKey: deer.key, date: '2026-12-02', metrics: { salesAmount: 5000, uv: 1000, paidBuyers: 20 } },
  // 青禾: the 2nd read only visitors; the 3rd only conversion (buyers implied = 0.05 × 400 = 20).
  { shopKey: tea.key, date: '2026-12-01', metrics: { salesAmount: 3000, uv: 600, paidBuyers: 30 } },
  { shopKey: tea.key, date: '2026-12-02', metrics: { uv: 500 } },
  { shopKey: tea.key, date: '2026-12-03', metrics: { uv: 400, conversionRate: 0.05 } },
  { shopKey: acme.key, date: '2026-12-01', metrics: { salesAmount: 400, uv: 300, paidBuyers: 10 } },
  { shopKey: acme.key, date: '2026-12-02', metrics: { salesAmount: 600, uv: 200, paidBuyers: 15 } },
  // Another month, and a shop ShopMate does not list: never counted.
  { shopKey: deer.key, date: '2026-11-30', metrics: { salesAmount: 99999, uv: 99999, paidBuyers: 999 } },
  { shopKey: 'jd:gone', date: '2026-12-01', metrics: { salesAmount: 77777, uv: 7777 } },
];

const summary = allShopsMonth([acme, tea, deer], days, '2026-12', '2026-12-06');
const row = (s: SummaryShop) => summary.rows.find((r) => r.shop.key === s.key)!;

describe('全部店铺 · 月度汇总', () => {
  it('lists each shop on its own row: its month as its own 月度考核表 makes it', () => {
    expect(summary.rows.map((r) => r.shop.key)).toEqual([deer.key, tea.key, acme.key]);
    expect(row(deer).cells).toEqual({
      salesAmount: { value: 15000 },
      uv: { value: 3000 },
      paidBuyers: { value: 100 },
      conversionRate: { value: 100 / 3000, derived: true },
      aov: { value: 150, derived: true },
    });
    expect(row(deer).shop.currency).toBe('CNY');
    expect(row(acme).shop.currency).toBe('USD');
    expect(row(acme).cells.salesAmount).toEqual({ value: 1000 });
    // Days so far in the running month, and days with data.
    expect([row(deer).daysWithData, row(deer).days]).toEqual([2, 6]);
    expect([row(tea).daysWithData, row(tea).days]).toEqual([3, 6]);
    expect(summary.running).toBe(true);
    expect(summary.shopsWithData).toBe(3);
  });

  it('ratios combine from the sums (catalogue: ratioOfSums), never averaged, over the days with both parts', () => {
    // 青禾: Σbuyers 30 + 20 (implied) over Σvisitors 600 + 400 (the 2nd has no buyers): 5 %,
    // not the mean of the daily rates (5 % and 5 %), and not over 1,500 visitors.
    expect(row(tea).cells.conversionRate!.value).toBeCloseTo(50 / 1000, 12);
    expect(row(tea).coverage.conversionRate).toBe(2);
    // 客单价 = Σsales / Σbuyers over the days with both: ¥3,000 / 30.
    expect(row(tea).cells.aov!.value).toBeCloseTo(100, 12);
    expect(row(tea).coverage.aov).toBe(1);
    // Acme: $1,000 / 25 buyers = $40 (the mean of $40 and $40 would hide nothing here; Σ/Σ is the rule).
    expect(row(acme).cells.conversionRate!.value).toBeCloseTo(25 / 500, 12);
  });

  it('missing days are missing, not 0', () => {
    // 青禾's sales are known on one day only: ¥3,000 over 1 day, not an average with zeros.
    expect(row(tea).cells.salesAmount).toEqual({ value: 3000 });
    expect(row(tea).coverage.salesAmount).toBe(1);
    // 青禾's buyers were read on one day: 30, not 30 + 0 + 0 (the implied 20 is not a reading).
    expect(row(tea).cells.paidBuyers).toEqual({ value: 30 });
    // A shop with no day this month is listed with gaps, not zeros.
    const quiet: SummaryShop = { key: 'pinduoduo:880001', platform: 'pinduoduo', shopId: '880001', currency: 'CNY' };
    const withQuiet = allShopsMonth([deer, quiet], days, '2026-12', '2026-12-06');
    const q = withQuiet.rows.find((r) => r.shop.key === quiet.key)!;
    expect(q.cells).toEqual({});
    expect(q.daysWithData).toBe(0);
    expect(withQuiet.rows.at(-1)!.shop.key).toBe(quiet.key);
    expect(withQuiet.shopsWithData).toBe(1);
    expect(withQuiet.currencyTotals[0]).toMatchObject({ currency: 'CNY', shops: 2, shopsWithData: 1, cells: { salesAmount: { value: 15000 } } });
  });

  it('totals money per currency: CNY over the two yuan shops, USD alone', () => {
    expect(summary.currencyTotals.map((c) => c.currency)).toEqual(['CNY', 'USD']);
    const [cny, usd] = summary.currencyTotals;
    expect(cny).toMatchObject({ currency: 'CNY', shops: 2, shopsWithData: 2 });
    expect(cny!.cells.salesAmount).toEqual({ value: 18000 });
    expect(cny!.cells.uv).toEqual({ value: 4500 });
    expect(cny!.cells.paidBuyers).toEqual({ value: 130 });
    // 客单价 of the yuan shops: Σsales / Σbuyers over days with both = 18,000 / 130.
    expect(cny!.cells.aov!.value).toBeCloseTo(18000 / 130, 12);
    // Conversion: (80 + 20 + 30 + 20 implied) / (2000 + 1000 + 600 + 400).
    expect(cny!.cells.conversionRate!.value).toBeCloseTo(150 / 4000, 12);
    expect(usd).toMatchObject({ currency: 'USD', shops: 1, shopsWithData: 1 });
    expect(usd!.cells.salesAmount).toEqual({ value: 1000 });
    expect(usd!.cells.aov!.value).toBeCloseTo(40, 12);
  });

  it('never adds yuan and dollars: the all-shops total has counts and conversion, no money', () => {
    const { total } = summary;
    expect(total).toMatchObject({ shops: 3, shopsWithData: 3 });
    expect(total.cells.uv).toEqual({ value: 5000 });
    expect(total.cells.paidBuyers).toEqual({ value: 155 });
    expect(total.cells.conversionRate!.value).toBeCloseTo(175 / 4500, 12);
    expect(total.cells.salesAmount).toBeUndefined();
    expect(total.cells.aov).toBeUndefined();
    // No figure anywhere is 18,000 + 1,000.
    const all = [...summary.rows, ...summary.currencyTotals, total].flatMap((r) => Object.values(r.cells).map((c) => c.value));
    expect(all).not.toContain(19000);
    expect(all).not.toContain(99999 + 15000);
  });

  it('which values carry a currency comes from the catalogue', () => {
    expect(ALL_SHOPS_COLUMNS.filter(isMoneyBound)).toEqual(['salesAmount', 'aov']);
    expect(isMoneyBound('refundRate')).toBe(true); // refunds / sales: both money
    expect(isMoneyBound('visitDepth')).toBe(false);
  });

  it('leaves the 示例店铺 out, and a past month is not running', () => {
    const sample = { key: 'taobao:sample', platform: 'taobao', shopId: 'sample', name: '示例店铺', currency: 'CNY', sample: true } as const;
    const withSample = allShopsMonth([deer, sample], [...days, { shopKey: sample.key, date: '2026-12-01', metrics: { salesAmount: 5555, uv: 555 } }], '2026-12', '2026-12-06');
    expect(withSample.rows.map((r) => r.shop.key)).toEqual([deer.key]);
    expect(withSample.currencyTotals[0]!.cells.salesAmount).toEqual({ value: 15000 });
    const november = allShopsMonth([deer, tea, acme], days, '2026-11', '2026-12-06');
    expect(november.running).toBe(false);
    expect(row(deer).days).toBe(6);
    expect(november.rows[0]).toMatchObject({ days: 30, daysWithData: 1, cells: { salesAmount: { value: 99999 } } });
    expect(november.shopsWithData).toBe(1);
  });

  it('no shops: nothing to list', () => {
    const empty = allShopsMonth([], days, '2026-12', '2026-12-06');
    expect(empty.rows).toEqual([]);
    expect(empty.currencyTotals).toEqual([]);
    expect(empty.total.cells).toEqual({});
  });
});

describe('全部店铺 lines', () => {
  it('each currency’s shops, then its total; the all-shops line only when currencies differ', () => {
    const lines = summaryLines(summary);
    expect(lines.map((l) => (l.kind === 'shop' ? l.row.shop.key : l.kind === 'currency' ? `Σ ${l.total.currency}` : 'Σ'))).toEqual([deer.key, tea.key, 'Σ CNY', acme.key, 'Σ USD', 'Σ']);
    const yuanOnly = summaryLines(allShopsMonth([deer, tea], days, '2026-12', '2026-12-06'));
    expect(yuanOnly.map((l) => l.kind)).toEqual(['shop', 'shop', 'currency']);
  });
});
