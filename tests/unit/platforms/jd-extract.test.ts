// @vitest-environment happy-dom
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from '@/lib/model/metrics';
import { itemColumns as itemColumnsJd, shopLabels as shopLabelsJd } from '@/lib/platforms/jd/extract';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_EXAMPLES, ENDPOINT_MATCHERS } from '@/lib/platforms/jd/endpoints';
import { ENDPOINT_READERS } from '@/lib/platforms/jd/readers';
import { checkSynonymTable, dayOf, fixtureHtml, fixtureJson, readPage, readResponse } from './extract-helpers';

const TREND = 'https://jdsz.jd.com/api/lowcode/tradeSummary/summary/getTrend.ajax';
const trend = (categories: unknown[], series: unknown[], code: unknown = 0) => ({ header: { code }, body: { data: [{ trend: { categories, series } }] } });

describe('JD endpoint matchers and readers', () => {
  it('pairs every matcher with a reader of the same id', () => {
    expect(ENDPOINT_READERS.map((r) => r.id)).toEqual(ENDPOINT_MATCHERS.map((m) => m.id));
  });

  it.each(Object.entries(ENDPOINT_EXAMPLES).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))('%s matches %s only', (id, href) => {
    expect(ENDPOINT_MATCHERS.filter((m) => m.matches(new URL(href))).map((m) => m.id)).toEqual([id]);
  });

  it.each([
    'https://jdsz.jd.com/api/lowcode/tradeSummary/summary/getSummary.ajax',
    'https://item.jd.com/api/lowcode/tradeSummary/summary/getTrend.ajax',
    'http://sz.jd.com/api/lowcode/tradeSummary/summary/getTrend.ajax',
    'https://sz.jd.com/other/getTrend.ajax',
  ])('does not read %s', (href) => {
    expect(ENDPOINT_MATCHERS.some((m) => m.matches(new URL(href)))).toBe(false);
  });

  it('reads a trend: one shop day per category, each known indicator in its unit; comparisons and goods traffic ignored', () => {
    const out = readResponse('jd', TREND, fixtureJson('jd', 'trade-trend.json'));
    expect(out?.shopDays.map((d) => d.date)).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
    expect(dayOf(out, '2026-11-21')).toEqual({
      salesAmount: 13280.6,
      orders: 92,
      paidBuyers: 86,
      unitsSold: 104,
      aov: 154.43,
      conversionRate: 0.0072,
      uv: 11944,
      pv: 34620,
    });
  });

  it('takes "11-21" categories in the latest matching year, skips hours of a real-time trend and unknown values', () => {
    const amt = 'jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot';
    expect(readResponse('jd', TREND, trend(['12-31', '11-21'], [{ code: amt, data: [5, 7] }]))?.shopDays).toEqual([
      { date: '2025-12-31', metrics: { salesAmount: 5 } },
      { date: '2026-11-21', metrics: { salesAmount: 7 } },
    ]);
    expect(readResponse('jd', TREND, trend(['00:00', '01:00'], [{ code: amt, data: [5, 7] }]))).toBeUndefined();
    expect(readResponse('jd', TREND, trend(['2026-11-21'], [{ code: amt, data: [null] }, { code: 'fo_jdr_sch_shop_deal_rate', data: [0.72] }]))?.shopDays).toEqual([
      { date: '2026-11-21', metrics: { conversionRate: 0.72 } },
    ]);
    expect(readResponse('jd', TREND, trend(['2026-11-21'], [{ code: 'fo_jdr_sch_shop_deal_rate', data: [72] }]))).toBeUndefined();
  });

  it.each([
    ['an error header', trend(['2026-11-21'], [{ code: 'jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot', data: [5] }], 403)],
    ['a summary (no day in it)', { header: { code: 0 }, body: { data: [{ jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot: 5 }] } }],
    ['garbage', { header: 'x', body: [] }],
  ])('reads nothing from %s', (_, body) => {
    expect(readResponse('jd', TREND, body)).toBeUndefined();
  });
});

