import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBusinessDate } from '../../lib/dates';
import { eventually, launchExtension, type ExtensionSession } from './harness';

/**
 * Reading Pinduoduo, JD, Douyin and Amazon Seller Central in real Chromium with the built
 * extension, on fixture pages served under the consoles' real URLs
 * (tests/fixtures/console/<platform>/routes.capture.json): each platform's dashboard and item
 * list, the exact stored values for every metric the page shows — from the console's own JSON
 * where it fetches it (through the page-world observer), from the DOM by label otherwise — and
 * the values that must stay missing (obfuscated digits, "--", 访客价值, other currencies).
 */

interface DailyRow {
  shopKey: string;
  date: string;
  metrics: Record<string, number>;
  provenance: Record<string, { source: string; at: number }>;
}
interface ItemDailyRow extends DailyRow {
  itemId: string;
}
interface ItemRow {
  shopKey: string;
  itemId: string;
  title?: string;
  price?: number;
  stock?: number;
  status?: string;
  lastSaleDate?: string;
  rating?: number;
}
const TODAY = toBusinessDate(Date.now());
const byDate = (rows: DailyRow[]) => Object.fromEntries(rows.map((r) => [r.date, r.metrics]));
const sources = (row: DailyRow | undefined) => [...new Set(Object.values(row?.provenance ?? {}).map((p) => p.source))].sort();
const facts = ({ itemId, title, price, stock, status }: ItemRow) => ({ itemId, title, price, stock, status });

let s: ExtensionSession;

/** Polls until `fn` gives a value (eventually's contract), and fails the test if it never does. */
async function until<T>(fn: () => Promise<T | undefined>): Promise<T> {
  const value = await eventually(fn);
  if (value === undefined) throw new Error('timed out waiting for the store');
  return value;
}

async function shopDays(shopKey: string, count: number): Promise<DailyRow[]> {
  return until(async () => {
    const rows = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === shopKey);
    return rows.length === count ? rows : undefined;
  });
}

/** Waits until the rows stop changing (JSON and DOM reads of one page arrive at different times). */
async function stable<T>(read: () => Promise<T>, ms = 1800): Promise<T> {
  let last = JSON.stringify(await read());
  for (;;) {
    await new Promise((r) => setTimeout(r, ms));
    const now = await read();
    const text = JSON.stringify(now);
    if (text === last) return now;
    last = text;
  }
}

async function open(url: string, name: string): Promise<Page> {
  const page = await s.openConsole(url);
  await page.waitForLoadState('load');
  await new Promise((r) => setTimeout(r, 300));
  await s.screenshot(page, name);
  return page;
}

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

