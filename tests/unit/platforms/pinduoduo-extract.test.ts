// @vitest-environment happy-dom
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from '@/lib/model/metrics';
import { itemColumns as itemColumnsPinduoduo, shopLabels as shopLabelsPinduoduo } from '@/lib/platforms/pinduoduo/extract';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_EXAMPLES, ENDPOINT_MATCHERS } from '@/lib/platforms/pinduoduo/endpoints';
import { ENDPOINT_READERS } from '@/lib/platforms/pinduoduo/readers';
import { unreadableMetrics } from '@/lib/platforms/shop-item-readers';
import { shopLabels } from '@/lib/platforms/pinduoduo/extract';
import { checkSynonymTable, dayOf, documentOf, fixtureHtml, fixtureJson, itemOf, readPage, readResponse } from './extract-helpers';

const TRADE = 'https://mms.pinduoduo.com/sydney/api/mallTrade/queryMallTradeList';
const FLOW = 'https://mms.pinduoduo.com/sydney/api/mallFlow/queryMallFlowOverView';
const GOODS = 'https://mms.pinduoduo.com/sydney/api/goodsDataShow/queryGoodsDetailVOList';
const pua = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xe600 + Number(d)));

describe('Pinduoduo endpoint matchers and readers', () => {
  it('pairs every matcher with a reader of the same id', () => {
    expect(ENDPOINT_READERS.map((r) => r.id)).toEqual(ENDPOINT_MATCHERS.map((m) => m.id));
  });

  it.each(Object.entries(ENDPOINT_EXAMPLES).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))('%s matches %s only', (id, href) => {
    expect(ENDPOINT_MATCHERS.filter((m) => m.matches(new URL(href))).map((m) => m.id)).toEqual([id]);
  });

  it.each([
    'http://mms.pinduoduo.com/sydney/api/mallTrade/queryMallTradeList',
    'https://mms.pinduoduo.com.evil.example/sydney/api/mallTrade/queryMallTradeList',
    'https://mms.pinduoduo.com/sydney/api/mallTrade/getMallTradeInfo',
    'https://yingxiao.pinduoduo.com/sydney/api/mallTrade/queryMallTradeList',
  ])('does not read %s', (href) => {
    expect(ENDPOINT_MATCHERS.some((m) => m.matches(new URL(href)))).toBe(false);
  });

  it('reads 交易 days: money in yuan, the rate as a ratio, refunds; a day with refunds of 0 keeps the 0', () => {
    const out = readResponse('pinduoduo', TRADE, fixtureJson('pinduoduo', 'mall-trade-list.json'));
    expect(out?.shopDays.map((d) => d.date)).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
    expect(dayOf(out, '2026-11-21')).toEqual({
      salesAmount: 12864.5,
      orders: 186,
      paidBuyers: 171,
      conversionRate: 0.0452,
      aov: 75.23,
      refundAmount: 412.6,
    });
    expect(dayOf(out, '2026-11-20')?.refundAmount).toBe(0);
  });

  it('reads 流量 UV/PV as the shop visitors, never the goods-page guv/gpv', () => {
    const out = readResponse('pinduoduo', FLOW, fixtureJson('pinduoduo', 'mall-flow.json'));
    expect(out?.shopDays).toEqual([
      { date: '2026-11-21', metrics: { uv: 3783, pv: 11204, salesAmount: 12864.5, orders: 186, paidBuyers: 171, conversionRate: 0.0452, aov: 75.23 } },
    ]);
  });

  it('reads 商品明细 rows as items with that day (printed strings: "1,204", "11.43%"); garbled values stay missing', () => {
    const out = readResponse('pinduoduo', GOODS, fixtureJson('pinduoduo', 'goods-detail-2026-11-21.json'));
    expect(out?.shopDays).toEqual([]);
    expect(itemOf(out, '612345678901')).toEqual({
      itemId: '612345678901',
      title: '加厚珊瑚绒毛毯 冬季午睡毯 单人双人',
      status: 'onSale',
      lastSaleDate: '2026-11-21',
      days: [{ date: '2026-11-21', metrics: { uv: 525, pv: 675, salesAmount: 2209.58, unitsSold: 63, paidBuyers: 60, conversionRate: 0.1143 } }],
    });
    expect(itemOf(out, '612345678902')?.days?.[0]?.metrics).toEqual({ uv: 1204, pv: 1630, salesAmount: 0, unitsSold: 0, paidBuyers: 0, conversionRate: 0 });
    expect(itemOf(out, '612345678902')?.lastSaleDate).toBeUndefined();
    // "--", null, "NaN", "-3", "¥abc", a rate without % (12.5): nothing is known, so no day at all.
    expect(itemOf(out, '612345678903')).toEqual({ itemId: '612345678903', title: '儿童保温杯 316不锈钢' });
  });

  it.each([
    ['an error code', { success: false, errorCode: 54001, errorMsg: '会话已过期', result: null }],
    ['another error code with success true', { success: true, errorCode: 4000003, result: { dayList: [] } }],
    ['no result', { success: true, errorCode: 1000000 }],
    ['a string', 'oops'],
    ['rows without a date', { success: true, errorCode: 1000000, result: { dayList: [{ payOrdrAmt: 12 }] } }],
    ['a future date', { success: true, errorCode: 1000000, result: { dayList: [{ stateDate: '2026-12-30', payOrdrAmt: 12 }] } }],
    ['NaN/negative/percent-less rates', { success: true, errorCode: 1000000, result: { dayList: [{ stateDate: '2026-11-21', payOrdrAmt: 'NaN', payOrdrCnt: -1, payUvRto: 4.52 }] } }],
  ])('reads nothing from %s', (_, body) => {
    expect(readResponse('pinduoduo', TRADE, body)).toBeUndefined();
  });

  it('takes a day given as epoch milliseconds in China time', () => {
    const body = { success: true, errorCode: 1000000, result: { dayList: [{ stateDate: Date.UTC(2026, 10, 20, 16), payOrdrAmt: 10 }] } };
    expect(readResponse('pinduoduo', TRADE, body)?.shopDays).toEqual([{ date: '2026-11-21', metrics: { salesAmount: 10 } }]);
  });
});

