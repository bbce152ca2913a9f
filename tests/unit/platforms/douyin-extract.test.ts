// @vitest-environment happy-dom
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from '@/lib/model/metrics';
import { itemColumns as itemColumnsDouyin, shopLabels as shopLabelsDouyin } from '@/lib/platforms/douyin/extract';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_EXAMPLES, ENDPOINT_MATCHERS } from '@/lib/platforms/douyin/endpoints';
import { ENDPOINT_READERS } from '@/lib/platforms/douyin/readers';
import { checkSynonymTable, dayOf, fixtureHtml, fixtureJson, itemOf, readPage, readResponse } from './extract-helpers';

const TREND = 'https://compass.jinritemai.com/compass_api/shop/common/homepage/core_trend_v3?date_type=21&begin_date=2026-11-19&end_date=2026-11-21';
const CARDS = 'https://compass.jinritemai.com/compass_api/shop/product_card/channel_product/channel_product_card_list?date_type=21&begin_date=2026-11-21&end_date=2026-11-21&page_no=1';

describe('Douyin endpoint matchers and readers', () => {
  it('pairs every matcher with a reader of the same id', () => {
    expect(ENDPOINT_READERS.map((r) => r.id)).toEqual(ENDPOINT_MATCHERS.map((m) => m.id));
  });

  it.each(Object.entries(ENDPOINT_EXAMPLES).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))('%s matches %s only', (id, href) => {
    expect(ENDPOINT_MATCHERS.filter((m) => m.matches(new URL(href))).map((m) => m.id)).toEqual([id]);
  });

  it('reads the core trend: pay_amt fen → yuan, orders, buyers; 访客价值 (uv_value) is never stored', () => {
    const out = readResponse('douyin', TREND, fixtureJson('douyin', 'core-trend.json'));
    expect(out?.shopDays.map((d) => d.date)).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
    expect(dayOf(out, '2026-11-21')).toEqual({ salesAmount: 15199.11, orders: 312, paidBuyers: 298 });
    expect(JSON.stringify(out)).not.toContain('"uv"');
  });

  it('skips hours of a real-time trend; a "11-21" day takes the year of the query end date', () => {
    const body = (h: string) => ({ st: 0, data: { trends: [{ horizontal: h, point_name: 'pay_cnt', vertical: 3 }] } });
    expect(readResponse('douyin', TREND.replace('date_type=21', 'date_type=1'), body('10:00'))).toBeUndefined();
    expect(readResponse('douyin', TREND, body('11-21'))?.shopDays).toEqual([{ date: '2026-11-21', metrics: { orders: 3 } }]);
  });

  it.each([
    ['risk control (st 11001)', { st: 11001, msg: '风控', data: { trends: [{ horizontal: '2026-11-21', point_name: 'pay_cnt', vertical: 3 }] } }],
    ['a refused date (st 100008)', { st: 100008, msg: '日期校验失败', data: {} }],
    ['no data', { st: 0, data: {} }],
    ['garbage values', { st: 0, data: { trends: [{ horizontal: '2026-11-21', point_name: 'pay_amt', vertical: 'NaN' }, { horizontal: '2026-11-21', point_name: 'pay_cnt', vertical: -2 }] } }],
  ])('reads nothing from %s', (_, body) => {
    expect(readResponse('douyin', TREND, body)).toBeUndefined();
  });

  it('reads product cards of one day: ids, titles, pay_amt fen → yuan, buyers, product-page visitors', () => {
    const out = readResponse('douyin', CARDS, fixtureJson('douyin', 'product-cards-2026-11-21.json'));
    expect(out?.items).toEqual([
      {
        itemId: '3701234567890123456',
        title: '冬季加绒卫衣 男女同款 连帽',
        lastSaleDate: '2026-11-21',
        days: [{ date: '2026-11-21', metrics: { salesAmount: 9865, paidBuyers: 112, uv: 2380 } }],
      },
      { itemId: '3701234567890123457', title: '纯棉打底衫 长袖 修身', days: [{ date: '2026-11-21', metrics: { paidBuyers: 0 } }] },
    ]);
  });

  it('product cards of a range keep the items without per-day numbers', () => {
    const out = readResponse('douyin', CARDS.replace('begin_date=2026-11-21', 'begin_date=2026-11-15'), fixtureJson('douyin', 'product-cards-2026-11-21.json'));
    expect(out?.items.map((i) => i.days)).toEqual([undefined, undefined]);
  });
});

describe('Douyin DOM reading', () => {
  it('reads 罗盘 经营概览 for its 统计时间 day; 访客价值 and 商品访客数 are not the shop UV', () => {
    const out = readPage('douyin', fixtureHtml('douyin', 'compass-home.html'), 'https://compass.jinritemai.com/shop');
    expect(out?.shopDays).toEqual([{ date: '2026-11-21', metrics: { salesAmount: 15199.11, orders: 312, paidBuyers: 298, refundAmount: 1206.3 } }]);
  });

  it('reads 抖店 商品管理 facts: ids printed under the title, price ("-" missing), stock, status', () => {
    const out = readPage('douyin', fixtureHtml('douyin', 'goods-list.html'), 'https://fxg.jinritemai.com/ffa/g/list');
    expect(out?.items).toEqual([
      { itemId: '3701234567890123456', title: '冬季加绒卫衣 男女同款 连帽', price: 89, stock: 2340, status: 'onSale' },
      { itemId: '3701234567890123457', title: '纯棉打底衫 长袖 修身', stock: 0, status: 'delisted' },
    ]);
  });

  it('reads 罗盘 商品列表 rows for the day the page names', () => {
    const html = fixtureHtml('douyin', 'compass-product-list.html').replace(
      '<tr><td colspan="4">加载中…</td></tr>',
      '<tr><td>冬季加绒卫衣 男女同款 连帽<br><small>ID: 3701234567890123456</small></td><td>¥9865.00</td><td>112</td><td>2380</td></tr>',
    );
    const out = readPage('douyin', html, 'https://compass.jinritemai.com/shop/commodity/product-list');
    expect(itemOf(out, '3701234567890123456')).toEqual({
      itemId: '3701234567890123456',
      title: '冬季加绒卫衣 男女同款 连帽',
      lastSaleDate: '2026-11-21',
      days: [{ date: '2026-11-21', metrics: { salesAmount: 9865, paidBuyers: 112 } }],
    });
  });
});

describe('douyin synonym tables (data)', () => {
  it('shop labels and item columns are valid, unambiguous synonym data', () => {
    checkSynonymTable(shopLabelsDouyin(), SHOP_METRIC_KEYS);
    checkSynonymTable(itemColumnsDouyin(), [...ITEM_METRIC_KEYS, 'itemId', 'title', 'price', 'stock', 'status', 'sku']);
  });
});