describe('Pinduoduo', () => {
  it('数据中心 经营总览: the numbers come from its JSON; the obfuscated digits on the page are never read', async () => {
    const page = await open('https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-21', 'capture-pdd-operation');
    await shopDays('pinduoduo:880001', 3);
    const rows = await stable(async () => (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'pinduoduo:880001'));
    expect(byDate(rows)).toEqual({
      '2026-11-19': { salesAmount: 9876.5, orders: 143, paidBuyers: 131, aov: 75.39, conversionRate: 0.0427, refundAmount: 356.2 },
      '2026-11-20': { salesAmount: 10422.8, orders: 151, paidBuyers: 140, aov: 74.45, conversionRate: 0.0441, refundAmount: 0 },
      '2026-11-21': { salesAmount: 12864.5, orders: 186, paidBuyers: 171, aov: 75.23, conversionRate: 0.0452, refundAmount: 412.6, uv: 3783, pv: 11204 },
    });
    expect(rows.map(sources)).toEqual([['api'], ['api'], ['api']]);
    await page.close();
  });

  it('首页 今日数据: today from the DOM; "--" and obfuscated digits stay missing', async () => {
    const page = await open('https://mms.pinduoduo.com/home/', 'capture-pdd-home');
    const rows = await shopDays('pinduoduo:880001', 4);
    const today = rows.find((r) => r.date === TODAY);
    expect(today?.metrics).toEqual({ salesAmount: 3456.7, orders: 52, paidBuyers: 49, uv: 1208, conversionRate: 0.0406 });
    expect(sources(today)).toEqual(['dom']);
    await page.close();
  });

  it('商品列表 and 数据中心 商品明细: item facts from the list, per-day numbers from the JSON', async () => {
    const list = await open('https://mms.pinduoduo.com/goods/goods_list', 'capture-pdd-goods-list');
    await eventually(async () => (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'pinduoduo:880001').length === 3);
    await list.close();
    const effect = await open('https://mms.pinduoduo.com/sycm/goods_effect?msfrom=mms_sidenav', 'capture-pdd-goods-effect');
    const days = await until(async () => {
      const all = (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'pinduoduo:880001');
      return all.length === 2 ? all : undefined;
    });
    expect(Object.fromEntries(days.map((d) => [`${d.itemId} ${d.date}`, d.metrics]))).toEqual({
      '612345678901 2026-11-21': { uv: 525, pv: 675, salesAmount: 2209.58, unitsSold: 63, paidBuyers: 60, conversionRate: 0.1143 },
      '612345678902 2026-11-21': { uv: 1204, pv: 1630, salesAmount: 0, unitsSold: 0, paidBuyers: 0, conversionRate: 0 },
    });
    const items = await stable(async () => (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'pinduoduo:880001'));
    expect(items.map(facts)).toEqual([
      { itemId: '612345678901', title: '加厚珊瑚绒毛毯 冬季午睡毯 单人双人', price: 36.9, stock: 1208, status: 'onSale' },
      { itemId: '612345678902', title: '陶瓷马克杯 大容量 带盖勺', price: 19.9, stock: 0, status: 'delisted' },
      { itemId: '612345678903', title: '儿童保温杯 316不锈钢', price: undefined, stock: undefined, status: 'onSale' },
    ]);
    expect(items.find((i) => i.itemId === '612345678901')?.lastSaleDate).toBe('2026-11-21');
    await effect.close();
  });

  it('评价管理 店铺评分: today gains DSR 4.78 (the lowest dimension); the other days and numbers stay as they were', async () => {
    const before = byDate((await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'pinduoduo:880001'));
    const page = await open('https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav', 'capture-pdd-evaluation');
    const rows = await until(async () => {
      const all = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'pinduoduo:880001');
      return byDate(all)[TODAY]?.dsr !== undefined ? all : undefined;
    });
    expect(byDate(rows)).toEqual({ ...before, [TODAY]: { ...before[TODAY], dsr: 4.78 } });
    // Buyers' stars per review are not item ratings.
    expect((await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'pinduoduo:880001').map((i) => i.rating)).toEqual([undefined, undefined, undefined]);
    await page.close();
  });
});

describe('JD', () => {
  it('商智 首页: the 3-day trend from its JSON, the 昨日 and 实时 cards from the DOM', async () => {
    const page = await open('https://jdsz.jd.com/szweb/view/index/home.html', 'capture-jd-sz-home');
    await shopDays('jd:10086001', 4);
    const rows = await stable(async () => (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'jd:10086001'));
    const day21 = { salesAmount: 13280.6, orders: 92, paidBuyers: 86, unitsSold: 104, aov: 154.43, conversionRate: 0.0072, uv: 11944, pv: 34620 };
    expect(byDate(rows)).toEqual({
      '2026-11-19': { salesAmount: 11873.4, orders: 81, paidBuyers: 77, unitsSold: 90, aov: 154.2, conversionRate: 0.0071, uv: 10845, pv: 31020 },
      '2026-11-20': { salesAmount: 12016.25, orders: 83, paidBuyers: 79, unitsSold: 95, aov: 152.1, conversionRate: 0.0069, uv: 11450, pv: 33118 },
      '2026-11-21': day21,
      [TODAY]: { salesAmount: 3268.5, orders: 24, paidBuyers: 23, unitsSold: 27, uv: 3105, pv: 10200, conversionRate: 0.0074 },
    });
    expect(sources(rows.find((r) => r.date === '2026-11-19'))).toEqual(['api']);
    expect(sources(rows.find((r) => r.date === TODAY))).toEqual(['dom']);
    await page.close();
  });

  it('京麦 在售商品: item facts; "暂无" stock stays missing', async () => {
    const page = await open('https://shop.jd.com/jdm/ware/manage/list/OnsaleWare', 'capture-jd-ware-list');
    const items = await until(async () => {
      const all = (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'jd:10086001');
      return all.length === 2 ? all : undefined;
    });
    expect(items.map(facts)).toEqual([
      { itemId: '100012043978', title: '祁门红茶 特级 罐装 250g', price: 128, stock: 356, status: 'onSale' },
      { itemId: '100012043979', title: '祁门红茶 礼盒装 2×125g', price: 268, stock: undefined, status: 'onSale' },
    ]);
    await page.close();
  });

  it('京麦 评价管理 店铺评分 (out of 10): today gains DSR 4.825 — 物流履约 9.65 halved; the 商品评价 tab count is no score', async () => {
    const before = byDate((await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'jd:10086001'));
    const page = await open('https://shop.jd.com/jdm/comment/list', 'capture-jd-comment-list');
    const rows = await until(async () => {
      const all = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'jd:10086001');
      return byDate(all)[TODAY]?.dsr !== undefined ? all : undefined;
    });
    expect(byDate(rows)).toEqual({ ...before, [TODAY]: { ...before[TODAY], dsr: 4.825 } });
    await page.close();
  });
});

