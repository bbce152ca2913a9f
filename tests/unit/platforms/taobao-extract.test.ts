// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageKind } from '@/lib/model/consoles';
import { ExtractionSchema } from '@/lib/model/schemas';
import { readerFor } from '@/lib/platforms/readers';
import { ENDPOINT_EXAMPLES, ENDPOINT_MATCHERS } from '@/lib/platforms/taobao/endpoints';
import { readDom } from '@/lib/platforms/taobao/extract';
import { detectPage } from '@/lib/platforms/taobao/pages';
import { ENDPOINT_READERS } from '@/lib/platforms/taobao/readers';
import type { Extraction, ReadContext } from '@/lib/platforms/types';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/console/taobao');
const json = (file: string) => JSON.parse(readFileSync(path.join(FIXTURES, 'api', file), 'utf8')) as unknown;
const ctx = (url: string, today = '2026-11-22'): ReadContext => ({
  url: new URL(url),
  today,
  pageKind: (detectPage(new URL(url)) ?? 'dashboard') as PageKind,
});
const read = (url: string, body: unknown, today = '2026-11-22') => {
  const reader = readerFor('taobao', new URL(url));
  expect(reader, url).toBeDefined();
  const out = reader!.read(body, ctx(url, today));
  if (out) expect(ExtractionSchema.safeParse(out).success).toBe(true);
  return out;
};

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});
function page(file: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(readFileSync(path.join(FIXTURES, file), 'utf8'));
  return window.document as unknown as Document;
}
const dom = (file: string, url: string, today = '2026-11-22'): Extraction | undefined => {
  const out = readDom(page(file, url), ctx(url, today));
  if (out) expect(ExtractionSchema.safeParse(out).success).toBe(true);
  return out;
};

