import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import type { ShopMetrics } from '../../lib/model/metrics';
import { range, weekIndex } from './history';
import { launchExtension, type ExtensionSession } from './harness';
import { sendFromPage } from './trust-helpers';

/**
 * The side panel's analysis tabs in real Chromium with the built extension, over history seeded
 * through the background's own message path (importReport and campaign.save sent from an
 * extension page, exactly as the options page does): the daily report with its charts, monthly
 * sheet and exports, the item lifecycle / hero / delist / rating lists and the quadrant chart,
 * the campaign review (define one, see the 汇报表, mark it reviewed, export), and the ranked tips
 * that lead to their numbers. Each tab is screenshotted in light and dark mode.
 */

const TODAY = toBusinessDate(Date.now());
const day = (offset: number) => addDays(TODAY, offset);
const SHOP = 'taobao:57300001';

/** 100 days of shop history ending yesterday, with a gap, a conversion-only day, a UV drop and a low DSR yesterday. */
function shopDays() {
  const days: { date: string; metrics: ShopMetrics }[] = [];
  for (let i = 100; i >= 1; i--) {
    if (i === 20) continue; // a day never read: a gap
    const uv = 12000 + (i % 7) * 150;
    const paidBuyers = Math.round(uv * 0.032);
    let metrics: ShopMetrics = { pv: Math.round(uv * 3.1), uv, salesAmount: paidBuyers * 32.5, unitsSold: Math.round(paidBuyers * 1.2), paidBuyers, bounceRate: 0.41, dsr: 4.85 };
    if (i === 10) metrics = { uv, conversionRate: 0.03 }; // only what that page showed
    if (i % 9 === 0) metrics.refundAmount = 120;
    if (i === 1) metrics = { ...metrics, uv: 8000, pv: 24800, paidBuyers: 256, salesAmount: 8320, unitsSold: 300, dsr: 4.75 };
    days.push({ date: day(-i), metrics });
  }
  return days;
}


function items() {
  return [
    // Growing: 10 units/day, then 11 the week before last, 15 last week and this week.
    { itemId: '652301122834', title: '北欧实木床头柜 简约现代', price: 199, status: 'onSale' as const, days: range(-70, -1, (o) => ({ uv: 100, paidBuyers: 3, unitsSold: weekIndex(o) >= -1 ? 15 : weekIndex(o) === -2 ? 11 : 10 })) },
    // Fading: 20, then 18 the week before last, 12 last week: entered decline.
    { itemId: '652301187761', title: '日式棉麻四件套', price: 59, status: 'onSale' as const, days: range(-70, -1, (o) => ({ uv: 300, paidBuyers: 9, unitsSold: weekIndex(o) >= -1 ? 12 : weekIndex(o) === -2 ? 18 : 20 })) },
    // Hero in the last 7 days: 600 UV and 30 buyers a day (5 %), small before.
    { itemId: '652301200001', title: '记忆棉护颈枕头', price: 299, status: 'onSale' as const, days: range(-70, -1, (o) => (o >= -7 ? { uv: 600, paidBuyers: 30, unitsSold: 30, salesAmount: 8970 } : { uv: 100, paidBuyers: 2, unitsSold: 2, salesAmount: 598 })) },
    // Last sale 60 days ago, read every day since.
    { itemId: '652301200002', title: '过季冰丝凉席', price: 9.9, status: 'onSale' as const, days: range(-60, -1, (o) => ({ uv: 20, paidBuyers: o === -60 ? 1 : 0, unitsSold: o === -60 ? 1 : 0 })) },
    // A low-price, low-conversion item with traffic.
    { itemId: '652301200003', title: '简约陶瓷摆件', price: 19.9, status: 'onSale' as const, days: range(-35, -1, () => ({ uv: 200, paidBuyers: 1, unitsSold: 1 })) },
    // Rated under the floor.
    { itemId: '652301200004', title: '竹纤维毛巾 三条装', price: 29, rating: 4.6, status: 'onSale' as const },
  ];
}

async function seed(s: ExtensionSession): Promise<Page> {
  const panel = await s.openExtensionPage('sidepanel.html');
  const importedAt = Date.now();
  for (const [platform, extraction] of [
    ['taobao', { shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: shopDays(), items: items() }],
    ['pinduoduo', { shopId: '880001', shopName: '小鹿家居拼多多店', shopDays: [{ date: day(-2), metrics: { uv: 900, paidBuyers: 27, salesAmount: 810 } }], items: [] }],
  ] as const) {
    const reply = await sendFromPage(panel, 'importReport', { platform, fileName: 'seed.xlsx', importedAt, extraction });
    expect(reply.ok, reply.error).toBe(true);
  }
  const campaign = await sendFromPage(panel, 'campaign.save', {
    shopKey: SHOP,
    platform: 'taobao',
    name: '双11 预售',
    start: day(-21),
    end: day(-15),
    itemIds: ['652301200001', '652301122834'],
    notes: '',
  });
  expect(campaign.ok, campaign.error).toBe(true);
  // Most recently seen shop first: read the Taobao shop again so it is the default.
  await sendFromPage(panel, 'importReport', { platform: 'taobao', fileName: 'again.xlsx', importedAt: importedAt + 1000, extraction: { shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: [], items: [] } });
  await panel.reload();
  return panel;
}

