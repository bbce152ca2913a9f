import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShopMetrics } from '../../lib/model/metrics';
import { launchExtension, type ExtensionSession } from './harness';
import { day, range } from './history';
import { chips, covered, nameShops, setGuidance } from './guidance-helpers';
import { sendFromPage } from './trust-helpers';

/**
 * In-page guidance (issue 19) on the other consoles' shop data pages and item lists, with the
 * built extension in real Chromium: the same layer, anchored the same way (by what the reader
 * read, by the row showing the item's id), whatever the console's markup. Each shop gets a
 * visitors drop yesterday (a 访客数 tip) and one item not sold for 60 days (下架候选); the pages
 * show their own, older days, so the metric chip names the day it is about. 拼多多 经营数据 and
 * 罗盘 首页 are drawn from the console's JSON: their chips find the number by meaning (the
 * catalogue's label beside a number equal to a stored value, or one drawn in an obfuscating font).
 */

interface Console {
  name: string;
  platform: 'pinduoduo' | 'jd' | 'douyin' | 'amazon';
  shop: { shopId: string; shopName?: string; marketplaceId?: string };
  /** The shop data page, where its metric chip is checked. */
  data: string;
  /**
   * The chip expected there: on the visitors number (a 访客数 tip), or — where the page shows no
   * visitors (罗盘 首页) — the 退款率 tip's, beside the 退款金额 it cites (its seed adds refunds).
   */
  chip?: { metric: 'refundRate'; label: RegExp };
  /** The number the chip must sit beside, where the test checks its place. */
  number?: (page: Page) => Locator;
  list: string;
  /** Listed items: the first is the 下架候选, the last has no history. */
  items: [string, string];
}

const CONSOLES: Console[] = [
  {
    name: '拼多多',
    platform: 'pinduoduo',
    shop: { shopId: '880001', shopName: '小鹿家居拼多多店' },
    // 经营数据: its numbers come from the console's JSON and are drawn in an obfuscating font, so the
    // chip finds its number by meaning (under the catalogue's 店铺访客数, unreadable: no day claimed).
    data: 'https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-21',
    number: (page) => page.locator('.cell', { hasText: '店铺访客数' }).locator('strong'),
    list: 'https://mms.pinduoduo.com/goods/goods_list',
    items: ['612345678901', '612345678903'],
  },
  {
    name: '京东',
    platform: 'jd',
    shop: { shopId: '10086001', shopName: '小鹿家居京东店' },
    data: 'https://jdsz.jd.com/szweb/view/index/home.html',
    list: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
    items: ['100012043978', '100012043979'],
  },
  {
    name: '抖店',
    platform: 'douyin',
    shop: { shopId: '7100001' },
    // 罗盘 首页 shows no shop visitors (商品访客数 is not 访客数): the refund tip's chip, beside 退款金额.
    data: 'https://compass.jinritemai.com/shop',
    chip: { metric: 'refundRate', label: /^退款率：\d+月\d+日：超过警戒线。按 Enter 查看原因和建议$/ },
    number: (page) => page.getByText('¥1,206.30', { exact: true }),
    list: 'https://fxg.jinritemai.com/ffa/g/list',
    items: ['3701234567890123456', '3701234567890123457'],
  },
  {
    name: 'Seller Central',
    platform: 'amazon',
    shop: { shopId: 'A2SHOPMATE0001@ATVPDKIKX0DER' },
    data: 'https://sellercentral.amazon.com/business-reports',
    list: 'https://sellercentral.amazon.com/myinventory/inventory',
    items: ['B123456789', 'B345678901'],
  },
];

/**
 * 30 days of 10,000 visitors at 3 %; yesterday 6,000 at 3 %: only the visitors dropped (40 %).
 * With `refunds`, a fifth of each day's sales is refunded (over the 15 % line: a 退款率 tip).
 */
