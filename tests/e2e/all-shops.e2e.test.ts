import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import { SCREENSHOTS, launchExtension, type ExtensionSession } from './harness';
import { sendFromPage } from './trust-helpers';

/**
 * 全部店铺 · 月度汇总 (issue 13) with the built extension in real Chromium: two Taobao shops in
 * yuan and an Amazon shop in dollars, stored through the background's own import path (as the
 * options page sends it), read by the side panel's 数据报表. Each shop on its own row, one total
 * per currency, counts over every shop, and yuan never added to dollars — on screen, in the
 * exports, and at 320 px.
 */

const TODAY = toBusinessDate(Date.now());
// Last month: a whole month, the same figures whatever day the suite runs.
const MONTH = addDays(`${TODAY.slice(0, 7)}-01`, -1).slice(0, 7);
const DAYS_IN_MONTH = Number(addDays(`${TODAY.slice(0, 7)}-01`, -1).slice(8, 10));

const SHOPS = [
  {
    platform: 'taobao',
    extraction: {
      shopId: '57300001',
      shopName: '小鹿家居旗舰店',
      shopDays: [
        { date: `${MONTH}-01`, metrics: { salesAmount: 12000, uv: 3000, paidBuyers: 100 } },
        { date: `${MONTH}-02`, metrics: { salesAmount: 8000, uv: 2000, paidBuyers: 60 } },
      ],
      items: [],
    },
  },
  {
    platform: 'taobao',
    extraction: {
      shopId: '61800002',
      shopName: '青禾茶叶专营店',
      // The 2nd showed only visitors: its sales and buyers are missing, not 0.
      shopDays: [
        { date: `${MONTH}-01`, metrics: { salesAmount: 4400, uv: 1000, paidBuyers: 40 } },
        { date: `${MONTH}-02`, metrics: { uv: 800 } },
      ],
      items: [],
    },
  },
  {
    platform: 'amazon',
    extraction: {
      shopId: 'A2SHOPMATE0001@ATVPDKIKX0DER',
      shopName: 'Acme Home · United States',
      currency: 'USD',
      shopDays: [
        { date: `${MONTH}-01`, metrics: { salesAmount: 412.75, uv: 230, paidBuyers: 9 } },
        { date: `${MONTH}-02`, metrics: { salesAmount: 300, uv: 170, paidBuyers: 6 } },
      ],
      items: [],
    },
  },
] as const;

