import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftFixtureDates } from '../../scripts/console-routes.mjs';
import { cardCovers, chips, covered, setGuidance } from './guidance-helpers';
import { FIXTURES, launchExtension, type ExtensionSession } from './harness';
import { range, visitorDropDays } from './history';
import { sendFromPage } from './trust-helpers';

/**
 * In-page guidance (issue 19) on the Taobao pages the other files leave out, with the built
 * extension in real Chromium: 生意参谋 交易概况 and 流量 (店铺来源) get the 访客数 tip's chip on
 * their visitors number; 千牛 商品管理 marks the item not sold for 60 days (下架候选) and nothing
 * else; the console's own link under a chip's row still takes a real click; at a 320 px-wide
 * window the chips and their cards stay inside the window and widen nothing; and after two title
 * saves on the item edit page (the title guard records them), the list marks that item
 * 标题 24 h 内已改 2 次 with its reason; and the layer follows the console's own light or dark look
 * (the same list drawn dark), not the browser's preference.
 */

const TRADE = 'https://sycm.taobao.com/bda/tradinganaly/overview/overview.htm';
const FLOW = 'https://sycm.taobao.com/flow/monitor/shopsource/construction';
const ITEMS = 'https://myseller.taobao.com/home.htm/SellManage/on_sale';
const DARK_ITEMS = `${ITEMS}?shopmate-fixture=dark`;
const EDIT = 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=728461930215';

let s: ExtensionSession;

/** The console's own link at the point a real click lands: it must be the link, not the layer. */
async function clicksThrough(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const a = document.querySelector(sel)!;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      document.body.dataset.clicked = a.textContent ?? '';
    });
  }, selector);
  // The middle of its first line (a title that wraps leaves a gap in the middle of its box).
  const [x, y] = await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getClientRects()[0]!;
    return [r.left + r.width / 2, r.top + r.height / 2];
  }, selector);
  await page.mouse.click(x!, y!);
  return page.evaluate(() => document.body.dataset.clicked);
}

beforeAll(async () => {
  s = await launchExtension();
  // The same list in a dark look (as consoles with a dark theme draw it): a dark page under light text.
  const dark = readFileSync(path.join(FIXTURES, 'taobao/qianniu-items.html'), 'utf8').replace(
    '</style>',
    '  body { background: #141414; color: #d9d9d9; } a { color: #69b1ff; } .k2 th, .k2 td { border-color: #303030; }\n</style>',
  );
  await s.context.route(DARK_ITEMS, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: dark }));
  const trade = shiftFixtureDates(readFileSync(path.join(FIXTURES, 'guidance/sycm-trade.html'), 'utf8'));
  await s.context.route(TRADE, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: trade }));
  // Off by default (its page cost): the seller turns it on in 设置.
  await setGuidance(s, { enabled: true });
  const panel = await s.openExtensionPage('sidepanel.html');
  const reply = await sendFromPage(panel, 'importReport', {
    platform: 'taobao',
    fileName: 'seed.xlsx',
    importedAt: Date.now(),
    extraction: {
      shopId: '57300001',
      shopName: '小鹿家居旗舰店',
      shopDays: visitorDropDays(),
      // 千牛 商品管理 lists 728461930215–17: the middle one last sold 60 days ago; the others have no history.
      items: [{ itemId: '728461930216', status: 'onSale', days: range(-60, -1, (o) => ({ uv: 20, paidBuyers: o === -60 ? 1 : 0, unitsSold: o === -60 ? 1 : 0 })) }],
    },
  });
  expect(reply.ok, reply.error).toBe(true);
  await panel.close();
});
afterAll(async () => {
  await s?.close();
});