describe('Douyin', () => {
  it('罗盘 经营概览: the trend from its JSON (pay_amt in fen), the card from the DOM; 访客价值 is never a UV', async () => {
    const page = await open('https://compass.jinritemai.com/shop', 'capture-douyin-compass');
    await shopDays('douyin:7100001', 3);
    const rows = await stable(async () => (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'douyin:7100001'));
    expect(byDate(rows)).toEqual({
      '2026-11-19': { salesAmount: 12884.2, orders: 276, paidBuyers: 265 },
      '2026-11-20': { salesAmount: 14414.83, orders: 301, paidBuyers: 287 },
      '2026-11-21': { salesAmount: 15199.11, orders: 312, paidBuyers: 298, refundAmount: 1206.3 },
    });
    await page.close();
  });

  it('抖店 商品管理 and 罗盘 商品列表: facts from the list, the day from the product cards', async () => {
    const list = await open('https://fxg.jinritemai.com/ffa/g/list', 'capture-douyin-goods-list');
    await eventually(async () => (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'douyin:7100001').length === 2);
    await list.close();
    const cards = await open('https://compass.jinritemai.com/shop/commodity/product-list', 'capture-douyin-product-list');
    const days = await until(async () => {
      const all = (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'douyin:7100001');
      return all.length === 2 && all.some((d) => d.metrics.uv) ? all : undefined;
    });
    const settled = await stable(async () => (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'douyin:7100001'));
    expect(Object.fromEntries(settled.map((d) => [`${d.itemId} ${d.date}`, d.metrics]))).toEqual({
      '3701234567890123456 2026-11-21': { salesAmount: 9865, paidBuyers: 112, uv: 2380 },
      '3701234567890123457 2026-11-21': { paidBuyers: 0 },
    });
    expect(days.length).toBe(2);
    const items = (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'douyin:7100001');
    expect(items.map(facts)).toEqual([
      { itemId: '3701234567890123456', title: '冬季加绒卫衣 男女同款 连帽', price: 89, stock: 2340, status: 'onSale' },
      { itemId: '3701234567890123457', title: '纯棉打底衫 长袖 修身', price: undefined, stock: 0, status: 'delisted' },
    ]);
    await cards.close();
  });
});