describe('Pinduoduo DOM reading', () => {
  it('reads 首页 今日数据 as today; "--" and obfuscated digits stay missing', () => {
    const out = readPage('pinduoduo', fixtureHtml('pinduoduo', 'home.html'), 'https://mms.pinduoduo.com/home/');
    expect(out?.shopDays).toEqual([
      { date: '2026-11-22', metrics: { salesAmount: 3456.7, orders: 52, paidBuyers: 49, uv: 1208, conversionRate: 0.0406 } },
    ]);
  });

  it('reads 商品列表 facts: title, price, stock, status; obfuscated price/stock stay missing; 累计销量 is not a day', () => {
    const out = readPage('pinduoduo', fixtureHtml('pinduoduo', 'goods-list.html'), 'https://mms.pinduoduo.com/goods/goods_list');
    expect(out?.items).toEqual([
      { itemId: '612345678901', title: '加厚珊瑚绒毛毯 冬季午睡毯 单人双人', price: 36.9, stock: 1208, status: 'onSale' },
      { itemId: '612345678902', title: '陶瓷马克杯 大容量 带盖勺', price: 19.9, stock: 0, status: 'delisted' },
      { itemId: '612345678903', title: '儿童保温杯 316不锈钢', status: 'onSale' },
    ]);
  });

  it('never reads a number drawn with private-use characters, nor borrows a neighbour for it', () => {
    const html = `<main><p>统计时间 2026-11-21</p><div class="grid">
      <div><span>成交金额</span><strong>${pua('¥12,864.50')}</strong><em>近7日 12</em></div>
      <div><span>成交订单数</span><strong>${pua('186')}</strong></div>
      <div><span>店铺访客数</span><strong>3,783</strong></div>
      <div><span>商品访客数</span><strong>${pua('3,410')}</strong></div>
    </div></main>`;
    const url = 'https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-21';
    expect(readPage('pinduoduo', html, url)?.shopDays).toEqual([{ date: '2026-11-21', metrics: { uv: 3783 } }]);
    // A garbled 商品访客数 card says nothing about the shop's 访客数.
    expect([...unreadableMetrics(documentOf(html, url), shopLabels())].sort()).toEqual(['orders', 'salesAmount']);
  });

  it('a 数据中心 page without a date marker shows the day its URL names; without one, nothing', () => {
    const html = '<div><span>成交金额</span><b>¥100.00</b></div><div><span>成交订单数</span><b>3</b></div>';
    expect(readPage('pinduoduo', html, 'https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-20')?.shopDays).toEqual([
      { date: '2026-11-20', metrics: { salesAmount: 100, orders: 3 } },
    ]);
    expect(readPage('pinduoduo', html, 'https://mms.pinduoduo.com/sycm/stores_data/operation')).toBeUndefined();
  });

  it('reads nothing on a page without the console labels, or on pages it does not read', () => {
    expect(readPage('pinduoduo', '<p>欢迎使用 1,234</p>', 'https://mms.pinduoduo.com/home/')).toBeUndefined();
    expect(readPage('pinduoduo', fixtureHtml('pinduoduo', 'home.html'), 'https://mms.pinduoduo.com/orders/list')).toBeUndefined();
  });
});

describe('pinduoduo synonym tables (data)', () => {
  it('shop labels and item columns are valid, unambiguous synonym data', () => {
    checkSynonymTable(shopLabelsPinduoduo(), SHOP_METRIC_KEYS);
    checkSynonymTable(itemColumnsPinduoduo(), [...ITEM_METRIC_KEYS, 'itemId', 'title', 'price', 'stock', 'status', 'sku']);
  });
});
