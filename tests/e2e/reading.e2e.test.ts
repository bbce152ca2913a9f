import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import { eventually, launchExtension, type ExtensionSession } from './harness';

/**
 * Reading by meaning (issue 11), with the built extension in real Chromium on layouts written
 * apart from the reader (tests/fixtures/console/reading/, served under the consoles' real URLs):
 * a card whose value stands above its label with yesterday's figure under it, a 生意参谋 module
 * inside a same-origin frame, and Seller Central in 简体中文 — on the page and on import (with the
 * English import beside it).
 */

interface DailyRow {
  shopKey: string;
  date: string;
  metrics: Record<string, number>;
}
const TODAY = toBusinessDate(Date.now());
const YESTERDAY = addDays(TODAY, -1);
const IMPORTS = path.resolve(import.meta.dirname, '../fixtures/import');

let s: ExtensionSession;

/** A platform's day rows (any shop of it: shop identity is another module's business). */
const daysOf = async (platform: string) => (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey.startsWith(`${platform}:`));

/** Waits until the day has at least these metrics, and returns its metrics. */
async function dayWith(platform: string, date: string, keys: string[]): Promise<Record<string, number>> {
  const row = await eventually(async () => {
    const found = (await daysOf(platform)).find((r) => r.date === date);
    return found && keys.every((k) => k in found.metrics) ? found : undefined;
  });
  if (!row) throw new Error(`timed out waiting for ${platform} ${date} ${keys.join(',')}: ${JSON.stringify(await daysOf(platform))}`);
  return row.metrics;
}

async function open(url: string, name: string): Promise<Page> {
  const page = await s.openConsole(url);
  await page.waitForLoadState('load');
  await s.screenshot(page, name);
  return page;
}

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

describe('reading layouts the reader was not written for', () => {
  it('a card whose value stands above its label: today\'s value, split pieces joined; 昨日全天 goes to yesterday, never today', async () => {
    const page = await open('https://sycm.taobao.com/portal/home.htm?shopmate-fixture=value-above', 'reading-value-above');
    const today = await dayWith('taobao', TODAY, ['salesAmount', 'uv', 'conversionRate', 'paidBuyers']);
    expect(today).toEqual({ salesAmount: 32600, uv: 1208, conversionRate: 0.0555, paidBuyers: 67 });
    const yesterday = await dayWith('taobao', YESTERDAY, ['salesAmount', 'uv', 'paidBuyers']);
    expect(yesterday).toEqual({ salesAmount: 29870.5, uv: 1356, paidBuyers: 71 });
    await page.close();
  });

  it('a 生意参谋 module drawn inside a same-origin frame after it loads', async () => {
    const page = await open('https://sycm.taobao.com/portal/home.htm?shopmate-fixture=frame', 'reading-frame');
    const today = await dayWith('taobao', TODAY, ['pv', 'uv', 'salesAmount', 'aov', 'paidBuyers']);
    expect(today).toMatchObject({ pv: 4812, uv: 1530, salesAmount: 18066, aov: 301.1, paidBuyers: 60 });
    await s.screenshot(page, 'reading-frame-rendered');
    await page.close();
  });

  it('Seller Central in 简体中文: Business Reports by date, each day exactly; 商品会话百分比 is not a conversion rate', async () => {
    const page = await open('https://sellercentral.amazon.com/business-reports?shopmate-fixture=zh#/report?id=102:SalesTrafficTimeSeries&fromDate=2021-06-11&toDate=2021-06-12', 'reading-amazon-zh');
    expect(await dayWith('amazon', '2021-06-11', ['salesAmount', 'unitsSold', 'orders', 'pv', 'uv'])).toEqual({ salesAmount: 238.44, unitsSold: 23, orders: 20, pv: 1658, uv: 1000 });
    expect(await dayWith('amazon', '2021-06-12', ['salesAmount'])).toEqual({ salesAmount: 217.7, unitsSold: 18, orders: 18, pv: 1400, uv: 1100 });
    await page.close();
  });
});

describe('importing Seller Central reports in English and in 简体中文', () => {
  it('both land as shop days in dollars; the euro row of the English file is refused', async () => {
    const options = await s.openExtensionPage('options.html');
    await options.getByRole('heading', { name: '导入报表' }).waitFor();
    const section = options.getByTestId('import-section');
    const importFile = async (file: string) => {
      await section.getByLabel('选择报表文件').setInputFiles(path.join(IMPORTS, file));
      await expect.poll(() => section.getByTestId('import-preview').textContent()).toContain('Amazon');
      await section.getByRole('button', { name: '确认导入' }).click();
      await expect.poll(() => section.getByTestId('import-done').textContent().catch(() => '')).toContain('已导入');
    };
    await importFile('amazon-by-date-zh.csv');
    await options.getByTestId('import-section').screenshot({ path: path.join(path.dirname(await s.screenshot(options, 'reading-import-zh')), 'reading-import-zh-section.png') });
    expect(await dayWith('amazon', '2021-06-13', ['salesAmount', 'unitsSold', 'orders', 'pv', 'uv'])).toEqual({ salesAmount: 277.06, unitsSold: 25, orders: 23, pv: 1300, uv: 1100 });
    expect(await dayWith('amazon', '2021-06-14', ['salesAmount'])).toMatchObject({ salesAmount: 349.94, uv: 1253 });
    await importFile('amazon-sales-traffic-by-date.csv');
    const english = await dayWith('amazon', '2021-06-11', ['conversionRate']);
    expect(english).toMatchObject({ salesAmount: 238.44, conversionRate: 0.0221 });
    await options.close();
  });
});
