import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, type ExtensionSession } from './harness';
import { contentScriptWorld, readAllDatabases, readAllStores, rowCounts, sendFromContentScript, sendFromPage } from './trust-helpers';

/**
 * The seller's data through the real options page: download a backup, delete everything
 * (every object store really empty), restore the file (replace) and get every row back;
 * a tampered file is previewed with its rejected rows and only valid rows are written.
 */

const HOME = 'https://sycm.taobao.com/portal/home.htm';
const day = (offset: number) => new Date(Date.UTC(2026, 10, 1 + offset)).toISOString().slice(0, 10);

async function seed(s: ExtensionSession, options: Page) {
  const tab = await s.openConsole(HOME); // the content script records the visit itself
  const world = await contentScriptWorld(tab);
  const at = Date.UTC(2026, 10, 22, 6);
  for (let i = 0; i < 14; i++) {
    const reply = await sendFromContentScript(world, 'capture', {
      platform: 'taobao',
      pageKind: 'dashboard',
      url: HOME,
      source: i % 2 ? 'api' : 'dom',
      capturedAt: at - (14 - i) * 86_400_000,
      extraction: {
        shopId: '57300001',
        shopName: '小鹿家居旗舰店',
        shopDays: [{ date: day(i), metrics: { uv: 12000 + i * 37, pv: 36812 + i, salesAmount: 12345.6 + i, paidBuyers: 384 + i, conversionRate: (384 + i) / (12000 + i * 37) } }],
        items: [
          { itemId: '652301122834', title: '北欧实木床头柜 简约现代', price: 199, days: [{ date: day(i), metrics: { uv: 800 + i, paidBuyers: 20 + (i % 3) } }] },
          { itemId: '652301187761', title: '日式棉麻四件套', price: 329, status: 'onSale', lastSaleDate: day(i) },
        ],
        sources: [{ date: day(i), rows: [{ source: '手淘搜索', uv: 5000 + i, salesAmount: 6000 }, { source: '直通车', uv: 1200 }] }],
      },
    });
    expect(reply.ok, reply.error).toBe(true);
  }
  expect(
    await sendFromContentScript(world, 'titleEdit.record', { platform: 'taobao', shopId: '57300001', itemId: '652301122834', at, oldTitle: '北欧实木床头柜 简约', newTitle: '北欧实木床头柜 简约现代', fields: ['title'] }),
  ).toMatchObject({ ok: true });
  // A taught rule (issue 12), as the reading overlay teaches it.
  expect(
    await sendFromContentScript(world, 'rules.teach', { platform: 'taobao', host: 'sycm.taobao.com', pageKind: 'dashboard', labelText: '万相台消耗', hint: { position: 'after', tag: 'div' }, metric: 'adSpend' }),
  ).toMatchObject({ ok: true });
  await tab.close();
  for (const [type, payload] of [
    ['note.save', { text: '本周方案：提升 DSR；差评 24 小时内回复', at }],
    ['checklist.setDone', { date: day(21), dutyId: 'shop-check', done: true }],
    ['campaign.save', { shopKey: 'taobao:57300001', platform: 'taobao', name: '双11 预售', start: day(0), end: day(10), itemIds: ['652301122834'], notes: '主推床头柜' }],
  ] as const) {
    expect(await sendFromPage(options, type, payload), type).toMatchObject({ ok: true });
  }
  await eventually(async () => ((await readAllStores(options)).pageVisits ?? []).length > 0);
  // Use the side panel's every tab, so any derived cache of the history (e.g. analysis rollups) exists too.
  const panel = await s.openExtensionPage('sidepanel.html');
  for (const tab of await panel.getByRole('tab').all()) {
    await tab.click();
    await panel.waitForTimeout(300);
  }
  await panel.close();
}

