import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { eventually, launchExtension, SCREENSHOTS, type ExtensionSession } from './harness';

/**
 * Report import on the options page, in real Chromium with the built extension: upload an
 * exported report (setInputFiles), see the preview with the rejected rows and their row
 * numbers, confirm, and find exactly the good rows in the extension's IndexedDB.
 * Files: tests/fixtures/import/ (README there says what each reconstructs).
 */

interface DailyRow {
  shopKey: string;
  date: string;
  metrics: Record<string, number>;
  provenance: Record<string, { source: string }>;
}
interface ItemDailyRow extends DailyRow {
  itemId: string;
}
interface ItemRow {
  shopKey: string;
  itemId: string;
  title?: string;
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
let s: ExtensionSession;
let options: Page;

/** The import section alone (the options page is long): to look at what the seller sees. */
const shoot = (name: string) => options.getByTestId('import-section').screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

async function until<T>(fn: () => Promise<T | undefined>): Promise<T> {
  const value = await eventually(fn);
  if (value === undefined) throw new Error('timed out waiting for the store');
  return value;
}

beforeAll(async () => {
  s = await launchExtension();
  options = await s.openExtensionPage('options.html');
  await options.getByRole('heading', { name: '导入报表' }).waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('导入报表 on the options page', () => {
  it('生意参谋 宏观监控 CSV: recognised, previewed with its rejected rows, imported exactly', async () => {
    const section = options.getByTestId('import-section');
    await section.getByLabel('选择报表文件').setInputFiles(path.join(FIXTURES, 'sycm-macro-monitor-utf8-bom.csv'));
    const preview = section.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => preview.textContent()).toContain('淘宝/天猫 · 生意参谋 店铺/宏观监控（按天）');
    expect(await preview.textContent()).toContain('共 9 行数据：5 行可导入，4 行被拒绝。');
    expect(await section.getByTestId('import-days').textContent()).toMatch(/^店铺数据 5 天（2026年11月1日.*至 2026年11月7日.*）$/);
    const rejected = await section.getByTestId('import-rejected').locator('li').allTextContents();
    expect(rejected).toEqual([
      '第 7 行：“支付金额”不是数字：abc',
      '第 8 行：“统计日期”不是有效日期：2026-13-05',
      '第 10 行：与第 9 行重复（2026-11-06），保留第 9 行',
      '第 12 行：合计/汇总行，不是某一天的数据',
    ]);
    await s.screenshot(options, 'import-preview-sycm');
    await shoot('import-section-sycm-preview');

    await section.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => section.getByTestId('import-done').textContent().catch(() => '')).toBe('已导入：5 天店铺数据，0 件商品。');
    const rows = await until(async () => {
      const all = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.shopKey === 'taobao:default');
      return all.length === 5 ? all : undefined;
    });
    expect(Object.fromEntries(rows.map((r) => [r.date, r.metrics]))).toEqual({
      '2026-11-01': { pv: 36812, uv: 12000, unitsSold: 412, salesAmount: 12345.6, paidBuyers: 384, conversionRate: 0.032, aov: 32.15, bounceRate: 0.451 },
      '2026-11-02': { pv: 33210, uv: 10800, unitsSold: 355, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.4602 },
      '2026-11-03': { pv: 29004, uv: 9870, salesAmount: 9876.5, paidBuyers: 301, conversionRate: 0.0305, aov: 32.81 },
      '2026-11-06': { pv: 35230, uv: 11450, unitsSold: 420, salesAmount: 13001.2, paidBuyers: 390, conversionRate: 0.0341, aov: 33.34, bounceRate: 0.439 },
      '2026-11-07': { pv: 38906, uv: 12876, unitsSold: 455, salesAmount: 2355109.15, paidBuyers: 402, conversionRate: 0.0981, aov: 5858.48, bounceRate: 0.42 },
    });
    expect(rows.every((r) => Object.values(r.provenance).every((p) => p.source === 'import'))).toBe(true);
    await shoot('import-section-sycm-done');
  });

  it('京东商智 SKU export in GBK: decoded, item days stored, a mangled SKU and a negative amount rejected', async () => {
    const section = options.getByTestId('import-section');
    await section.getByLabel('选择报表文件').setInputFiles(path.join(FIXTURES, 'jd-sku-gbk.csv'));
    const preview = section.getByTestId('import-preview');
    await expect.poll(() => preview.textContent()).toContain('京东 · 京东商智 SKU 明细（按天）');
    expect(await preview.textContent()).toContain('GB18030 编码');
    expect(await section.getByTestId('import-items').textContent()).toBe('商品 3 件，商品按天数据 4 条');
    expect(await section.getByTestId('import-rejected').locator('li').allTextContents()).toEqual([
      '第 5 行：“SKU”被表格存成了数字，末几位已丢失（1.00012E+11）。请把这一列设为文本后重新导出',
      '第 6 行：“成交金额”是负数：-12.00',
    ]);
    await section.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => section.getByTestId('import-done').textContent().catch(() => '')).toBe('已导入：0 天店铺数据，3 件商品。');
    const days = await until(async () => {
      const all = (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'jd:default');
      return all.length === 4 ? all : undefined;
    });
    expect(Object.fromEntries(days.map((d) => [`${d.itemId} ${d.date}`, d.metrics]))).toEqual({
      '100012043978 2026-11-20': { salesAmount: 2560, unitsSold: 20, paidBuyers: 19, conversionRate: 0.0158, pv: 3120, uv: 1204 },
      '100012043978 2026-11-21': { salesAmount: 2816, unitsSold: 22, paidBuyers: 21, conversionRate: 0.0162, pv: 3388, uv: 1296 },
      '100012043979 2026-11-20': { salesAmount: 536, unitsSold: 2, paidBuyers: 2, conversionRate: 0.0227, pv: 211, uv: 88 },
      '100012043980 2026-11-22': { salesAmount: 0, unitsSold: 0, paidBuyers: 0, conversionRate: 0, pv: 75, uv: 64 },
    });
    const items = (await s.readStore<ItemRow>('items')).filter((i) => i.shopKey === 'jd:default');
    expect(items.map((i) => [i.itemId, i.title])).toEqual([
      ['100012043978', '祁门红茶 特级 罐装 250g'],
      ['100012043979', '祁门红茶 礼盒装 2×125g'],
      ['100012043980', '祁门红茶 小罐装 50g'],
    ]);
  });