describe('in-page guidance on 生意参谋 交易/流量 and 千牛 商品管理', () => {
  it('交易概况: one chip, beside yesterday’s 访客数; the page’s own link still clicks', async () => {
    const page = await s.openConsole(TRADE);
    await page.setViewportSize({ width: 1100, height: 640 });
    await chips(page).first().waitFor({ timeout: 20_000 });
    await expect.poll(() => chips(page).count()).toBe(1);
    const chip = chips(page).first();
    expect(await chip.getAttribute('data-metric')).toBe('uv');
    expect(await chip.getAttribute('aria-label')).toBe('访客数：比近 7 天均值低 40%。按 Enter 查看原因和建议');
    expect(await covered(page)).toEqual([]);
    const n = (await page.getByText('6,000', { exact: true }).boundingBox())!;
    const b = (await chip.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(n.y - 2);
    expect(b.y).toBeLessThanOrEqual(n.y + n.height + 2);
    expect(b.x).toBeGreaterThanOrEqual(n.x);
    expect(await clicksThrough(page, 'main a')).toBe('查看交易明细');
    await s.screenshot(page, 'guidance-taobao-trade');
    await page.close();
  });

  it('流量 · 店铺来源: the chip on the shop’s 访客数 (today’s, so it names the day its tip is about), not on a source row', async () => {
    const page = await s.openConsole(FLOW);
    await page.setViewportSize({ width: 1100, height: 640 });
    await chips(page).first().waitFor({ timeout: 20_000 });
    await expect.poll(() => chips(page).count()).toBe(1);
    const chip = chips(page).first();
    expect(await chip.getAttribute('aria-label')).toMatch(/^访客数：\d+月\d+日：比近 7 天均值低 40%。按 Enter 查看原因和建议$/);
    const n = (await page.locator('.oui-card-x9 b').first().boundingBox())!;
    const b = (await chip.boundingBox())!;
    expect(Math.abs(b.y + b.height / 2 - (n.y + n.height / 2))).toBeLessThanOrEqual(n.height);
    expect(await covered(page)).toEqual([]);
    await page.close();
  });

  it('千牛 商品管理: the 下架候选 marked with its reason, nothing on the items without history; the row’s link still clicks', async () => {
    const page = await s.openConsole(ITEMS);
    await page.setViewportSize({ width: 1100, height: 560 });
    const marked = page.locator('shopmate-guidance .sg-chip[data-item="728461930216"]');
    await marked.waitFor({ timeout: 20_000 });
    expect(await chips(page).count()).toBe(1);
    expect((await marked.getAttribute('data-marks'))?.split(' ')).toContain('delist');
    expect(await covered(page)).toEqual([]);
    await marked.focus();
    await expect.poll(() => page.locator('shopmate-guidance .sg-pop [data-mark="delist"]').textContent()).toMatch(/已经 60 天/);
    await page.keyboard.press('Escape');
    expect(await clicksThrough(page, 'a[href*="728461930216"]')).toBe('洗发水 去屑止痒 控油蓬松 500ml');
    await s.screenshot(page, 'guidance-qianniu-items');
    await page.close();
  });

  it('at a 320 px-wide window: the chip and its open card stay inside the window and widen nothing', async () => {
    const page = await s.openConsole(ITEMS);
    await page.setViewportSize({ width: 320, height: 640 });
    const chip = page.locator('shopmate-guidance .sg-chip[data-item="728461930216"]');
    await chip.waitFor({ timeout: 20_000 });
    // The page's own width, with and without the layer: the layer adds none.
    const widths = () =>
      page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('shopmate-guidance')!;
        const withLayer = document.documentElement.scrollWidth;
        host.style.display = 'none';
        const without = document.documentElement.scrollWidth;
        host.style.display = '';
        return [withLayer, without];
      });
    const inside = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      const scrollX = await page.evaluate(() => window.scrollX);
      return box.x - scrollX >= 0 && box.x - scrollX + box.width <= 320;
    };
    expect(await inside('shopmate-guidance .sg-chip[data-item="728461930216"]')).toBe(true);
    expect(await covered(page)).toEqual([]);
    // Focused (its ring drawn) and open, it still covers nothing; the card covers nothing of its row.
    await chip.focus();
    await page.keyboard.press('Enter');
    await page.locator('shopmate-guidance .sg-pop').waitFor();
    expect(await covered(page)).toEqual([]);
    expect(await cardCovers(page, 'tr:has(a[href*="728461930216"])')).toEqual([]);
    expect(await inside('shopmate-guidance .sg-pop')).toBe(true);
    const [withLayer, without] = await widths();
    expect(withLayer).toBe(without);
    await s.screenshot(page, 'guidance-320');
    await page.close();
  });

  it('标题 24 h 内已改 N 次: two title saves on the item edit page mark that item on the list, with its reason; none on an item not edited', async () => {
    // The real path: the title guard on the item edit page records each save (titleEdit.record).
    const edit = await s.openConsole(EDIT);
    await edit.locator('shopmate-title-guard section').waitFor({ timeout: 20_000 });
    const title = edit.locator('#sell-field-title input');
    const saves = async () => (await s.readStore<{ itemId: string }>('titleEdits')).filter((e) => e.itemId === '728461930215').length;
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴乳');
    await edit.getByRole('button', { name: '提交宝贝信息' }).click();
    await expect.poll(saves).toBe(1);
    await title.fill('沐浴露女持久留香美白家庭装 氨基酸沐浴露');
    await edit.getByRole('button', { name: '提交宝贝信息' }).click();
    await expect.poll(saves).toBe(2);
    await edit.close();

    const page = await s.openConsole(ITEMS);
    await page.setViewportSize({ width: 1100, height: 560 });
    const marked = page.locator('shopmate-guidance .sg-chip[data-item="728461930215"]');
    await marked.waitFor({ timeout: 20_000 });
    expect(await marked.getAttribute('data-marks')).toBe('titleEdits');
    // Two edits is the window's limit (a setting, 2 in 24 h by default): the mark warns.
    expect(await marked.textContent()).toBe('标题 24 h 内已改 2 次');
    expect(await marked.evaluate((c) => c.parentElement!.classList.contains('sg-warn'))).toBe(true);
    // The other marked item keeps its own marks; the item never edited and without history has none.
    expect((await page.locator('shopmate-guidance .sg-chip[data-item="728461930216"]').getAttribute('data-marks'))?.split(' ')).not.toContain('titleEdits');
    expect(await page.locator('shopmate-guidance .sg-chip[data-item="728461930217"]').count()).toBe(0);
    expect(await covered(page)).toEqual([]);
    await marked.focus();
    const reason = page.locator('shopmate-guidance .sg-pop [data-mark="titleEdits"]');
    await expect.poll(() => reason.textContent()).toBe('标题 24 h 内已改 2 次 24 小时内最多改 2 次，改得太勤会影响搜索权重；每次最多改 3 个字。 已到上限：今天先别再改这个标题。');
    expect(await cardCovers(page, 'tr:has(a[href*="728461930215"])')).toEqual([]);
    await page.close();
  });

  it('in a list that scrolls on its own: a chip follows its row, stays inside the list, and goes while its row is scrolled out of view', async () => {
    const page = await s.openConsole(ITEMS);
    await page.setViewportSize({ width: 1100, height: 560 });
    const chip = page.locator('shopmate-guidance .sg-chip[data-item="728461930216"]');
    await chip.waitFor({ timeout: 20_000 });
    // The console's rows scroll inside their own box (.k3, as 千牛's fixed-header grid); a short one shows the first row only.
    await page.addStyleTag({ content: '.k3 { max-height: 60px !important; }' });
    const list = () => page.evaluate(() => {
      const k3 = document.querySelector('.k3')!;
      const r = k3.getBoundingClientRect();
      return { top: r.top + k3.clientTop, bottom: r.top + k3.clientTop + k3.clientHeight, left: r.left, right: r.left + k3.clientWidth };
    });
    const row = () => page.evaluate(() => document.querySelector('tr:has(a[href*="728461930216"])')!.getBoundingClientRect().toJSON() as DOMRect);
    // Its row is below the list's fold: no chip for it.
    await expect.poll(() => chip.count(), { timeout: 5_000 }).toBe(0);
    // Scrolled into view: the chip is back, beside its row, inside the list, covering nothing.
    await page.evaluate(() => document.querySelector('.k3')!.scrollTo(0, 60));
    await chip.waitFor({ timeout: 5_000 });
    const inList = async () => {
      const [b, l, r] = [(await chip.boundingBox())!, await list(), await row()];
      return b.y >= l.top && b.y + b.height <= l.bottom && b.x >= l.left && b.x + b.width <= l.right && b.y >= r.top - 1 && b.y + b.height <= r.bottom + 1;
    };
    await expect.poll(inList, { timeout: 5_000 }).toBe(true);
    expect(await covered(page)).toEqual([]);
    // Scrolled a little: it follows its row.
    await page.evaluate(() => document.querySelector('.k3')!.scrollBy(0, -20));
    await expect.poll(inList, { timeout: 5_000 }).toBe(true);
    // Scrolled back out of view: gone again.
    await page.evaluate(() => document.querySelector('.k3')!.scrollTo(0, 0));
    await expect.poll(() => chip.count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  });

  it('follows the console’s look: light chips and card on the light list (also under a dark browser), dark ones on the list drawn dark', async () => {
    /** The layer's look: dark or not, the warning chip's colours and the open card's. */
    const look = async (page: Page) => {
      const chip = page.locator('shopmate-guidance .sg-chip[data-item="728461930216"]');
      await chip.waitFor({ timeout: 20_000 });
      await chip.focus();
      const pop = page.locator('shopmate-guidance .sg-pop');
      await pop.waitFor();
      const colors = await page.evaluate(() => {
        const root = document.querySelector('shopmate-guidance')!.shadowRoot!;
        const of = (sel: string) => getComputedStyle(root.querySelector(sel)!);
        return {
          dark: root.querySelector('.sg-root')!.classList.contains('sg-dark'),
          chip: [of('.sg-chip[data-item="728461930216"]').backgroundColor, of('.sg-chip[data-item="728461930216"]').color],
          card: [of('.sg-pop').backgroundColor, of('.sg-pop').color, of('.sg-pop').borderTopColor],
        };
      });
      expect(await covered(page)).toEqual([]);
      return colors;
    };
    const light = { dark: false, chip: ['rgb(188, 76, 0)', 'rgb(255, 255, 255)'], card: ['rgb(255, 255, 255)', 'rgb(31, 35, 40)', 'rgb(208, 215, 222)'] };
    const dark = { dark: true, chip: ['rgb(219, 109, 40)', 'rgb(255, 255, 255)'], card: ['rgb(22, 27, 34)', 'rgb(230, 237, 243)', 'rgb(48, 54, 61)'] };

    const page = await s.openConsole(ITEMS);
    await page.setViewportSize({ width: 1100, height: 560 });
    expect(await look(page)).toEqual(light);
    // The browser's own preference does not decide: the console's page is still light.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await look(page)).toEqual(light);
    await page.close();

    const night = await s.openConsole(DARK_ITEMS);
    await night.setViewportSize({ width: 1100, height: 560 });
    expect(await look(night)).toEqual(dark);
    await s.screenshot(night, 'guidance-dark');
    await night.close();
  });
});