const openTab = async (panel: Page, name: string) => {
  await panel.getByRole('tab', { name }).click();
  await expect.poll(() => panel.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
};

/** A canvas that exists, has a size, and has pixels drawn on it. */
const canvasesDrawn = (panel: Page, testId: string) =>
  panel.evaluate((id) => {
    return [...document.querySelectorAll(`[data-testid="${id}"] canvas`)].map((c) => {
      const canvas = c as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.width || !canvas.height) return 0;
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return painted;
    });
  }, testId);

async function download(panel: Page, region: ReturnType<Page['locator']>, button: string) {
  const [file] = await Promise.all([panel.waitForEvent('download'), region.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

describe('side panel analysis over seeded history', () => {
  let s: ExtensionSession;
  let panel: Page;

  beforeAll(async () => {
    s = await launchExtension();
    panel = await seed(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('数据日报: trend charts drawn, the report table with computed values marked and gaps as gaps', async () => {
    await openTab(panel, '数据日报');
    const table = panel.getByTestId('daily-report');
    await table.waitFor();
    // 30 complete days, newest first.
    expect(await table.locator('tbody tr').count()).toBe(30);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(0, 10)).toEqual(['日期', '浏览量', '访客数', '销售额', '成交件数', '转化率', '客单价', 'DSR', '访问深度', '首页跳失率']);
    expect(headers).toContain('退款金额');
    const yesterday = table.locator(`#an-day-${day(-1)}`);
    const cells = await yesterday.locator('td').allTextContents();
    expect(cells[1]).toBe('8,000');
    expect(cells[4]).toBe('3.20%计'); // 256 / 8000, computed
    expect(cells[5]).toBe('¥32.50计'); // 8320 / 256, computed
    expect(cells[6]).toBe('4.75');
    await expect.poll(() => yesterday.locator('td.an-derived').count()).toBe(3);
    // The unread day is a row of gaps, never zeros.
    const gap = await table.locator(`#an-day-${day(-20)}`).locator('td').allTextContents();
    expect(new Set(gap)).toEqual(new Set(['—']));
    // The day that showed only UV and conversion: conversion as read (not computed), no AOV.
    const partial = await table.locator(`#an-day-${day(-10)}`).locator('td').allTextContents();
    expect(partial.slice(0, 6)).toEqual(['—', '12,450', '—', '—', '3.00%', '—']);

    const charts = panel.locator('figure.an-chart');
    expect(await charts.count()).toBe(4);
    expect(await charts.locator('figcaption strong').allTextContents()).toEqual(['销售额', '访客数', '转化率', '客单价']);
    await expect.poll(async () => (await canvasesDrawn(panel, 'trend-plot')).filter((n) => n > 500).length).toBe(4);

    // 7 days: fewer rows, charts redrawn.
    await panel.locator('.an-segment label', { hasText: '近7天' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(7);
    expect(await panel.getByRole('radio', { name: '近7天' }).isChecked()).toBe(true);
    await panel.locator('.an-segment label', { hasText: '近30天' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(30);

    const monthly = panel.getByTestId('monthly-sheet');
    expect(await monthly.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    await s.screenshot(panel, 'analysis-report-light');
  });

  it('数据日报 exports: an XLSX with Chinese headers and number cells, a CSV with a BOM', async () => {
    const section = panel.locator('section', { has: panel.getByRole('heading', { name: '数据日报表' }) });
    const xlsx = await download(panel, section, '导出 Excel');
    expect(xlsx.name).toBe(`数据日报表-小鹿家居旗舰店-${TODAY}.xlsx`);
    const [sheet] = await readXlsxFile(readFileSync(xlsx.path));
    expect(sheet!.sheet).toBe('数据日报表 小鹿家居旗舰店'); // the shop's name in the sheet too
    expect(sheet!.data[0]!.slice(0, 10)).toEqual(['日期', '浏览量', '访客数', '销售额', '成交件数', '转化率', '客单价', 'DSR', '访问深度', '首页跳失率']);
    const first = sheet!.data[1]!;
    expect((first[0] as unknown as Date).toISOString().slice(0, 10)).toBe(day(-1));
    expect(first.slice(1, 5)).toEqual([24800, 8000, 8320, 300]);
    expect(first[5]).toBeCloseTo(0.032, 10);
    expect(String(first[first.length - 1])).toContain('计算值：转化率、客单价、访问深度');
    expect(sheet!.data).toHaveLength(31);

    const csv = await download(panel, section, '导出 CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const text = readFileSync(csv.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]!.startsWith('日期,浏览量,访客数,销售额,成交件数,转化率,客单价,DSR,访问深度,首页跳失率')).toBe(true);
    expect(lines[1]!.startsWith(`${day(-1)},24800,8000,8320,300,3.20%,32.5,4.75,3.1,41.00%`)).toBe(true);

    const monthly = panel.locator('section', { has: panel.getByRole('heading', { name: '月度数据考核表' }) });
    const month = await download(panel, monthly, '导出 Excel');
    const [m] = await readXlsxFile(readFileSync(month.path));
    expect(m!.data[0]!.slice(0, 5)).toEqual(['月份', '有数据天数', '天数', '浏览量', '访客数']);
  });

  it('宝贝: lifecycle stages with their deciding weeks, hero / delist / rating lists, the quadrant chart', async () => {
    await openTab(panel, '宝贝');
    await panel.getByRole('heading', { name: '生命周期' }).waitFor();
    const chip = (name: string) => panel.getByRole('button', { name: new RegExp(`^${name} \\d+$`) });
    await chip('衰退期').waitFor();
    // Decline is shown first when any item declines.
    const decline = panel.getByTestId('lifecycle-decline');
    await expect.poll(() => decline.textContent()).toContain('日式棉麻四件套');
    expect(await decline.locator('table').first().locator('tbody tr').count()).toBe(3);
    await chip('成长期').click();
    await expect.poll(() => panel.getByTestId('lifecycle-growth').textContent()).toContain('北欧实木床头柜');

    const hero = panel.getByTestId('hero-list');
    await expect.poll(() => hero.textContent()).toContain('记忆棉护颈枕头');
    // The item's bounce was never read: the low-bounce criterion (on by default) is said to be unchecked for it.
    expect(await hero.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['4,200', '210', '5.00%', '—跳失率未知，未检查']);
    expect(await panel.getByTestId('hero-rule').textContent()).toContain('且跳失率不高于店铺平均（41.00%）。');
    await expect.poll(() => panel.getByTestId('delist-list').textContent()).toContain('过季冰丝凉席');
    expect(await panel.getByTestId('delist-list').textContent()).toContain('已经 60 天');
    await expect.poll(() => panel.getByTestId('ratings-list').textContent()).toContain('竹纤维毛巾 三条装');

    await expect.poll(async () => (await canvasesDrawn(panel, 'quadrant-plot')).some((n) => n > 500)).toBe(true);
    await expect.poll(() => panel.locator('.an-quad').count()).toBe(4);
    await s.screenshot(panel, 'analysis-items-light');
  });

  it('活动复盘: the seeded campaign’s 汇报表, a new campaign defined in the form, marked reviewed, exported', async () => {
    await openTab(panel, '活动复盘');
    const review = panel.getByTestId('campaign-review');
    await review.getByRole('heading', { name: /双11 预售/ }).waitFor();
    const sheet = review.getByTestId('campaign-sheet');
    await expect.poll(() => sheet.locator('tbody tr').count()).toBe(10);
    expect(await sheet.locator('tbody tr').first().locator('th').textContent()).toBe('销售额');
    await expect.poll(() => review.textContent()).toContain('活动宝贝');

    // Define a new campaign through the form.
    await panel.getByRole('button', { name: '新建活动' }).click();
    const form = panel.locator('form.an-form');
    await form.getByLabel('活动名称').fill('618 大促');
    await form.getByLabel('开始日期').fill(day(-10));
    await form.getByLabel('结束日期').fill(day(-8));
    await form.getByLabel('按标题或ID搜索宝贝').fill('枕头');
    await form.getByRole('checkbox', { name: /记忆棉护颈枕头/ }).check();
    await form.getByRole('button', { name: '保存' }).click();
    await review.getByRole('heading', { name: /618 大促/ }).waitFor();
    await expect.poll(() => review.getByTestId('campaign-sheet').locator('tbody tr').count()).toBe(10);

    // Notes, then mark reviewed.
    await review.getByLabel('复盘记录（不足与改进）').fill('主图没有及时更换');
    await review.getByRole('button', { name: '保存记录' }).click();
    await expect.poll(() => review.getByRole('status').last().textContent()).toBe('已保存');
    await review.getByRole('button', { name: '标记为已复盘' }).click();
    await expect.poll(() => review.textContent()).toContain('已复盘');
    const [stored] = (await s.readStore<{ name: string; reviewedAt?: number; notes: string; itemIds: string[] }>('campaigns')).filter((c) => c.name === '618 大促');
    expect(stored).toMatchObject({ notes: '主图没有及时更换', itemIds: ['652301200001'] });
    expect(stored!.reviewedAt).toBeGreaterThan(0);
    // Marking it reviewed ticks the daily checklist's 活动分析, saying why.
    const popup = await s.openExtensionPage('popup.html');
    const campaignDuty = popup.locator('li[data-duty="campaign-review"]');
    await expect.poll(() => campaignDuty.locator('.pp-why').textContent()).toMatch(/^自动：\d\d:\d\d 复盘了活动「618 大促」$/);
    expect(await campaignDuty.getByRole('checkbox').isChecked()).toBe(true);
    await popup.close();

    const file = await download(panel, review, '导出 Excel');
    const sheets = await readXlsxFile(readFileSync(file.path));
    expect(sheets.map((x) => x.sheet)).toEqual(['店铺活动销售成果汇报表', '活动宝贝', '不足与改进']);
    expect(sheets[0]!.data[0]![0]).toBe('指标');
    expect(sheets[2]!.data.some((row) => row[1] === '主图没有及时更换')).toBe(true);
    await s.screenshot(panel, 'analysis-campaigns-light');
  });

  it('诊断: ranked, dated tips with their numbers; “查看数据” opens the numbers', async () => {
    await openTab(panel, '诊断');
    const tips = panel.getByTestId('tips');
    await tips.waitFor();
    const rules = await tips.locator('li.an-tip').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['uvDrop', 'dsrFloor', 'itemDecline', 'heroAppearing', 'ratingFloor', 'campaignUnreviewed']));
    const uv = tips.locator('li[data-rule="uvDrop"]');
    expect(await uv.locator('h3').textContent()).toMatch(/访客数 8,000，比前 7 天平均（[\d,]+）少 3\d\.\d\d%/);
    expect(await uv.locator('table').textContent()).toContain('8,000');
    await s.screenshot(panel, 'analysis-tips-light');
    await uv.getByRole('button', { name: '查看数据' }).click();
    await expect.poll(() => panel.getByRole('tab', { name: '数据日报' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => panel.locator(`#an-day-${day(-1)}`).getAttribute('class')).toBe('an-focus');
  });

  it('several shops: a picker, and each shop shows its own numbers', async () => {
    await openTab(panel, '数据日报');
    const picker = panel.getByLabel('店铺', { exact: true }); // exact: 全部店铺 · 月度汇总 is labelled too
    await picker.selectOption({ label: '小鹿家居拼多多店 · 拼多多' });
    const table = panel.getByTestId('daily-report');
    await expect.poll(() => table.locator(`#an-day-${day(-2)} td`).nth(1).textContent()).toBe('900');
    await openTab(panel, '宝贝');
    await panel.getByText('这家店还没有宝贝数据', { exact: false }).waitFor();
    await picker.selectOption({ label: '小鹿家居旗舰店 · 淘宝/天猫' });
  });
});

describe('dark mode and the empty state', () => {
  it('every analysis tab in dark mode; an empty database says what to do', async () => {
    const s = await launchExtension({ colorScheme: 'dark' });
    try {
      const empty = await s.openExtensionPage('sidepanel.html');
      await openTab(empty, '数据日报');
      await empty.getByText('还没有店铺数据。').waitFor();
      expect(await empty.getByRole('link', { name: '打开生意参谋首页' }).getAttribute('href')).toBe('https://sycm.taobao.com/portal/home.htm');
      await s.screenshot(empty, 'analysis-empty-dark');
      await empty.close();
      const panel = await seed(s);
      for (const [tab, name, ready] of [
        ['数据日报', 'report', 'daily-report'],
        ['宝贝', 'items', 'hero-list'],
        ['活动复盘', 'campaigns', 'campaign-sheet'],
        ['诊断', 'tips', 'tips'],
      ] as const) {
        await openTab(panel, tab);
        await panel.getByTestId(ready).waitFor();
        if (name === 'report') await expect.poll(async () => (await canvasesDrawn(panel, 'trend-plot')).length).toBe(4);
        if (name === 'items') await expect.poll(async () => (await canvasesDrawn(panel, 'quadrant-plot')).some((n) => n > 500)).toBe(true);
        await s.screenshot(panel, `analysis-${name}-dark`);
      }
      // Dark theme really applied: the page background is dark.
      expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 28, 31)');
    } finally {
      await s.close();
    }
  });
});
