import { readdirSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import { eventually, launchFirefox, textOf, waitForText, type FirefoxSession } from './harness';

/** A day's checklist: one list per shop (issue 13), and the older single list. */
type Overrides = Record<string, { done: boolean } | undefined>;
interface ChecklistDay {
  overrides?: Overrides;
  shops?: Record<string, { overrides: Overrides }>;
}

/**
 * The Firefox add-on, built, in headless firefox-esr on the demo console (fixtures under the
 * consoles' real URLs): reading a 生意参谋 page (DOM) and the SPA (page-world observer, JSON
 * endpoints), the popup's checklist ticking from it, the side panel page showing the capture,
 * the title guard on an item edit page, and backup → delete all → restore.
 */

interface DailyRow {
  date: string;
  metrics: Record<string, number>;
  provenance: Record<string, { source: string }>;
}
const byDate = (rows: DailyRow[]) => Object.fromEntries(rows.map((r) => [r.date, r.metrics]));
const TODAY = toBusinessDate(Date.now());
const YESTERDAY = addDays(TODAY, -1);
const README_SHOT = path.resolve(import.meta.dirname, '../../assets/screenshots/popup-firefox.png');

/** All rows of every store, read from an extension page. */
const readAllStores = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('shopmate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          const names = [...dbh.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          const tx = dbh.transaction(names, 'readonly');
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => void (out[name] = req.result);
          }
          tx.oncomplete = () => {
            dbh.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

describe('the Firefox add-on on the demo console', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reads the 生意参谋 首页 from the page (DOM): every value of both dated sections, exactly', async () => {
    const page = await s.openConsole('https://sycm.taobao.com/portal/home.htm');
    const rows = await eventually(async () => {
      const all = await s.readStore<DailyRow>('shopDaily');
      return all.length === 2 ? all : undefined;
    }, 20_000);
    expect(rows, 'two day rows from the 首页').toBeDefined();
    expect(byDate(rows!)).toEqual({
      '2026-11-22': { salesAmount: 12345.6, uv: 12000, pv: 36812, paidBuyers: 384, conversionRate: 0.032, unitsSold: 412, aov: 32.15, refundAmount: 1024 },
      '2026-11-21': { uv: 10800, pv: 33210, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.451, visitDepth: 3.08 },
    });
    expect(rows!.every((r) => Object.values(r.provenance).every((p) => p.source === 'dom'))).toBe(true);
    await s.screenshot(page, 'sycm-home');
    await page.close();
  });

  it('reads the SPA from its own JSON responses, observed in the page world (world: MAIN)', async () => {
    const page = await s.openConsole('https://sycm.taobao.com/portal/home.htm?shopmate-fixture=spa');
    const days = await eventually(async () => {
      const d = byDate(await s.readStore<DailyRow>('shopDaily'));
      return d[TODAY]?.refundRate !== undefined && d[YESTERDAY]?.salesAmount !== undefined && d['2026-11-20'] ? d : undefined;
    }, 20_000);
    expect(days, 'today, yesterday and 2026-11-20 from the observed responses').toBeDefined();
    expect(days![TODAY]).toEqual({ salesAmount: 23456.78, uv: 12034, pv: 38120, paidBuyers: 384, orders: 402, conversionRate: 0.0319, refundAmount: 512.3, refundRate: 0.0218 });
    expect(days![YESTERDAY]).toEqual({ salesAmount: 21098.5, uv: 11876, pv: 35002, paidBuyers: 351, orders: 366, conversionRate: 0.0296 });
    expect(days!['2026-11-20']).toEqual({ salesAmount: 19876.4, uv: 10543, pv: 31988, paidBuyers: 330, conversionRate: 0.0313, unitsSold: 361, aov: 60.23 });
    // Never on screen: only the observed JSON could give these days.
    const rows = await s.readStore<DailyRow>('shopDaily');
    for (const date of [YESTERDAY, '2026-11-20']) {
      const row = rows.find((r) => r.date === date)!;
      expect(Object.values(row.provenance).every((p) => p.source === 'api'), date).toBe(true);
    }
    // The page got its data untouched and rendered it.
    await waitForText(page, '.q3 strong', '¥23,456.78');
    expect(await page.evaluate(() => document.querySelectorAll('shopmate-bridge').length)).toBe(0);
    await s.screenshot(page, 'sycm-spa');
    await page.close();
  });

  it('the popup’s checklist ticks from the pages opened: 店铺检查 (违规中心) and 数据报表 (the numbers read)', async () => {
    const complaints = await s.openConsole('https://healthcenter.taobao.com/home/health_home.htm');
    await eventually(async () => (await s.readStore<{ pageKind: string }>('pageVisits')).some((v) => v.pageKind === 'complaints'));
    await complaints.close();

    const popup = await s.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 900 });
    await popup.waitForSelector('li[data-duty="shop-check"][data-done="true"]', { timeout: 15_000 });
    await popup.waitForSelector('li[data-duty="daily-report"][data-done="true"]');
    expect(await textOf(popup, 'li[data-duty="shop-check"] .pp-why')).toMatch(/^自动：\d\d:\d\d 打开了违规中心$/);
    expect(await textOf(popup, 'li[data-duty="daily-report"] .pp-why')).toMatch(/^自动：\d\d:\d\d 记录了店铺数据$/);
    expect(await popup.$eval('li[data-duty="campaigns"] input[type="checkbox"]', (b) => (b as HTMLInputElement).checked)).toBe(false);
    // Today's headline numbers come from the SPA's observed responses.
    await waitForText(popup, '[data-metric="salesAmount"] .pp-value', '¥23,456.78');
    // Site access is granted (Firefox's default at install): no notice.
    expect(await popup.$('[data-testid="console-access"]')).toBeNull();

    // The seller ticks one by hand: it goes through the background and stays after reopening.
    await popup.click('li[data-duty="campaigns"] input[type="checkbox"]');
    await popup.waitForSelector('li[data-duty="campaigns"][data-done="true"]');
    expect(await eventually(async () => (await s.readStore<ChecklistDay>('checklistDays')).some((d) => [d.overrides, ...Object.values(d.shops ?? {}).map((l) => l.overrides)].some((o) => o?.campaigns?.done === true)))).toBe(true);
    await s.gotoExtensionPage(popup, 'popup.html');
    await popup.waitForSelector('li[data-duty="campaigns"][data-done="true"]');
    expect(await popup.evaluate(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext'))).toBe('已完成 3 项，共 11 项');
    const shot = await s.screenshot(popup, 'popup');
    if (process.env.SHOPMATE_README_SCREENSHOTS === '1') {
      mkdirSync(path.dirname(README_SHOT), { recursive: true });
      copyFileSync(shot, README_SHOT);
    }
    await popup.close();
  });

  it('the side panel page (as a tab) lists what was read today', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('section.captured-today li', { timeout: 15_000 });
    const text = await waitForText(panel, 'section.captured-today', /生意参谋/);
    for (const part of ['淘宝/天猫', '生意参谋', '生意参谋 · 首页', '访客数', '12,034', '¥23,456.78']) expect(text, part).toContain(part);
    // The Firefox sidebar API is what the popup's button uses here.
    expect(await panel.evaluate(() => typeof (globalThis as unknown as { browser: { sidebarAction?: { open?: unknown } } }).browser.sidebarAction?.open)).toBe('function');
    expect(await panel.evaluate(() => typeof (globalThis as unknown as { chrome: { sidePanel?: unknown } }).chrome.sidePanel)).toBe('undefined');
    await s.screenshot(panel, 'sidepanel');
    await panel.close();
  });

  it('the title guard on the item edit page warns about a 5-character change and records the edit on save', async () => {
    const page = await s.openConsole('https://item.upload.taobao.com/sell/v2/publish.htm?itemId=728461930215');
    const note = (id: string) =>
      page.evaluate((n) => document.querySelector('shopmate-title-guard')?.shadowRoot?.querySelector(`li[data-note="${n}"]`)?.textContent ?? undefined, id);
    await eventually(async () => (await note('changed')) === '本次改动 0 个字（建议每次不超过 3 个字）', 15_000);
    expect(await note('changed')).toBe('本次改动 0 个字（建议每次不超过 3 个字）');

    await page.locator('#sell-field-title input').fill('沐浴露女持久留香美白滋润家庭装 氨基酸沐浴露');
    await eventually(async () => (await note('changed'))?.startsWith('本次改动 5 个字'));
    expect(await note('changed')).toBe('本次改动 5 个字，建议每次不超过 3 个字');
    expect(
      await page.evaluate(() => document.querySelector('shopmate-title-guard')?.shadowRoot?.querySelector('li[data-note="changed"]')?.className),
    ).toBe('warn');
    await page.setViewport({ width: 1000, height: 700 });
    await s.screenshot(page, 'title-guard');

    await page.click('#submit');
    const edits = await eventually(() => s.readStore<{ platform: string; itemId: string; oldTitle: string; newTitle: string; fields: string[] }>('titleEdits'));
    expect(edits).toEqual([
      expect.objectContaining({
        platform: 'taobao',
        itemId: '728461930215',
        oldTitle: '沐浴露女持久留香家庭装 氨基酸沐浴乳',
        newTitle: '沐浴露女持久留香美白滋润家庭装 氨基酸沐浴露',
        fields: ['title'],
      }),
    ]);
    await page.close();
  });

  it('backup → delete all → restore through the options page gives back every row', async () => {
    const options = await s.openExtensionPage('options.html');
    await options.setViewport({ width: 1000, height: 900 });
    const before = await readAllStores(options);
    expect(before.shopDaily?.length).toBeGreaterThanOrEqual(5);
    expect(before.titleEdits).toHaveLength(1);

    // A real download (Firefox saves it to the profile's download folder without asking).
    await options.waitForSelector('[data-testid="backup"] button.primary, [data-testid="backup"] button');
    await options.locator('[data-testid="backup"] button::-p-text(下载备份)').click();
    const file = await eventually(async () => readdirSync(s.downloads).find((f) => /^shopmate-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f)), 15_000);
    expect(file, 'the backup file was downloaded').toBeDefined();
    const backupPath = path.join(s.downloads, file!);
    const backup = await eventually(async () => {
      try {
        return JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; tables: Record<string, unknown[]> };
      } catch {
        return undefined; // still being written
      }
    });
    expect(backup?.format).toBe('shopmate-backup');
    expect(Object.fromEntries(Object.entries(backup!.tables).map(([k, v]) => [k, v.length]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([k, v]) => [k, v.length])),
    );

    await options.locator('[data-testid="delete-all"] button::-p-text(删除全部数据…)').click();
    await options.locator('[data-testid="delete-all"] form input:not([type="checkbox"])').fill('删除');
    await options.locator('[data-testid="delete-all"] button[type="submit"]').click();
    await waitForText(options, '[data-testid="delete-all"] [role="status"]', '已删除全部数据。');
    for (const [name, rows] of Object.entries(await readAllStores(options))) expect(rows, `${name} is empty`).toEqual([]);

    const input = await options.waitForSelector('[data-testid="restore"] input[type="file"]');
    await input!.uploadFile(backupPath);
    await options.waitForSelector('[data-testid="restore-preview"]', { timeout: 15_000 });
    await options.click('[data-testid="restore"] input[type="radio"][value="replace"]');
    await options.locator('[data-testid="restore"] button::-p-text(开始恢复)').click();
    await options.waitForSelector('[data-testid="restore-done"]', { timeout: 15_000 });
    expect(await textOf(options, '[data-testid="restore-done"]')).toMatch(/拒绝 0 行/);
    expect(await readAllStores(options)).toEqual(before);
    await s.screenshot(options, 'options-restored');
    await options.close();
  });

  it('sent nothing anywhere: the only requests were the fixtures (and the favicon probe)', () => {
    expect(s.blockedRequests.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
  });
});