  it('Amazon by Child Item: asks which day the report covers before importing, then stores that day', async () => {
    const section = options.getByTestId('import-section');
    await section.getByLabel('选择报表文件').setInputFiles(path.join(FIXTURES, 'amazon-child-item-variants.csv'));
    await expect.poll(() => section.getByTestId('import-preview').textContent()).toContain('Amazon Detail Page Sales and Traffic by Child Item');
    const confirm = section.getByRole('button', { name: '确认导入' });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await section.textContent()).toContain('请先填写报表日期，或选择“只导入商品信息”。');
    await section.getByLabel('报表统计的日期（只选了一天时）').fill('2021-06-14');
    await expect.poll(() => section.getByTestId('import-items').textContent().catch(() => '')).toBe('商品 3 件，商品按天数据 3 条');
    await shoot('import-section-amazon-child');
    await confirm.click();
    await expect.poll(() => section.getByTestId('import-done').textContent().catch(() => '')).toBe('已导入：0 天店铺数据，3 件商品。');
    const days = await until(async () => {
      const all = (await s.readStore<ItemDailyRow>('itemDaily')).filter((r) => r.shopKey === 'amazon:default');
      return all.length === 3 ? all : undefined;
    });
    expect(Object.fromEntries(days.map((d) => [`${d.itemId} ${d.date}`, d.metrics]))).toEqual({
      'B123456789 2021-06-14': { uv: 18, pv: 43, unitsSold: 1, salesAmount: 16.79 },
      'B234567890 2021-06-14': { uv: 13, pv: 33, unitsSold: 3, salesAmount: 26.25 },
      'B345678901 2021-06-14': { uv: 6, pv: 63, unitsSold: 3, salesAmount: 45 },
    });
  });

  it('a large .xlsx (1.3 MB sheet + 0.5 MB shared strings) is read inside the extension page', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [
      '2026-11-20',
      String(652300100000 + i),
      `北欧实木床头柜 简约现代 卧室收纳柜 款式 ${i}`,
      1000 + i,
      3000 + i,
      `${(i * 1.5).toFixed(2)}`,
      i % 7,
      i % 5,
      `${(i % 300) / 100}%`,
      `${40 + (i % 20)}.00%`,
    ]);
    const header = ['统计日期', '商品ID', '商品名称', '商品访客数', '商品浏览量', '支付金额', '支付件数', '支付买家数', '支付转化率', '商品详情页跳出率'];
    const blob = await writeXlsxFile([header, ...rows]).toBlob();
    const buffer = Buffer.from(await blob.arrayBuffer());
    const section = options.getByTestId('import-section');
    await section.getByLabel('选择报表文件').setInputFiles({ name: '商品效果.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await expect.poll(() => section.getByTestId('import-items').textContent().catch(() => ''), { timeout: 30_000 }).toBe('商品 4000 件，商品按天数据 4000 条');
    expect(await section.getByTestId('import-preview').textContent()).toContain('生意参谋 商品（按天）');
    await section.getByRole('button', { name: '取消' }).click();
    expect(await section.getByTestId('import-preview').count()).toBe(0);
  });

  it('an old binary .xls is refused with what to do, and nothing is written', async () => {
    const before = (await s.readStore('shopDaily')).length;
    const section = options.getByTestId('import-section');
    await section.getByLabel('选择报表文件').setInputFiles({
      name: '宏观监控.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    await expect.poll(() => section.getByTestId('import-error').textContent().catch(() => '')).toContain('“另存为” .xlsx 或 .csv');
    expect(await section.getByTestId('import-preview').count()).toBe(0);
    await shoot('import-section-xls-refused');
    expect((await s.readStore('shopDaily')).length).toBe(before);
  });
});
