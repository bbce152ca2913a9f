import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, type ExtensionSession } from './harness';

/**
 * A seller's first day (issue 14) in real Chromium with the built extension: a new profile
 * loads the 示例店铺 from the side panel's empty state, every tab then shows content and says it
 * is sample data, one click removes it (no row left), the panel fits 320 px without horizontal
 * clipping, and a browser in English gets English.
 */

const TABS = ['今日', '标题助手', '数据日报', '宝贝', '活动复盘', '诊断', '清单考核'] as const;

/** Content that shows each tab is at work (not its empty state). */
const CONTENT: Record<(typeof TABS)[number], string> = {
  今日: 'section.captured-today li.captured',
  标题助手: '.title-results li',
  数据日报: '[data-testid="daily-report"] tbody tr',
  宝贝: '#an-sec-lifecycle table, #an-sec-lifecycle li',
  活动复盘: '[data-testid="campaign-review"]',
  诊断: '[data-testid="tips"] li',
  清单考核: 'table',
};

/** The widest element that sticks out of the page, if any (scrolling regions may be wider inside). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      // Inside a scrolling region is fine: it scrolls.
      if (el.parentElement?.closest('.an-scroll, .cl-table-wrap')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(r.right)}`);
    }
    return out.slice(0, 5);
  });

describe('a seller’s first day', () => {
  let s: ExtensionSession;
  let panel: Page;

  beforeAll(async () => {
    s = await launchExtension();
    panel = await s.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 320, height: 900 });
  });
  afterAll(() => s?.close());

  const openTab = async (name: string) => {
    await panel.getByRole('tab', { name, exact: true }).click();
    await panel.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  };

  it('a new profile: each analysis tab says what it needs and how far along, and offers the sample shop', async () => {
    await openTab('数据日报');
    await expect.poll(() => panel.locator('.an-empty').textContent()).toContain('趋势图需要 7 天每日数据，已有 0 天');
    expect(await panel.locator('.an-empty a').getAttribute('href')).toBe('https://sycm.taobao.com/portal/home.htm');
    await openTab('宝贝');
    await expect.poll(() => panel.locator('.an-empty').textContent()).toContain('生命周期需要 3 周数据，已有 0 天');
    expect(await panel.locator('.an-empty a').getAttribute('href')).toBe('https://sycm.taobao.com/cc/item_rank');
    await openTab('诊断');
    await expect.poll(() => panel.locator('.an-empty').textContent()).toMatch(/需要 \d+ 天每日数据，已有 0 天/);
    expect(await panel.getByRole('button', { name: '载入示例店铺' }).count()).toBe(1);
    await s.screenshot(panel, 'firstday-empty-320');
    expect(await overflow(panel)).toEqual([]);
  });

  it('loads the sample shop in one click; every tab then shows content and says it is sample data, at 320 px without clipping', async () => {
    await panel.getByRole('button', { name: '载入示例店铺' }).click();
    await panel.getByTestId('sample-banner').waitFor();
    const shops = await eventually(() => s.readStore<{ key: string; sample?: boolean }>('shops'));
    expect(shops).toEqual([expect.objectContaining({ key: 'taobao:sample', sample: true })]);
    expect((await s.readStore('shopDaily')).length).toBeGreaterThanOrEqual(90);
    // Nothing of the seller's own checklist is written.
    expect(await s.readStore('pageVisits')).toEqual([]);
    expect(await s.readStore('checklistDays')).toEqual([]);

    for (const tab of TABS) {
      await openTab(tab);
      await expect.poll(() => panel.locator(CONTENT[tab]).count(), { timeout: 20_000, message: tab }).toBeGreaterThan(0);
      expect(await panel.getByTestId('sample-banner').isVisible(), tab).toBe(true);
      expect(await overflow(panel), tab).toEqual([]);
      await s.screenshot(panel, `firstday-sample-${TABS.indexOf(tab)}-320`);
    }
    // The shop is named as the sample wherever a shop is named.
    await openTab('数据日报');
    await expect.poll(() => panel.locator('.an-shop').textContent()).toContain('示例店铺');
    await panel.locator('[data-testid="daily-report"]').waitFor();
    // README's 320 px screenshot (assets/screenshots/sidepanel-320.png) is this one.
    await s.screenshot(panel, 'firstday-report-320');
  });

  it('one click removes it: no sample row is left and the tabs are empty again', async () => {
    await panel.getByTestId('sample-banner').getByRole('button', { name: '移除示例店铺' }).click();
    await panel.getByTestId('sample-banner').waitFor({ state: 'detached' });
    for (const store of ['shops', 'shopDaily', 'itemDaily', 'items', 'campaigns', 'titleEdits', 'snapshots']) {
      expect(await s.readStore(store), store).toEqual([]);
    }
    await openTab('数据日报');
    await expect.poll(() => panel.locator('.an-empty').count()).toBe(1);
  });
});

describe('an English browser', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    // The seller has not chosen a language: the UI follows the browser's (en-US here).
    s = await launchExtension({ locale: 'en-US', language: 'auto' });
  });
  afterAll(() => s?.close());

  it('gets English in the side panel, the popup and the options page until the seller chooses', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    await panel.getByRole('heading', { name: 'ShopMate' }).waitFor();
    expect(await panel.getByRole('tab', { name: 'Daily report' }).count()).toBe(1);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    const popup = await s.openExtensionPage('popup.html');
    await popup.getByText('ShopMate').first().waitFor();
    const options = await s.openExtensionPage('options.html');
    const select = options.getByRole('combobox', { name: 'Language' });
    expect(await select.inputValue()).toBe('auto');
    expect(await select.locator('option:checked').textContent()).toBe('Same as the browser (now English)');
    // Choosing Chinese wins over the browser, everywhere.
    await select.selectOption('zh-CN');
    await panel.getByRole('heading', { name: '掌柜助手' }).waitFor();
  });
});