describe('backup → delete all → restore, through the real options page', () => {
  let s: ExtensionSession;
  let options: Page;
  let before: Record<string, unknown[]>;
  let backupFile: string;
  const dir = mkdtempSync(path.join(tmpdir(), 'shopmate-backup-'));

  beforeAll(async () => {
    s = await launchExtension();
    options = await s.openExtensionPage('options.html');
    await seed(s, options);
    before = await readAllStores(options);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('downloads one versioned JSON file with every object store and the settings', async () => {
    const empty = Object.entries(rowCounts(before)).filter(([, n]) => n === 0);
    expect(empty, 'seed fills every table').toEqual([]);
    await options.reload();
    const section = options.getByTestId('data-section');
    await section.waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '下载备份' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^shopmate-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupFile = path.join(dir, download.suggestedFilename());
    await download.saveAs(backupFile);
    const file = JSON.parse(readFileSync(backupFile, 'utf8'));
    expect(file).toMatchObject({ format: 'shopmate-backup', version: 1, app: { name: 'ShopMate' } });
    expect(Object.keys(file.tables).sort()).toEqual(Object.keys(before).sort());
    expect(rowCounts(file.tables)).toEqual(rowCounts(before));
    expect(file.settings).toMatchObject({ language: 'zh-CN' });
    await expect.poll(() => options.getByTestId('backup').getByRole('status').textContent()).toMatch(/已下载 shopmate-backup/);
  });

  it('"delete all" needs the typed word, then really empties every object store, derived caches included', async () => {
    const panel = options.getByTestId('delete-all');
    await panel.getByRole('button', { name: '删除全部数据…' }).click();
    const confirm = panel.getByRole('button', { name: '永久删除' });
    expect(await confirm.isDisabled()).toBe(true);
    await panel.getByLabel('请输入“删除”确认').fill('删除');
    await s.screenshot(options, 'trust-data-delete-confirm');
    await confirm.click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('已删除全部数据。');
    const after = await readAllStores(options);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [name, rows] of Object.entries(after)) expect(rows, `${name} is empty`).toEqual([]);
    // No copy of the history stays behind in any other database of the extension (derived caches).
    await expect
      .poll(async () => {
        const leftovers: string[] = [];
        for (const [dbName, stores] of Object.entries(await readAllDatabases(options))) {
          for (const [store, rows] of Object.entries(stores)) if (rows.length) leftovers.push(`${dbName}.${store}: ${rows.length}`);
        }
        return leftovers;
      }, { timeout: 10_000 })
      .toEqual([]);
    // The table counts on the page follow (live query).
    await options.getByTestId('storage').getByText('各数据表行数').click();
    await expect.poll(() => options.getByTestId('storage').locator('summary').textContent()).toMatch(/合计 0 行/);
  });

  it('restoring the file (replace) brings back every row of every store, identical', async () => {
    const panel = options.getByTestId('restore');
    await panel.getByLabel('选择备份文件').setInputFiles(backupFile);
    const preview = panel.getByTestId('restore-preview');
    await preview.waitFor();
    const shopDailyRow = preview.locator('tr[data-table="shopDaily"] td');
    expect(await shopDailyRow.allTextContents()).toEqual([String(before.shopDaily!.length), String(before.shopDaily!.length), '0', '0']);
    await panel.getByRole('radio', { name: /替换/ }).check();
    await s.screenshot(options, 'trust-data-restore-preview');
    await panel.getByRole('button', { name: '开始恢复' }).click();
    await panel.getByTestId('restore-done').waitFor();
    expect(await panel.getByTestId('restore-done').textContent()).toMatch(/拒绝 0 行/);
    expect(await readAllStores(options)).toEqual(before);
    await s.screenshot(options, 'trust-data-restore-done');
  });

  it('a tampered file is previewed with each rejected row and why; merge writes only the valid rows', async () => {
    const file = JSON.parse(readFileSync(backupFile, 'utf8'));
    file.tables.notes.push({ id: 999, date: day(3), at: 1, text: '新笔记（备份里新增）' });
    file.tables.notes.push({ id: 1000, date: '2026/11/03', at: 1, text: '日期格式错误' });
    file.tables.shopDaily[0].metrics.uv = -1;
    file.tables.shopDaily.push({ ...file.tables.shopDaily[1], metrics: { uv: Number.NaN } });
    const tampered = path.join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(file));

    const panel = options.getByTestId('restore');
    await panel.getByLabel('选择备份文件').setInputFiles(tampered);
    const rejections = panel.getByTestId('rejections');
    await rejections.waitFor();
    const text = await rejections.textContent();
    expect(text).toMatch(/笔记与方案 第 \d+ 行：.*date/s);
    expect(text).toMatch(/店铺每日数据 第 1 行：.*uv/s);
    // NaN becomes null in JSON: rejected as not a number, never stored as 0.
    expect(text).toMatch(/店铺每日数据 第 \d+ 行：.*(uv|duplicate)/s);
    await s.screenshot(options, 'trust-data-tampered-preview');
    await panel.getByRole('radio', { name: /合并/ }).check();
    await panel.getByRole('button', { name: '开始恢复' }).click();
    await panel.getByTestId('restore-done').waitFor();
    const after = await readAllStores(options);
    expect((after.notes as { text: string }[]).map((n) => n.text)).toContain('新笔记（备份里新增）');
    expect((after.notes as { text: string }[]).map((n) => n.text)).not.toContain('日期格式错误');
    expect(after.shopDaily).toEqual(before.shopDaily);
  });

  it('a file that is not a backup is refused with a clear message and nothing changes', async () => {
    const junk = path.join(dir, 'report.json');
    writeFileSync(junk, JSON.stringify({ data: { payAmt: 1 } }));
    const storesBefore = await readAllStores(options);
    const panel = options.getByTestId('restore');
    await panel.getByLabel('选择备份文件').setInputFiles(junk);
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('这不是掌柜助手的备份文件。');
    expect(await panel.getByRole('button', { name: '开始恢复' }).count()).toBe(0);
    expect(await readAllStores(options)).toEqual(storesBefore);
  });
});
