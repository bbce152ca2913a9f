import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import { eventually, launchExtension, type ExtensionSession } from './harness';

/**
 * Reading Taobao consoles in real Chromium with the built extension, on fixture pages served under
 * the consoles' real URLs (tests/fixtures/console/taobao/routes.capture.json): the exact stored
 * values for every metric each fixture shows, the page-world observer path on an SPA that fetches
 * its numbers, SPA navigation, idempotent re-reads, a garbled page, a page of no interest, and
 * the side panel's "captured today" list.
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
  itemId: string;
  title?: string;
  price?: number;
  stock?: number;
  status?: string;
  lastSaleDate?: string;
}
interface Snapshot {
  url: string;
  pageKind: string;
  source: string;
  payload: { error?: string };
}

const byDate = (rows: DailyRow[]) => Object.fromEntries(rows.map((r) => [r.date, r.metrics]));
const itemDays = (rows: ItemDailyRow[], date: string) =>
  Object.fromEntries(rows.filter((r) => r.date === date).map((r) => [r.itemId, r.metrics]));

/** eventually() for a value: fails the test when it never comes. */
async function until<T>(fn: () => Promise<T | undefined>, timeoutMs?: number): Promise<T> {
  const value = await eventually(fn, timeoutMs);
  if (value === undefined) throw new Error('timed out waiting for the stored rows');
  return value;
}

async function settle(s: ExtensionSession, ms = 1500) {
  // Debounced DOM reads and the worker's writes: wait past the read debounce, then read the store.
  await new Promise((r) => setTimeout(r, ms));
  void s;
}