describe('JD DOM reading', () => {
  it('reads 商智 首页: the 实时 card as today (updated time), the 昨日 card as its 统计时间 day', () => {
    const html = fixtureHtml('jd', 'sz-home.html').replace('<span class="n" id="stamp"></span>', '<span class="n" id="stamp">更新时间 2026-11-22 10:05</span>');
    const out = readPage('jd', html, 'https://jdsz.jd.com/szweb/view/index/home.html');
    expect(dayOf(out, '2026-11-22')).toEqual({
      salesAmount: 3268.5,
      orders: 24,
      paidBuyers: 23,
      unitsSold: 27,
      uv: 3105,
      pv: 10200,
      conversionRate: 0.0074,
    });
    expect(dayOf(out, '2026-11-21')).toEqual({
      salesAmount: 13280.6,
      orders: 92,
      paidBuyers: 86,
      unitsSold: 104,
      uv: 11944,
      pv: 34620,
      conversionRate: 0.0072,
      aov: 154.43,
    });
  });

  it('reads 京麦 在售商品: ids from the 商品编号 column, 京东价, 库存 ("暂无" missing), on sale by the tab', () => {
    const out = readPage('jd', fixtureHtml('jd', 'ware-list.html'), 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare');
    expect(out).toEqual({
      shopDays: [],
      items: [
        { itemId: '100012043978', title: '祁门红茶 特级 罐装 250g', price: 128, stock: 356, status: 'onSale' },
        { itemId: '100012043979', title: '祁门红茶 礼盒装 2×125g', price: 268, status: 'onSale' },
      ],
    });
  });

  it('reads 商智 商品明细 rows with per-day numbers when the page names its day; ids from item links', () => {
    const html = `<p>统计日期 2026-11-21</p><table><thead><tr><th>商品名称</th><th>成交金额</th><th>成交商品件数</th><th>成交客户数</th><th>商品访客数</th><th>成交转化率</th></tr></thead>
      <tbody><tr><td><a href="https://item.jd.com/100012043978.html">祁门红茶 特级</a></td><td>¥2,560.00</td><td>20</td><td>19</td><td>1,204</td><td>1.58%</td></tr>
      <tr><td><a href="https://item.jd.com/100012043979.html">祁门红茶 礼盒</a></td><td>-</td><td>0</td><td>0</td><td>88</td><td>0.00%</td></tr></tbody></table>`;
    const out = readPage('jd', html, 'https://sz.jd.com/sz/view/productAnalysis/productDetails.html');
    expect(out?.items).toEqual([
      {
        itemId: '100012043978',
        title: '祁门红茶 特级',
        lastSaleDate: '2026-11-21',
        days: [{ date: '2026-11-21', metrics: { salesAmount: 2560, unitsSold: 20, paidBuyers: 19, uv: 1204, conversionRate: 0.0158 } }],
      },
      { itemId: '100012043979', title: '祁门红茶 礼盒', days: [{ date: '2026-11-21', metrics: { unitsSold: 0, paidBuyers: 0, uv: 88, conversionRate: 0 } }] },
    ]);
  });

  it('an item table is never read as shop totals', () => {
    const html = '<table><thead><tr><th>商品名称</th><th>成交金额</th></tr></thead><tbody><tr><td>茶</td><td>¥10.00</td></tr></tbody></table>';
    expect(readPage('jd', html, 'https://jdsz.jd.com/szweb/view/index/home.html')).toBeUndefined();
  });
});

describe('jd synonym tables (data)', () => {
  it('shop labels and item columns are valid, unambiguous synonym data', () => {
    checkSynonymTable(shopLabelsJd(), SHOP_METRIC_KEYS);
    checkSynonymTable(itemColumnsJd(), [...ITEM_METRIC_KEYS, 'itemId', 'title', 'price', 'stock', 'status', 'sku']);
  });
});