async function download(panel: Page, region: ReturnType<Page['locator']>, button: string) {
  const [file] = await Promise.all([panel.waitForEvent('download'), region.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

describe('全部店铺 · 月度汇总 in the side panel', () => {
  let s: ExtensionSession;
  let panel: Page;
  beforeAll(async () => {
    s = await launchExtension();
    panel = await s.openExtensionPage('sidepanel.html');
    for (const [i, shop] of SHOPS.entries()) {
      const reply = await sendFromPage(panel, 'importReport', { platform: shop.platform, fileName: 'seed.xlsx', importedAt: Date.now() + i, extraction: shop.extraction });
      expect(reply.ok, reply.error).toBe(true);
    }
    expect((await s.readStore<{ key: string; currency: string }>('shops')).map((x) => [x.key, x.currency]).sort()).toEqual([
      ['amazon:A2SHOPMATE0001@ATVPDKIKX0DER', 'USD'],
      ['taobao:57300001', 'CNY'],
      ['taobao:61800002', 'CNY'],
    ]);
    // The 示例店铺 is loaded too: made-up figures, never part of the seller's summary.
    const sample = await sendFromPage(panel, 'sample.load', {});
    expect(sample.ok, sample.error).toBe(true);
    const sampleDays = (await s.readStore<{ shopKey: string; date: string }>('shopDaily')).filter((r) => r.shopKey === 'taobao:sample');
    expect(sampleDays.filter((r) => r.date.startsWith(MONTH)).length).toBeGreaterThan(20);
    await panel.reload();
  });
  afterAll(async () => {
    await s?.close();
  });

  const section = () => panel.getByTestId('all-shops-section');

  it('this month has no shop’s data yet (the 示例店铺’s days do not count): the summary says how to add shops', async () => {
    await panel.getByRole('tab', { name: '数据日报' }).click();
    // The summary sits below the long daily report: one press next to the shop picker gets there.
    await panel.getByRole('button', { name: '看全部店铺月度汇总' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('[data-testid="all-shops-section"]') !== null && document.activeElement?.tagName)).toBe('SELECT');
    const empty = section().getByTestId('all-shops-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('还没有任何店铺的数据');
    expect(await empty.textContent()).toContain('登录那家店的账号');
    expect(await section().locator('.an-live-tag').textContent()).toBe('截至今天');
    expect(await section().getByRole('button', { name: '导出 Excel' }).count()).toBe(0);
  });

  it('last month: each shop on its own row, a total per currency, counts over all shops, yuan never added to dollars', async () => {
    await section().getByRole('combobox', { name: '月份' }).selectOption(MONTH);
    const table = section().getByTestId('all-shops-summary');
    await table.waitFor();
    expect(await section().locator('.an-live-tag').count()).toBe(0);
    expect(await table.locator('thead th').allTextContents()).toEqual(['店铺', '币种', '有数据天数', '销售额', '访客数', '支付买家数', '转化率', '客单价']);
    const line = async (selector: string) => ({
      name: await table.locator(`${selector} th .as-name`).textContent(),
      cells: await table.locator(`${selector} td`).allTextContents(),
    });
    const rows = await table.locator('tbody tr').evaluateAll((els) => els.map((el) => el.getAttribute('data-shop') ?? `total:${el.getAttribute('data-total')}`));
    expect(rows).toEqual(['taobao:57300001', 'taobao:61800002', 'total:CNY', 'amazon:A2SHOPMATE0001@ATVPDKIKX0DER', 'total:USD', 'total:all']);
    expect(await table.textContent()).not.toContain('示例');
    // 小鹿: Σ over the month; 转化率 = Σbuyers / Σvisitors, 客单价 = Σsales / Σbuyers (computed: 计).
    expect(await line('tr[data-shop="taobao:57300001"]')).toEqual({ name: '小鹿家居旗舰店', cells: ['CNY', `2/${DAYS_IN_MONTH}`, '¥20,000.00', '5,000', '160', '3.20%计', '¥125.00计'] });
    // 青禾: the visitors-only day adds visitors, no sales or buyers; ratios over the day with both.
    expect(await line('tr[data-shop="taobao:61800002"]')).toEqual({ name: '青禾茶叶专营店', cells: ['CNY', `2/${DAYS_IN_MONTH}`, '¥4,400.00', '1,800', '40', '4.00%计', '¥110.00计'] });
    expect(await line('tr[data-total="CNY"]')).toEqual({ name: 'CNY 合计', cells: ['CNY', '', '¥24,400.00', '6,800', '200', '3.33%计', '¥122.00计'] });
    expect(await line('tr[data-shop^="amazon:"]')).toEqual({ name: 'Acme Home · United States', cells: ['USD', `2/${DAYS_IN_MONTH}`, 'US$712.75', '400', '15', '3.75%计', 'US$47.52计'] });
    expect(await line('tr[data-total="USD"]')).toEqual({ name: 'USD 合计', cells: ['USD', '', 'US$712.75', '400', '15', '3.75%计', 'US$47.52计'] });
    // Every shop: 7,200 visitors, 215 buyers, 215 / 6,400 converted; money is not added.
    expect(await line('tr[data-total="all"]')).toEqual({ name: '全部店铺合计', cells: ['—', '', '不相加', '7,200', '215', '3.36%计', '不相加'] });
    expect(await table.textContent()).not.toContain('25,112.75');
    await s.screenshot(panel, 'all-shops-summary');
  });

  it('exports the summary as 全部店铺 (XLSX and CSV) with a 币种 column and money per currency', async () => {
    const xlsx = await download(panel, section(), '导出 Excel');
    expect(xlsx.name).toBe(`月度汇总-全部店铺-${MONTH}.xlsx`);
    const [sheet] = await readXlsxFile(readFileSync(xlsx.path));
    expect(sheet!.sheet).toBe(`全部店铺 ${MONTH}`);
    expect(sheet!.data[0]).toEqual(['店铺', '平台', '币种', '有数据的店铺', '有数据天数', '天数', '销售额', '访客数', '支付买家数', '转化率', '客单价', '说明']);
    const byName = Object.fromEntries(sheet!.data.slice(1).map((r) => [r[0] as string, r]));
    expect(byName['小鹿家居旗舰店']!.slice(1, 9)).toEqual(['淘宝/天猫', 'CNY', null, 2, DAYS_IN_MONTH, 20000, 5000, 160]);
    expect(byName['CNY 合计']!.slice(2, 9)).toEqual(['CNY', 2, null, DAYS_IN_MONTH, 24400, 6800, 200]);
    expect(byName['USD 合计']!.slice(2, 9)).toEqual(['USD', 1, null, DAYS_IN_MONTH, 712.75, 400, 15]);
    expect(byName['全部店铺合计']!.slice(6, 9)).toEqual([null, 7200, 215]);
    expect(byName['全部店铺合计']![10]).toBeNull();
    expect(String(byName['全部店铺合计']![11])).toContain('金额不跨币种相加');

    const csv = await download(panel, section(), '导出 CSV');
    expect(csv.name).toBe(`月度汇总-全部店铺-${MONTH}.csv`);
    const lines = readFileSync(csv.path, 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('店铺,平台,币种,有数据的店铺,有数据天数,天数,销售额,访客数,支付买家数,转化率,客单价,说明');
    expect(lines.find((l) => l.startsWith('USD 合计'))).toMatch(/^USD 合计,,USD,1,,\d+,712\.75,400,15,3\.75%,47\.5\d*,/);
    expect(lines.find((l) => l.startsWith('全部店铺合计'))).toMatch(/^全部店铺合计,,,3,,\d+,,7200,215,3\.36%,,/);
  });

  it('fits a 320 px panel: the table scrolls inside its own box, nothing clipped; keyboard and dark mode', async () => {
    await panel.setViewportSize({ width: 320, height: 900 });
    const box = section().locator('.an-scroll');
    await section().scrollIntoViewIfNeeded();
    const fit = await panel.evaluate(() => {
      const scroll = document.querySelector('[data-testid="all-shops-section"] .an-scroll') as HTMLElement;
      const sectionBox = document.querySelector('[data-testid="all-shops-section"]')!.getBoundingClientRect();
      // Only this section is checked: the panel header is another feature's.
      const wide = [...document.querySelectorAll('[data-testid="all-shops-section"] *')].filter((el) => !el.closest('.an-scroll') && el.getBoundingClientRect().right > 320).map((el) => `${el.tagName}.${el.className}:${Math.round(el.getBoundingClientRect().right)}`).slice(0, 12);
      return { wide, right: sectionBox.right, scrolls: scroll.scrollWidth > scroll.clientWidth, boxRight: scroll.getBoundingClientRect().right };
    });
    expect(fit.wide).toEqual([]);
    expect(fit.right).toBeLessThanOrEqual(320);
    expect(fit.boxRight).toBeLessThanOrEqual(320);
    expect(fit.scrolls).toBe(true);
    // The keyboard reaches the table's box and scrolls it; the shop column stays in view.
    await box.focus();
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('全部店铺 · 月度汇总');
    for (let i = 0; i < 5; i++) await panel.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const name = section().locator('tr[data-shop="taobao:57300001"] th');
    expect((await name.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    expect(await name.isVisible()).toBe(true);
    await box.evaluate((el) => (el.scrollLeft = 0));
    await section().screenshot({ path: `${SCREENSHOTS}/all-shops-summary-320.png` });

    await panel.emulateMedia({ colorScheme: 'dark' });
    const background = await name.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(27, 28, 31)'); // the dark theme's --bg: the sticky column is not a white block
    await section().screenshot({ path: `${SCREENSHOTS}/all-shops-summary-320-dark.png` });
  });
});
