import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import type { ItemMetrics, ShopMetrics } from '../../lib/model/metrics';
import { launchExtension, type ExtensionSession } from './harness';
import { sendFromPage } from './trust-helpers';

/**
 * What the operations guides ask for (issue 18), in real Chromium with the built extension over
 * history seeded through the background's own import path: hero picks require low bounce (seed
 * 001 §二) and say so; items never seen selling are listed apart from "30 天没有成交".
 */

const TODAY = toBusinessDate(Date.now());
const day = (offset: number) => addDays(TODAY, offset);

const range = (from: number, to: number, f: (offset: number) => ItemMetrics | undefined) => {
  const out: { date: string; metrics: ItemMetrics }[] = [];
  for (let o = from; o <= to; o++) {
    const m = f(o);
    if (m) out.push({ date: day(o), metrics: m });
  }
  return out;
};

/** 40 days of a steady shop whose bounce is 40 %. */
function shopDays(): { date: string; metrics: ShopMetrics }[] {
  const days: { date: string; metrics: ShopMetrics }[] = [];
  for (let i = 40; i >= 1; i--) {
    const uv = 10000;
    const paidBuyers = 300;
    days.push({ date: day(-i), metrics: { uv, pv: 30000, paidBuyers, salesAmount: paidBuyers * 50, unitsSold: paidBuyers, bounceRate: 0.4 } });
  }
  return days;
}

function items() {
  return [
    // 700 UV and 35 buyers a day (5 %), bounce 30 %: a hero, low bounce met.
    { itemId: '900000000001', title: '低跳失 纯棉睡衣', price: 129, status: 'onSale' as const, days: range(-10, -1, () => ({ uv: 700, paidBuyers: 35, unitsSold: 35, bounceRate: 0.3 })) },
    // Same traffic and conversion, bounce 70 %: listed apart, not picked.
    { itemId: '900000000002', title: '高跳失 真丝眼罩', price: 59, status: 'onSale' as const, days: range(-10, -1, () => ({ uv: 700, paidBuyers: 35, unitsSold: 35, bounceRate: 0.7 })) },
    // Read on 20 of the last 30 days, never a sale: not "30 天没有成交", but apart.
    { itemId: '900000000003', title: '从未成交 羊毛围巾', price: 199, status: 'onSale' as const, days: range(-20, -1, () => ({ uv: 30, paidBuyers: 0, unitsSold: 0 })) },
    // Last sale 45 days ago.
    { itemId: '900000000004', title: '过季 草编凉帽', price: 39, status: 'onSale' as const, lastSaleDate: day(-45), days: range(-30, -1, () => ({ uv: 10, paidBuyers: 0, unitsSold: 0 })) },
  ];
}

async function seed(s: ExtensionSession): Promise<Page> {
  const panel = await s.openExtensionPage('sidepanel.html');
  const extraction = { shopId: '57300999', shopName: '小满家纺', shopDays: shopDays(), items: items() };
  const reply = await sendFromPage(panel, 'importReport', { platform: 'taobao', fileName: 'seed.xlsx', importedAt: Date.now(), extraction });
  expect(reply.ok, reply.error).toBe(true);
  await panel.reload();
  return panel;
}

const openTab = async (panel: Page, name: string) => {
  await panel.getByRole('tab', { name }).click();
  await expect.poll(() => panel.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
};

describe('the guides’ rules in the side panel', () => {
  let s: ExtensionSession;
  let panel: Page;
  beforeAll(async () => {
    s = await launchExtension();
    panel = await seed(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('主推候选: low bounce is a criterion and the pick says it was met; a high-bounce item is listed apart', async () => {
    await openTab(panel, '宝贝');
    const hero = panel.getByTestId('hero-list');
    await expect.poll(() => hero.textContent()).toContain('低跳失 纯棉睡衣');
    expect(await hero.textContent()).not.toContain('高跳失 真丝眼罩');
    expect(await hero.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['4,900', '245', '5.00%', '30.00%跳失率不高于店铺平均']);
    expect(await panel.getByTestId('hero-rule').textContent()).toContain('且跳失率不高于店铺平均（40.00%）。');
    const apart = panel.getByTestId('hero-high-bounce');
    expect(await apart.locator('summary').textContent()).toBe('流量和转化达标但跳失率偏高（1）');
    await apart.locator('summary').click();
    expect(await apart.textContent()).toContain('高跳失 真丝眼罩');
    expect(await apart.textContent()).toContain('跳失率 70.00%');
  });

  it('下架候选: an item never seen selling is listed apart as “读到 N 天，尚未见到成交”, not under “没有成交”', async () => {
    await openTab(panel, '宝贝');
    const delist = panel.getByTestId('delist-list');
    await expect.poll(() => delist.textContent()).toContain('过季 草编凉帽');
    expect(await delist.textContent()).toContain('已经 45 天');
    expect(await delist.textContent()).not.toContain('从未成交 羊毛围巾');
    const never = panel.getByTestId('delist-never-sold');
    expect(await never.textContent()).toContain('从未成交 羊毛围巾');
    expect(await never.textContent()).toContain('读到 20 天，尚未见到成交。');
    await s.screenshot(panel, 'guides-items');
  });
});