describe('Amazon Seller Central', () => {
  it("Business Reports by date: Amazon's own example numbers, from the table and the JSON alike", async () => {
    const page = await open('https://sellercentral.amazon.com/business-reports#/report?id=102:SalesTrafficTimeSeries&fromDate=2021-06-11&toDate=2021-06-14', 'capture-amazon-by-date');
    await shopDays('amazon:A2SHOPMATE0001@ATVPDKIKX0DER', 4);
    const rows = await stable(async () => (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER'));
    const refund = (rate: number) => (rate ? { refundRate: rate } : { refundRate: 0 });
    expect(byDate(rows)).toEqual({
      '2021-06-11': { salesAmount: 238.44, unitsSold: 23, orders: 20, pv: 1658, uv: 1000, conversionRate: 0.0221, ...refund(0.0435) },
      '2021-06-12': { salesAmount: 217.7, unitsSold: 18, orders: 18, pv: 1400, uv: 1100, conversionRate: 0.0192, ...refund(0) },
      '2021-06-13': { salesAmount: 277.06, unitsSold: 25, orders: 23, pv: 1300, uv: 1100, conversionRate: 0.0233, ...refund(0) },
      '2021-06-14': { salesAmount: 349.94, unitsSold: 31, orders: 30, pv: 2000, uv: 1253, conversionRate: 0.0263, ...refund(0) },
    });
    await page.close();
  });

  it('Manage All Inventory: ASIN, title, dollars only, available units, status', async () => {
    const page = await open('https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&pageSize=25', 'capture-amazon-inventory');
    const items = await until(async () => {
      const all = (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER' && i.title);
      return all.length === 3 ? all : undefined;
    });
    expect(items.map(facts)).toEqual([
      { itemId: 'B123456789', title: 'Stoneware Coffee Mug, 12 oz, Matte Blue', price: 16.79, stock: 142, status: 'onSale' },
      { itemId: 'B234567890', title: 'Bamboo Coasters, Set of 6', price: 8.75, stock: 0, status: 'delisted' },
      { itemId: 'B345678901', title: 'Ceramic Teapot with Infuser, 34 oz', price: undefined, stock: undefined, status: 'onSale' },
    ]);
    await page.close();
  });

  it('Detail Page Sales and Traffic by Child Item (one day): every ASIN row as that day\'s item numbers, exactly', async () => {
    const page = await open(
      'https://sellercentral.amazon.com/business-reports?shopmate-fixture=child-item#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2021-06-14&toDate=2021-06-14',
      'capture-amazon-by-child-item',
    );
    const rows = await until(async () => {
      const all = (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER');
      return all.length === 3 ? all : undefined;
    });
    const settled = await stable(async () => (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER'));
    expect(settled).toEqual(rows);
    expect(Object.fromEntries(rows.map((d) => [`${d.itemId} ${d.date}`, d.metrics]))).toEqual({
      // "Unit Session Percentage" (7.69 %, 37.5 %, 300 %) is units per session: never stored as a conversion rate.
      'B123456789 2021-06-14': { uv: 18, pv: 43, unitsSold: 1, salesAmount: 16.79 },
      'B234567890 2021-06-14': { uv: 13, pv: 33, unitsSold: 3, salesAmount: 26.25 },
      'B345678901 2021-06-14': { uv: 6, pv: 63, unitsSold: 3, salesAmount: 45 },
    });
    expect(rows.map(sources)).toEqual([['dom'], ['dom'], ['dom']]);
    const items = (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER');
    expect(items.map((i) => [i.itemId, i.lastSaleDate])).toEqual([
      ['B123456789', '2021-06-14'],
      ['B234567890', '2021-06-14'],
      ['B345678901', '2021-06-14'],
    ]);
    await page.close();
  });

  it('Feedback Manager: the feedback rating "4.7 out of 5" becomes today\'s DSR', async () => {
    const before = byDate((await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER'));
    const page = await open('https://sellercentral.amazon.com/feedback-manager/index.html', 'capture-amazon-feedback');
    const rows = await until(async () => {
      const all = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER');
      return byDate(all)[TODAY]?.dsr !== undefined ? all : undefined;
    });
    expect(byDate(rows)).toEqual({ ...before, [TODAY]: { dsr: 4.7 } });
    await page.close();
  });

  it('Voice of the Customer: each ASIN\'s star rating into items.rating; "—" stays missing; titles untouched', async () => {
    const page = await open('https://sellercentral.amazon.com/voice-of-the-customer/ref=xx_voc_dnav_xx', 'capture-amazon-voc');
    const items = await until(async () => {
      const all = (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER');
      return all.filter((i) => i.rating !== undefined).length === 2 ? all : undefined;
    });
    expect(items.map(({ itemId, title, rating }) => ({ itemId, title, rating }))).toEqual([
      { itemId: 'B123456789', title: 'Stoneware Coffee Mug, 12 oz, Matte Blue', rating: 4.6 },
      { itemId: 'B234567890', title: 'Bamboo Coasters, Set of 6', rating: 4.2 },
      { itemId: 'B345678901', title: 'Ceramic Teapot with Infuser, 34 oz', rating: undefined },
    ]);
    await page.close();
  });
});

describe('今日读取 in the side panel', () => {
  it("names each platform's console and prints Amazon's money in dollars", async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    const today = panel.locator('section.captured-today');
    await today.waitFor();
    await expect.poll(() => today.textContent()).toContain('Seller Central 北美站');
    const text = (await today.textContent()) ?? '';
    // zh-CN prints dollars as US$ (¥ is the yuan); JD's 4.825 shows with two decimals.
    for (const part of ['亚马逊 · Seller Central 北美站 · 评价管理', 'DSR4.7', '销售额US$238.44', '京东 · 京麦工作台 · 评价管理页面显示今天的数据DSR4.83', '拼多多 · 拼多多商家后台 · 评价管理页面显示今天的数据DSR4.78']) {
      expect(text, part).toContain(part);
    }
    expect(text).not.toContain('卖家后台 ·');
    const heads = await today.locator('.captured-head span:not(.captured-source)').allTextContents();
    const consoles = new Set(heads.map((h) => h.split(' · ')[1]));
    for (const name of ['拼多多商家后台', '京东商智', '京麦工作台', '抖店', '抖店电商罗盘', 'Seller Central 北美站']) expect([...consoles], name).toContain(name);
    await s.screenshot(panel, 'capture-platforms-sidepanel');
    await panel.close();
  });
});