function shopDays(refunds = false) {
  const out: { date: string; metrics: ShopMetrics }[] = [];
  for (let i = 30; i >= 1; i--) {
    const uv = i === 1 ? 6000 : 10000;
    const salesAmount = uv * 0.03 * 50;
    out.push({ date: day(-i), metrics: { uv, paidBuyers: uv * 0.03, salesAmount, ...(refunds ? { refundAmount: salesAmount * 0.2 } : {}) } });
  }
  return out;
}

let s: ExtensionSession;

beforeAll(async () => {
  s = await launchExtension();
  // Off by default (its page cost): the seller turns it on in 设置.
  await setGuidance(s, { enabled: true });
  // The pages name their shops first (the shop keys the seeds go to).
  await nameShops(s, CONSOLES.map((c) => ({ name: c.name, platform: c.platform, url: c.list })));
  const keys = await s.readStore<{ key: string; platform: string; shopId: string; name?: string; consoleId?: string }>('shops');
  const panel = await s.openExtensionPage('sidepanel.html');
  for (const c of CONSOLES) {
    const shop = keys.find((k) => k.platform === c.platform);
    expect(shop, `${c.name} named its shop`).toBeDefined();
    const reply = await sendFromPage(panel, 'importReport', {
      platform: c.platform,
      fileName: 'seed.xlsx',
      importedAt: Date.now(),
      extraction: {
        shopId: shop!.consoleId ?? shop!.shopId,
        ...(shop!.name ? { shopName: shop!.name } : {}),
        shopDays: shopDays(c.chip?.metric === 'refundRate'),
        items: [{ itemId: c.items[0], status: 'onSale', days: range(-60, -1, (o) => ({ uv: 20, paidBuyers: o === -60 ? 1 : 0, unitsSold: o === -60 ? 1 : 0 })) }],
      },
    });
    expect(reply.ok, reply.error).toBe(true);
  }
  await panel.close();
});
afterAll(async () => {
  await s?.close();
});

describe.each(CONSOLES)('in-page guidance on $name', (c) => {
  it('the shop data page: one chip, beside the number its tip is about, naming the day it is about', async () => {
    const page = await s.openConsole(c.data);
    await page.setViewportSize({ width: 1100, height: 760 });
    await chips(page).first().waitFor({ timeout: 20_000 });
    await expect.poll(() => chips(page).count()).toBe(1);
    const chip = chips(page).first();
    expect(await chip.getAttribute('data-metric')).toBe(c.chip?.metric ?? 'uv');
    expect(await chip.getAttribute('aria-label')).toMatch(c.chip?.label ?? /^访客数：\d+月\d+日：比近 7 天均值低 40%。按 Enter 查看原因和建议$/);
    expect(await covered(page)).toEqual([]);
    if (c.number) {
      // Beside its number: right of it on its line, or just under it.
      const [n, b] = [(await c.number(page).boundingBox())!, (await chip.boundingBox())!];
      expect(b.y).toBeGreaterThanOrEqual(n.y - 2);
      expect(b.y).toBeLessThanOrEqual(n.y + n.height + 2);
      expect(b.x).toBeGreaterThanOrEqual(n.x);
      expect(b.x).toBeLessThanOrEqual(n.x + n.width + 8);
    }
    await s.screenshot(page, `guidance-${c.platform}-data`);
    await page.close();
  });

  it('the item list: the 下架候选 marked with its reason, nothing on the item ShopMate knows nothing of', async () => {
    const page = await s.openConsole(c.list);
    await page.setViewportSize({ width: 1100, height: 560 });
    const marked = page.locator(`shopmate-guidance .sg-chip[data-item="${c.items[0]}"]`);
    await marked.waitFor({ timeout: 20_000 });
    expect((await marked.getAttribute('data-marks'))?.split(' ')).toContain('delist');
    expect(await page.locator(`shopmate-guidance .sg-chip[data-item="${c.items[1]}"]`).count()).toBe(0);
    await marked.focus();
    await expect.poll(() => page.locator('shopmate-guidance .sg-pop [data-mark="delist"]').textContent()).toMatch(/已经 60 天/);
    await s.screenshot(page, `guidance-${c.platform}-list`);
    await page.close();
  });
});