describe('Taobao endpoint matchers and readers', () => {
  it('pairs every matcher with a reader of the same id', () => {
    expect(ENDPOINT_READERS.map((r) => r.id)).toEqual(ENDPOINT_MATCHERS.map((m) => m.id));
  });

  it.each(Object.entries(ENDPOINT_EXAMPLES).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))(
    '%s matches %s (and no other matcher does)',
    (id, href) => {
      const hits = ENDPOINT_MATCHERS.filter((m) => m.matches(new URL(href))).map((m) => m.id);
      expect(hits).toEqual([id]);
    },
  );

  it.each([
    'https://sycm.taobao.com/portal/home.htm',
    'http://sycm.taobao.com/portal/live/new/index/overview/v3.json',
    'https://evil.example/portal/live/new/index/overview/v3.json',
    'https://sycm.taobao.com/flow/v3/overview/shopFlowSourceTop/v4.json',
    'https://sycm.taobao.com/mc/mq/supply/mkt/overview.json',
  ])('reads nothing from %s', (href) => {
    expect(ENDPOINT_MATCHERS.some((m) => m.matches(new URL(href)))).toBe(false);
  });

  it('live overview: today and "yestday", metric objects, null = unknown', () => {
    expect(read('https://sycm.taobao.com/portal/live/new/index/overview/v3.json?device=0', json('live-overview.json'))).toEqual({
      shopDays: [
        {
          date: '2026-11-22',
          metrics: { salesAmount: 23456.78, uv: 12034, pv: 38120, paidBuyers: 384, orders: 402, conversionRate: 0.0319, refundAmount: 512.3, refundRate: 0.0218 },
        },
        { date: '2026-11-21', metrics: { salesAmount: 21098.5, uv: 11876, pv: 35002, paidBuyers: 351, orders: 366, conversionRate: 0.0296 } },
      ],
      items: [],
    });
  });

  it('getYesterdayTrade: payAmt in fen becomes yuan', () => {
    expect(read('https://sycm.taobao.com/ipoll/live/yesterday/getYesterdayTrade.json?_=1', json('yesterday-trade.json'))).toEqual({
      shopDays: [{ date: '2026-11-21', metrics: { salesAmount: 21098.5, orders: 366, paidBuyers: 351 } }],
      items: [],
    });
  });

  it('coreIndex overview: the requested single day, {content:{data:{data}}} envelope', () => {
    const url = 'https://sycm.taobao.com/portal/coreIndex/new/overview/v3.json?dateType=day&dateRange=2026-11-20%7C2026-11-20&needCycleCrc=true';
    expect(read(url, json('core-overview-2026-11-20.json'))).toEqual({
      shopDays: [
        { date: '2026-11-20', metrics: { salesAmount: 19876.4, uv: 10543, pv: 31988, paidBuyers: 330, conversionRate: 0.0313, unitsSold: 361, aov: 60.23 } },
      ],
      items: [],
    });
    // A week is not a day.
    expect(read(url.replace('2026-11-20%7C2026-11-20', '2026-11-14%7C2026-11-20'), json('core-overview-2026-11-20.json'))).toBeUndefined();
    expect(read(url.replace('dateType=day', 'dateType=week'), json('core-overview-2026-11-20.json'))).toBeUndefined();
  });

  it('the {code:1009} not-ready answer is nothing, not zeros', () => {
    for (const href of [
      'https://sycm.taobao.com/flow/new/guide/trend/overview.json?dateType=day&dateRange=2026-11-21%7C2026-11-21',
      'https://sycm.taobao.com/portal/live/new/index/overview/v3.json',
      'https://sycm.taobao.com/cc/item/view/top.json?dateType=day&dateRange=2026-11-21%7C2026-11-21',
    ]) {
      expect(read(href, json('flow-not-ready.json'))).toBeUndefined();
    }
  });

  it('flow overview: {data} envelope; all zeros for today is the endpoint lagging, not a day without visitors', () => {
    const today = 'https://sycm.taobao.com/flow/new/guide/trend/overview.json?dateType=day&dateRange=2026-11-22%7C2026-11-22';
    const zeros = { data: { payAmt: { value: 0 }, uv: { value: 0 }, pv: { value: 0 }, payByrCnt: { value: 0 }, payRate: { value: 0 } } };
    expect(read(today, zeros)).toBeUndefined();
    expect(read(today.replaceAll('2026-11-22', '2026-11-21'), zeros)).toEqual({
      shopDays: [{ date: '2026-11-21', metrics: { salesAmount: 0, uv: 0, pv: 0, paidBuyers: 0, conversionRate: 0 } }],
      items: [],
    });
    expect(read(today, { data: { uv: { value: 90 }, pv: 300 } })).toEqual({ shopDays: [{ date: '2026-11-22', metrics: { uv: 90, pv: 300 } }], items: [] });
  });

  it('growth board: promotion spend', () => {
    const url = 'https://sycm.taobao.com/portal/board/grow/factor/overview.json?dateType=day&dateRange=2026-11-21%7C2026-11-21';
    expect(read(url, { data: { data: { self: { totalPromoSpend: { value: 812.5 }, tROI: { value: 3.1 } } } } })).toEqual({
      shopDays: [{ date: '2026-11-21', metrics: { adSpend: 812.5 } }],
      items: [],
    });
  });

  it('item rank: item rows only (never shop totals), masked ids dropped, null stays unknown', () => {
    const url = 'https://sycm.taobao.com/cc/item/view/top.json?dateType=day&dateRange=2026-11-21%7C2026-11-21&pageSize=10&page=1';
    expect(read(url, json('item-rank-2026-11-21.json'))).toEqual({
      shopDays: [],
      items: [
        {
          itemId: '652300000101',
          title: '北欧风陶瓷马克杯 大容量 办公室水杯',
          status: 'onSale',
          lastSaleDate: '2026-11-21',
          days: [{ date: '2026-11-21', metrics: { uv: 704, pv: 2210, salesAmount: 5988, unitsSold: 30, paidBuyers: 29, conversionRate: 0.0412, cartAdds: 61, refundAmount: 199.6 } }],
        },
        {
          itemId: '652300000102',
          title: '玻璃花瓶 ins风 客厅插花摆件',
          status: 'onSale',
          days: [{ date: '2026-11-21', metrics: { uv: 158, pv: 402, salesAmount: 0, unitsSold: 0, paidBuyers: 0, conversionRate: 0, cartAdds: 4 } }],
        },
        { itemId: '652300000104', title: '实木床头柜 简约现代', status: 'delisted', days: [{ date: '2026-11-21', metrics: { uv: 12 } }] },
      ],
    });
  });

  it('item rank: a month range keeps the items without per-day numbers; the live list is today', () => {
    const month = read('https://sycm.taobao.com/cc/item/view/top.json?dateType=month&dateRange=2026-11-01%7C2026-11-30', json('item-rank-2026-11-21.json'));
    expect(month?.items.map((i) => [i.itemId, i.days])).toEqual([
      ['652300000101', undefined],
      ['652300000102', undefined],
      ['652300000104', undefined],
    ]);
    const live = read('https://sycm.taobao.com/cc/item/live/view/top.json?dateType=today', json('item-rank-2026-11-21.json'));
    expect(live?.items[0]?.days?.[0]?.date).toBe('2026-11-22');
    // No dateType: the rows' own statDate (ms, China time).
    const own = read('https://sycm.taobao.com/cc/item/view/top.json?page=1', json('item-rank-2026-11-21.json'));
    expect(own?.items[0]?.days?.[0]?.date).toBe('2026-11-21');
  });

  it.each([
    null,
    'x',
    [],
    { data: 'not an object' },
    { data: { data: { today: { uv: { value: 'lots' }, pv: { value: -5 }, payAmt: { value: Number.NaN } } } } },
    { content: { code: 500, data: { data: { uv: { value: 1 } } } } },
    { success: false, data: { uv: 1 } },
  ])('drops what does not parse: %j', (body) => {
    expect(read('https://sycm.taobao.com/portal/live/new/index/overview/v3.json', body)).toBeUndefined();
  });
});