describe('Taobao pages read by label (static fixtures)', () => {
  let s: ExtensionSession;
  let garbled: Page;
  beforeAll(async () => {
    s = await launchExtension();
    // Opened first: its "could not read" message comes after a wait, checked at the end.
    garbled = await s.openConsole('https://sycm.taobao.com/portal/home.htm?shopmate-fixture=garbled');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('生意参谋 首页: every card and table value, per dated section, exactly', async () => {
    const page = await s.openConsole('https://sycm.taobao.com/portal/home.htm');
    const rows = await until(async () => {
      const all = await s.readStore<DailyRow>('shopDaily');
      return all.length === 2 ? all : undefined;
    });
    expect(byDate(rows)).toEqual({
      '2026-11-22': { salesAmount: 12345.6, uv: 12000, pv: 36812, paidBuyers: 384, conversionRate: 0.032, unitsSold: 412, aov: 32.15, refundAmount: 1024 },
      '2026-11-21': { uv: 10800, pv: 33210, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.451, visitDepth: 3.08 },
    });
    // One shop, the one the header names (its key depends on whether the garbled page's unnamed
    // visit created the platform's unnamed shop first, which this shop then took over).
    const shops = await s.readStore<{ key: string; name?: string }>('shops');
    expect(new Set(rows.map((r) => r.shopKey)).size).toBe(1);
    expect(shops.find((x) => x.key === rows[0]!.shopKey)?.name).toBe('小鹿家居旗舰店');
    expect(rows.every((r) => Object.values(r.provenance).every((p) => p.source === 'dom'))).toBe(true);
    await s.screenshot(page, 'capture-taobao-sycm-home');

    // Reloading the same page is idempotent: same rows, no new snapshot.
    const snapshots = (await s.readStore<Snapshot>('snapshots')).length;
    await page.reload();
    await eventually(async () => (await s.readStore<{ url: string }>('pageVisits')).filter((v) => v.url === 'https://sycm.taobao.com/portal/home.htm').length === 2);
    await settle(s, 2500);
    expect(await s.readStore<DailyRow>('shopDaily')).toEqual(rows);
    expect((await s.readStore<Snapshot>('snapshots')).length).toBe(snapshots);
    await page.close();
  });

  it('生意参谋 商品排行: every item row and value; placeholders stay missing', async () => {
    const page = await s.openConsole('https://sycm.taobao.com/cc/item_rank');
    const rows = await until(async () => {
      const all = (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.date === '2026-11-19');
      return all.length === 4 ? all : undefined;
    });
    expect(itemDays(rows, '2026-11-19')).toEqual({
      '652300000201': { uv: 12000, pv: 36000, salesAmount: 23500, unitsSold: 118, conversionRate: 0.0098, cartAdds: 1024 },
      '652300000202': { uv: 3456, pv: 9870, salesAmount: 8765.4, unitsSold: 52, conversionRate: 0.015 },
      '652300000203': { pv: 512, salesAmount: 0, unitsSold: 0, conversionRate: 0, cartAdds: 7 },
      '652300000204': { uv: 888, pv: 2048, cartAdds: 3 },
    });
    const items = (await s.readStore<ItemRow>('items')).filter((i) => i.itemId.startsWith('6523000002'));
    expect(items.map(({ itemId, title, lastSaleDate }) => ({ itemId, title, lastSaleDate }))).toEqual([
      { itemId: '652300000201', title: '加厚珊瑚绒毛毯 冬季午睡盖毯', lastSaleDate: '2026-11-19' },
      { itemId: '652300000202', title: '记忆棉枕头 护颈 单人', lastSaleDate: '2026-11-19' },
      { itemId: '652300000203', title: '羊毛地毯 客厅 北欧', lastSaleDate: undefined },
      { itemId: '652300000204', title: '亚麻窗帘 遮光 卧室', lastSaleDate: undefined },
    ]);
    await s.screenshot(page, 'capture-taobao-item-rank');
    await page.close();
  });

  it('千牛 出售中的宝贝: item facts (price, stock, status), no per-day numbers', async () => {
    const page = await s.openConsole('https://myseller.taobao.com/home.htm/SellManage/on_sale');
    const items = await until(async () => {
      const all = (await s.readStore<ItemRow & { shopKey: string; firstSeenAt: number; updatedAt: number }>('items')).filter((i) => i.itemId.startsWith('7284619302'));
      return all.length === 3 ? all : undefined;
    });
    expect(items.map(({ itemId, title, price, stock, status }) => ({ itemId, title, price, stock, status }))).toEqual([
      { itemId: '728461930215', title: '沐浴露女持久留香家庭装 氨基酸沐浴乳', price: 59.9, stock: 1200, status: 'onSale' },
      { itemId: '728461930216', title: '洗发水 去屑止痒 控油蓬松 500ml', price: 45, stock: 0, status: 'onSale' },
      { itemId: '728461930217', title: '护手霜 保湿 滋润 小支装', price: undefined, stock: 150, status: 'onSale' },
    ]);
    expect((await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.itemId.startsWith('7284619302'))).toEqual([]);
    await page.close();
  });

  it('a page of no interest: nothing at all (no visit, no read)', async () => {
    const url = 'https://sycm.taobao.com/mc/mq/market_monitor';
    const page = await s.openConsole(url);
    await settle(s, 2500);
    expect((await s.readStore<{ url: string }>('pageVisits')).filter((v) => v.url === url)).toEqual([]);
    expect((await s.readStore<Snapshot>('snapshots')).filter((v) => v.url === url)).toEqual([]);
    expect(byDate(await s.readStore<DailyRow>('shopDaily'))['2026-11-21']?.uv).toBe(10800); // not the market's 345,890,343
    // The page itself is untouched: no element left behind by ShopMate.
    expect(await page.locator('shopmate-bridge').count()).toBe(0);
    await page.close();
  });

  it('a garbled 首页 (labels, no readable value): nothing stored, and the seller is told', async () => {
    const url = 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=garbled';
    const failure = await eventually(async () => (await s.readStore<Snapshot>('snapshots')).find((r) => r.url === url), 15_000);
    expect(failure).toMatchObject({ pageKind: 'dashboard', payload: { error: expect.stringMatching(/^unreadable-values: taobao /) } });
    expect(failure!.payload.error).toContain('uv');
    expect((await s.readStore<Snapshot>('snapshots')).filter((r) => r.url === url)).toHaveLength(1);
    // Nothing from it reached the day rows: 2026-11-22 still holds only the 首页's values.
    expect(byDate(await s.readStore<DailyRow>('shopDaily'))['2026-11-22']).toEqual({
      salesAmount: 12345.6, uv: 12000, pv: 36812, paidBuyers: 384, conversionRate: 0.032, unitsSold: 412, aov: 32.15, refundAmount: 1024,
    });
    await s.screenshot(garbled, 'capture-taobao-garbled');
  });

  it("千牛 评价管理: the DSR card gives today's DSR — the lowest dimension, 4.79 — and nothing else changes", async () => {
    const today = toBusinessDate(Date.now());
    const before = byDate(await s.readStore<DailyRow>('shopDaily'));
    const page = await s.openConsole('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?shopmate-fixture=dsr');
    const rows = await until(async () => {
      const all = await s.readStore<DailyRow>('shopDaily');
      return byDate(all)[today]?.dsr !== undefined ? all : undefined;
    });
    expect(byDate(rows)).toEqual({ ...before, [today]: { ...before[today], dsr: 4.79 } });
    expect(rows.find((r) => r.date === today)?.provenance.dsr?.source).toBe('dom');
    const snapshot = (await s.readStore<Snapshot>('snapshots')).find((r) => r.url.endsWith('shopmate-fixture=dsr'));
    expect(snapshot).toMatchObject({ pageKind: 'reviews', source: 'dom', payload: { shopDays: [{ date: today, metrics: { dsr: 4.79 } }], items: [] } });
    await s.screenshot(page, 'capture-taobao-reviews-dsr');
    await page.close();
  });

  it('the side panel lists what was read today and the page it could not read', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    const today = panel.locator('section.captured-today');
    await today.waitFor();
    await expect.poll(() => today.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => today.textContent()).toContain('生意参谋');
    const text = (await today.textContent()) ?? '';
    for (const part of ['淘宝/天猫', '生意参谋', '千牛卖家中心', '首页', '商品排行', '商品管理', '页面显示', '访客数', '12,000', '¥12,345.60', '3.20%', '4 件商品', '3 件商品', '没能读取这个页面', '页面上有指标名称，但数值无法读取']) {
      expect(text, part).toContain(part);
    }
    // The DSR read from 评价管理, under its console and page.
    expect(text).toMatch(/淘宝\/天猫 · 千牛卖家中心 · 评价管理.*DSR4\.79/);
    await s.screenshot(panel, 'capture-taobao-sidepanel');
    // …and the 诊断 tab warns: the page's DSR is under the 4.8 floor.
    await panel.getByRole('tab', { name: '诊断' }).click();
    const tip = panel.getByTestId('tips').locator('li[data-rule="dsrFloor"]');
    await tip.waitFor();
    expect(await tip.locator('h3').textContent()).toMatch(/店铺 DSR 4\.79，低于警戒线 4\.8/);
    await s.screenshot(panel, 'capture-taobao-dsr-tip');
    await panel.close();
  });
});

describe('生意参谋 SPA: the console\'s own JSON responses, observed in the page world', () => {
  let s: ExtensionSession;
  const today = toBusinessDate(Date.now());
  const yesterday = addDays(today, -1);
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reads today, yesterday (getYesterdayTrade in fen → yuan) and a coreIndex day from the responses; the not-ready answer adds nothing', async () => {
    const page = await s.openConsole('https://sycm.taobao.com/portal/home.htm?shopmate-fixture=spa');
    const rows = await until(async () => {
      const all = await s.readStore<DailyRow>('shopDaily');
      const d = byDate(all);
      return d[today]?.refundRate !== undefined && d[yesterday]?.salesAmount !== undefined && d['2026-11-20'] ? all : undefined;
    });
    const days = byDate(rows);
    expect(days[today]).toEqual({ salesAmount: 23456.78, uv: 12034, pv: 38120, paidBuyers: 384, orders: 402, conversionRate: 0.0319, refundAmount: 512.3, refundRate: 0.0218 });
    expect(days[yesterday]).toEqual({ salesAmount: 21098.5, uv: 11876, pv: 35002, paidBuyers: 351, orders: 366, conversionRate: 0.0296 });
    expect(days['2026-11-20']).toEqual({ salesAmount: 19876.4, uv: 10543, pv: 31988, paidBuyers: 330, conversionRate: 0.0313, unitsSold: 361, aov: 60.23 });
    expect(Object.keys(days).sort()).toEqual(['2026-11-20', yesterday, today].sort());
    // Yesterday and 2026-11-20 were never on screen: only the observed responses could give them.
    const row = (date: string) => rows.find((r) => r.date === date)!;
    expect(Object.values(row(yesterday).provenance).every((p) => p.source === 'api')).toBe(true);
    expect(Object.values(row('2026-11-20').provenance).every((p) => p.source === 'api')).toBe(true);
    // The page got its data untouched and rendered it; the rendered cards are read too (same values).
    await expect.poll(() => page.locator('.q3 strong').first().textContent()).toBe('¥23,456.78');
    const domRead = await eventually(async () =>
      (await s.readStore<Snapshot & { payload: { shopDays?: { date: string; metrics: Record<string, number> }[] } }>('snapshots')).find((r) => r.source === 'dom'),
    );
    expect(domRead?.payload.shopDays).toEqual([
      { date: today, metrics: { salesAmount: 23456.78, uv: 12034, pv: 38120, paidBuyers: 384, conversionRate: 0.0319, refundAmount: 512.3 } },
    ]);
    expect(byDate(await s.readStore<DailyRow>('shopDaily'))[today]).toEqual(days[today]);
    expect(await page.locator('shopmate-bridge').count()).toBe(0);
    await s.screenshot(page, 'capture-taobao-spa-home');
  });

  it('SPA navigation to 商品排行 re-detects the page and reads the ranking; back to 首页 re-reads idempotently', async () => {
    const page = s.context.pages().find((p) => p.url().includes('shopmate-fixture=spa'))!;
    await page.getByText('商品排行', { exact: true }).click();
    await expect.poll(() => page.url()).toBe('https://sycm.taobao.com/cc/item_rank?shopmate-fixture=spa');
    const rows = await until(async () => {
      const all = await s.readStore<ItemDailyRow>('itemDaily');
      return all.length === 3 ? all : undefined;
    });
    expect(itemDays(rows, '2026-11-21')).toEqual({
      '652300000101': { uv: 704, pv: 2210, salesAmount: 5988, unitsSold: 30, paidBuyers: 29, conversionRate: 0.0412, cartAdds: 61, refundAmount: 199.6 },
      '652300000102': { uv: 158, pv: 402, salesAmount: 0, unitsSold: 0, paidBuyers: 0, conversionRate: 0, cartAdds: 4 },
      '652300000104': { uv: 12 },
    });
    const items = await s.readStore<ItemRow>('items');
    expect(items.map(({ itemId, title, status, lastSaleDate }) => ({ itemId, title, status, lastSaleDate }))).toEqual([
      { itemId: '652300000101', title: '北欧风陶瓷马克杯 大容量 办公室水杯', status: 'onSale', lastSaleDate: '2026-11-21' },
      { itemId: '652300000102', title: '玻璃花瓶 ins风 客厅插花摆件', status: 'onSale', lastSaleDate: undefined },
      { itemId: '652300000104', title: '实木床头柜 简约现代', status: 'delisted', lastSaleDate: undefined },
    ]);
    // A top list never becomes shop totals: the day rows are what they were.
    expect(byDate(await s.readStore<DailyRow>('shopDaily'))['2026-11-21']?.salesAmount).not.toBe(5988);
    await s.screenshot(page, 'capture-taobao-spa-item-rank');
    // The rendered ranking is read as well, once it has settled.
    await eventually(async () => (await s.readStore<Snapshot>('snapshots')).some((r) => r.source === 'dom' && r.pageKind === 'itemList'));

    const visits = await s.readStore<{ pageKind: string }>('pageVisits');
    expect(visits.map((v) => v.pageKind)).toEqual(['dashboard', 'itemList']);
    const before = { daily: await s.readStore('shopDaily'), itemDaily: await s.readStore('itemDaily'), snapshots: (await s.readStore('snapshots')).length };

    await page.getByText('首页', { exact: true }).click();
    await expect.poll(() => page.url()).toBe('https://sycm.taobao.com/portal/home.htm?shopmate-fixture=spa');
    await eventually(async () => (await s.readStore('pageVisits')).length === 3);
    await expect.poll(() => page.locator('.q3 strong').first().textContent()).toBe('¥23,456.78');
    await settle(s, 3000);
    expect(await s.readStore('shopDaily')).toEqual(before.daily);
    expect(await s.readStore('itemDaily')).toEqual(before.itemDaily);
    expect((await s.readStore('snapshots')).length).toBe(before.snapshots);
  });
});
