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
  // The sample's own list (its reads tick 数据报表), never the seller's.
  清单考核: '.cl-table td.cl-cell.done',
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

/** Charts wider than their card's content box (a chart sized from the card's padding box stuck out of it). */
const chartsPastCards = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.an-chart')].flatMap((card) => {
      const style = getComputedStyle(card);
      const right = card.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const plot = card.querySelector('.uplot');
      const r = plot?.getBoundingClientRect();
      return r && r.right > right + 0.5 ? [`${card.querySelector('figcaption strong')?.textContent}: ${Math.round(r.right)} > ${Math.round(right)}`] : [];
    }),
  );

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
    // The button waits for its own query (is the sample loaded?), a moment after the empty state's text.
    await expect.poll(() => panel.getByRole('button', { name: '载入示例店铺' }).count()).toBe(1);
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
    // The seller's checklist (the header's, the popup's, the badge's) gets nothing from the sample's reads.
    await expect.poll(() => panel.getByTestId('checklist-progress').getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    const popup = await s.openExtensionPage('popup.html');
    await popup.locator('li[data-duty="daily-report"]').waitFor();
    expect(await popup.getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe('0');
    expect(await popup.getByText('示例店铺').count()).toBe(0);
    await popup.close();

    for (const tab of TABS) {
      await openTab(tab);
      await expect.poll(() => panel.locator(CONTENT[tab]).count(), { timeout: 20_000, message: tab }).toBeGreaterThan(0);
      expect(await panel.getByTestId('sample-banner').isVisible(), tab).toBe(true);
      // Charts are drawn once their card is laid out, at its width: checked once, as soon as every chart is drawn.
      await panel.waitForFunction(() => [...document.querySelectorAll('.an-plot')].every((p) => p.querySelector('.uplot canvas')));
      expect(await overflow(panel), tab).toEqual([]);
      expect(await chartsPastCards(panel), tab).toEqual([]);
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

describe('a year from one export: the import preview', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(() => s?.close());

  /** 生意参谋 daily shop report, 21 days ending yesterday: the issue's ¥2.35 M day (客单价 ¥5,858), an impossible 140 % conversion, and an 8× visitor spike. */
  const report = () => {
    const lines = ['统计日期,访客数,浏览量,支付金额,支付买家数,支付件数,支付转化率,客单价,备注列'];
    const today = new Date();
    for (let i = 21; i >= 1; i--) {
      const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
      const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const uv = i === 5 ? 80000 : 10000 + (i % 7) * 300;
      const sales = i === 12 ? 2350000 : 20000 + (i % 7) * 400;
      const aov = i === 12 ? 5858 : Math.round((sales / 400) * 100) / 100;
      const conversion = i === 8 ? '140.00%' : `${((400 / uv) * 100).toFixed(2)}%`;
      lines.push(`${date},${uv},${uv * 3},${sales},400,450,${conversion},${aov},x`);
    }
    return { name: '生意参谋-店铺日报.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') };
  };

  it('shows the columns, the first rows and the outliers before writing, and drops what the seller unticks', async () => {
    const options = await s.openExtensionPage('options.html');
    const section = options.getByTestId('import-section');
    await section.getByLabel('选择报表文件').setInputFiles(report());
    const preview = section.getByTestId('import-preview');
    await preview.waitFor();
    const columns = (await preview.getByTestId('import-columns').textContent()) ?? '';
    expect(columns).toContain('支付金额 → 销售额');
    expect(columns).toContain('未使用的列：备注列');
    expect(await preview.getByTestId('import-first-rows').locator('tbody tr').count()).toBe(5);
    const outliers = preview.getByTestId('import-outliers').locator('li');
    await expect.poll(() => outliers.count()).toBe(3);
    const texts = await outliers.allTextContents();
    // Oldest first: the ¥2.35 M day, the 140 % conversion, the visitor spike.
    expect(texts[0]).toMatch(/销售额 ¥2,350,000.00，是前后几天中位数 ¥[\d,.]+ 的 [\d.]+ 倍/);
    expect(texts[1]).toContain('转化率 140.00%，超过 100%');
    expect(texts[2]).toMatch(/访客数 80,000，是前后几天中位数 [\d,]+ 的 [\d.]+ 倍/);
    // The impossible day is left out by default; spikes (a real 双11 is one) are kept by default.
    const checks = outliers.getByRole('checkbox');
    expect(await checks.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([true, false, true]);
    await s.screenshot(options, 'firstday-import-outliers');
    // The seller drops the ¥2.35 M day too.
    const spikeDate = await outliers.nth(0).getAttribute('data-date');
    await checks.nth(0).uncheck();
    expect(await preview.getByTestId('import-outliers').textContent()).toContain('2 天不导入');
    // Nothing was written before confirming.
    expect(await s.readStore('shopDaily')).toEqual([]);
    await section.getByRole('button', { name: '确认导入' }).click();
    await section.getByTestId('import-done').waitFor();
    const rows = await eventually(() => s.readStore<{ date: string; metrics: { salesAmount?: number } }>('shopDaily'));
    expect(rows).toHaveLength(19);
    expect(rows.some((r) => r.date === spikeDate)).toBe(false);
    expect(rows.some((r) => r.metrics.salesAmount === 2350000)).toBe(false);
  });
});