describe('Taobao DOM reading on the fixtures', () => {
  it('生意参谋 首页: 实时概况 cards (更新时间) and 核心指标 table (统计时间), banner ignored', () => {
    expect(dom('sycm-home.html', 'https://sycm.taobao.com/portal/home.htm', '2026-11-23')).toEqual({
      shopDays: [
        {
          date: '2026-11-22',
          metrics: { salesAmount: 12345.6, uv: 12000, pv: 36812, paidBuyers: 384, conversionRate: 0.032, unitsSold: 412, aov: 32.15, refundAmount: 1024 },
        },
        {
          date: '2026-11-21',
          metrics: { uv: 10800, pv: 33210, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.451, visitDepth: 3.08 },
        },
      ],
      items: [],
    });
  });

  it('生意参谋 商品排行: item rows by header, ids from links or "ID:", placeholders missing', () => {
    expect(dom('sycm-item-rank.html', 'https://sycm.taobao.com/cc/item_rank')).toEqual({
      shopDays: [],
      items: [
        { itemId: '652300000201', title: '加厚珊瑚绒毛毯 冬季午睡盖毯', lastSaleDate: '2026-11-19', days: [{ date: '2026-11-19', metrics: { uv: 12000, pv: 36000, salesAmount: 23500, unitsSold: 118, conversionRate: 0.0098, cartAdds: 1024 } }] },
        { itemId: '652300000202', title: '记忆棉枕头 护颈 单人', lastSaleDate: '2026-11-19', days: [{ date: '2026-11-19', metrics: { uv: 3456, pv: 9870, salesAmount: 8765.4, unitsSold: 52, conversionRate: 0.015 } }] },
        { itemId: '652300000203', title: '羊毛地毯 客厅 北欧', days: [{ date: '2026-11-19', metrics: { pv: 512, salesAmount: 0, unitsSold: 0, conversionRate: 0, cartAdds: 7 } }] },
        { itemId: '652300000204', title: '亚麻窗帘 遮光 卧室', days: [{ date: '2026-11-19', metrics: { uv: 888, pv: 2048, cartAdds: 3 } }] },
      ],
    });
  });

  it('千牛 出售中的宝贝: facts only (fixed-header grid, price ranges missing, full-width stock)', () => {
    expect(dom('qianniu-items.html', 'https://myseller.taobao.com/home.htm/SellManage/on_sale')).toEqual({
      shopDays: [],
      items: [
        // 创建时间 is the listing date (issue 18: 新生 only from it).
        { itemId: '728461930215', title: '沐浴露女持久留香家庭装 氨基酸沐浴乳', price: 59.9, stock: 1200, status: 'onSale', listedDate: '2026-03-02' },
        { itemId: '728461930216', title: '洗发水 去屑止痒 控油蓬松 500ml', price: 45, stock: 0, status: 'onSale', listedDate: '2026-05-18' },
        { itemId: '728461930217', title: '护手霜 保湿 滋润 小支装', stock: 150, status: 'onSale', listedDate: '2026-09-01' },
      ],
    });
  });

  it('a garbled 首页 (labels, no readable values) yields nothing', () => {
    expect(dom('sycm-home-garbled.html', 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=garbled')).toBeUndefined();
  });

  it('the hostile 首页: no banner number, no unreadable value', () => {
    const out = dom('../hostile/sycm-home-hostile.html', 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=hostile');
    expect(out?.shopDays).toEqual([{ date: '2026-11-22', metrics: { uv: 12000 } }]);
  });

  it('pages whose numbers are not the shop\'s are not read', () => {
    expect(dom('sycm-home.html', 'https://sycm.taobao.com/cc/item_archives?itemId=1')).toBeUndefined();
  });
});
