import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '../../lib/dates';
import { eventually, launchExtension, SCREENSHOTS, type ExtensionSession } from './harness';
import { sendFromPage, stopServiceWorker } from './trust-helpers';

/**
 * 每日运营清单 in real Chromium with the built extension: opening demo console pages (fixtures
 * under their real URLs) ticks the right duties, the popup shows them with their reasons, the
 * toolbar badge counts what is open, unticking works from the keyboard, and a day change
 * starts a fresh list while the 月度考核表 keeps yesterday.
 *
 * How the day change is simulated, honestly: the evidence is made today through the real path
 * (content script → pageVisit/capture → worker → IndexedDB). Then time moves forward a day —
 * in the popup and side panel with Playwright's page.clock (their Date says tomorrow, as it
 * will after midnight; nothing in the database is touched), and in the service worker by
 * moving its Date.now and firing the real day alarm, which is exactly what Chrome does at
 * local midnight. The content script's clock is not moved (Playwright cannot reach isolated
 * worlds), so no evidence is created "tomorrow".
 */

const DAY_MS = 86_400_000;
const TODAY = toBusinessDate(Date.now());
const TOMORROW = addDays(TODAY, 1);
/** Worker and pages run in the machine's zone, like toBusinessDate: tomorrow 09:00 local. */
const tomorrowMorning = () => {
  const [y, m, d] = TOMORROW.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 9, 0, 0).getTime();
};

const PAGES = {
  complaints: 'https://healthcenter.taobao.com/home/health_home.htm',
  campaigns: 'https://myseller.taobao.com/home.htm/starb/tmc-next/sale/seller/homepage.htm',
  dashboard: 'https://myseller.taobao.com/home.htm',
  itemList: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  reviews: 'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
  ads: 'https://myseller.taobao.com/home.htm/tuiguangcenter_new/',
  rules: 'https://rule.taobao.com/index.htm',
  decoration: 'https://wangpu.taobao.com/index.htm',
  orders: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
};

const currentWorker = (s: ExtensionSession): Worker => s.context.serviceWorkers()[0] ?? s.worker;
const badge = (s: ExtensionSession) =>
  currentWorker(s).evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
async function badgeBecomes(s: ExtensionSession, text: string) {
  await eventually(async () => (await badge(s)) === text);
  if ((await badge(s)) !== text) {
    // Say what the worker had when it disagrees.
    console.log('[checklist e2e] badge', await badge(s), 'visits', JSON.stringify((await s.readStore<{ pageKind: string; date: string; at: number }>('pageVisits')).map((v) => [v.pageKind, v.date, v.at])));
    console.log('[checklist e2e] shopDaily', JSON.stringify(await s.readStore('shopDaily')), 'days', JSON.stringify(await s.readStore('checklistDays')));
  }
  expect(await badge(s)).toBe(text);
}

async function openPopup(s: ExtensionSession, at?: number): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 380, height: 900 });
  if (at !== undefined) await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.getByRole('list', { name: /今日事项|Today/ }).waitFor();
  return page;
}

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const duty = (page: Page, id: string) => page.locator(`li[data-duty="${id}"]`);

describe('每日运营清单 ticks itself from what the seller does', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts with the ten duties of seed 001 plus the service follow-ups, all open, badge 11', async () => {
    const popup = await openPopup(s);
    const boxes = popup.getByRole('checkbox');
    expect(await boxes.count()).toBe(11);
    expect(await popup.getByRole('listitem').locator('label').allTextContents()).toEqual([
      '店铺检查', '活动报名', '数据报表', '店铺页面', '了解库存', '钻展、直通车', '做好内功', '活动分析', '熟悉规则', '提出方案', '客服跟进',
    ]);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await expect.poll(() => popup.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('已完成 0 项，共 11 项');
    await badgeBecomes(s, '11');
    // One tap to the place: the link is the Taobao console page that ticks the duty.
    expect(await duty(popup, 'shop-check').getByRole('link').getAttribute('href')).toBe(PAGES.complaints);
    expect(await duty(popup, 'shop-check').getByRole('link').getAttribute('aria-label')).toBe('在淘宝/天猫打开违规中心（新标签页）');
    expect(await popup.getByText('看新订单有没有留言、对发货有没有特殊要求').isVisible()).toBe(true);
    await s.screenshot(popup, 'checklist-popup-empty');
    await popup.close();
  });

  it('opening console pages ticks the matching duties, with the reason, and the badge counts down', async () => {
    const opened = await s.openConsole(PAGES.complaints);
    await badgeBecomes(s, '10');
    await opened.close();
    for (const url of Object.values(PAGES).slice(1)) {
      const page = await s.openConsole(url);
      await eventually(async () => (await s.readStore<{ url: string }>('pageVisits')).some((v) => v.url === url));
      // The dashboard's numbers (read from the page once it has rendered) tick 数据报表: stay until they are stored.
      if (url === PAGES.dashboard) {
        const read = await eventually(async () => (await s.readStore<{ date: string }>('shopDaily')).some((r) => r.date === TODAY));
        expect(read, 'the 千牛 工作台 numbers were stored').toBe(true);
      }
      await page.close();
    }
    await badgeBecomes(s, '2');

    const popup = await openPopup(s);
    const expected: [string, string, RegExp][] = [
      ['shop-check', '店铺检查', /^自动：\d\d:\d\d 打开了违规中心$/],
      ['campaigns', '活动报名', /^自动：\d\d:\d\d 打开了营销活动$/],
      ['daily-report', '数据报表', /^自动：\d\d:\d\d 记录了店铺数据$/],
      ['store-pages', '店铺页面', /^自动：\d\d:\d\d 打开了店铺装修$/],
      ['inventory', '了解库存', /^自动：\d\d:\d\d 打开了商品列表$/],
      ['ads', '钻展、直通车', /^自动：\d\d:\d\d 打开了推广后台$/],
      ['fundamentals', '做好内功', /^自动：\d\d:\d\d 打开了评价管理$/],
      ['rules', '熟悉规则', /^自动：\d\d:\d\d 打开了规则中心$/],
      ['service', '客服跟进', /^自动：\d\d:\d\d 打开了订单管理$/],
    ];
    for (const [id, name, reason] of expected) {
      expect(await checkbox(popup, name).isChecked(), name).toBe(true);
      expect(await duty(popup, id).locator('.pp-why').textContent()).toMatch(reason);
      // The reason is part of the checkbox's accessible description.
      expect(await checkbox(popup, name).getAttribute('aria-describedby')).toContain(await duty(popup, id).locator('.pp-why').getAttribute('id'));
    }
    expect(await checkbox(popup, '活动分析').isChecked()).toBe(false);
    expect(await checkbox(popup, '提出方案').isChecked()).toBe(false);
    expect(await popup.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('已完成 9 项，共 11 项');
    // Today's headline numbers, read from the 千牛 工作台 card.
    const sales = popup.locator('[data-metric="salesAmount"] .pp-value');
    expect(await sales.textContent()).toBe('¥8,640.50');
    expect(await popup.locator('[data-metric="conversionRate"] .pp-value').textContent()).toBe('3.36%');
    // Today's numbers so far, with the time (the console's own when it prints one); no read of
    // yesterday at this time exists, so no comparison is drawn.
    expect(await popup.getByText(/^今日实时 · (后台更新于|读取于) \d\d:\d\d/).isVisible()).toBe(true);
    await popup.close();
  });

  it('writing the plan in the popup ticks 提出方案; unticking from the keyboard overrides the evidence', async () => {
    const popup = await openPopup(s);
    await duty(popup, 'proposal').getByRole('button', { name: '写方案' }).click();
    await popup.getByLabel('这一时期的运营方案').fill('本月把 DSR 提到 4.9：发货提速到 24 小时内，差评当天回复。');
    await popup.getByRole('button', { name: '保存方案' }).click();
    await expect.poll(() => checkbox(popup, '提出方案').isChecked()).toBe(true);
    expect(await duty(popup, 'proposal').locator('.pp-why').textContent()).toMatch(/^自动：\d\d:\d\d 写下了运营方案$/);
    await badgeBecomes(s, '1');

    // Keyboard only: focus the checkbox and press Space.
    await checkbox(popup, '钻展、直通车').focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => checkbox(popup, '钻展、直通车').isChecked()).toBe(false);
    await expect.poll(() => duty(popup, 'ads').locator('.pp-why').textContent()).toMatch(/^\d\d:\d\d 手动取消了自动勾选$/);
    await badgeBecomes(s, '2');
    // Stored in the shop's own list (each shop has its own checklist).
    const days = await s.readStore<{ date: string; shops?: Record<string, { overrides: Record<string, { done: boolean }> }> }>('checklistDays');
    expect(Object.values(days.find((d) => d.date === TODAY)?.shops ?? {}).map((list) => list.overrides.ads?.done)).toEqual([false]);

    // A manual tick of a duty with no evidence.
    await checkbox(popup, '活动分析').check();
    await expect.poll(() => duty(popup, 'campaign-review').locator('.pp-why').textContent()).toMatch(/^\d\d:\d\d 手动勾选$/);
    await badgeBecomes(s, '1');
    await s.screenshot(popup, 'checklist-popup-light');
    await popup.close();
  });

  it('the side panel shows today’s progress at its top', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    const bar = panel.getByTestId('checklist-progress').getByRole('progressbar');
    await expect.poll(() => bar.getAttribute('aria-valuetext')).toBe('已完成 10 项，共 11 项');
    await panel.close();
  });

  it('the popup’s 打开侧边栏 opens the real side panel (a user gesture with the window id) and closes the popup', async () => {
    const popup = await openPopup(s);
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: '打开侧边栏' }).click();
    await closed;
    const cdp = await s.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      expect(targetInfos.some((t) => t.url === `chrome-extension://${s.extensionId}/sidepanel.html`)).toBe(true);
    } finally {
      await cdp.detach();
    }
  });

  it('a new day starts a fresh list while the 月度考核表 keeps yesterday', async () => {
    const tomorrow = tomorrowMorning();
    // The popup after midnight: tomorrow's date, nothing ticked.
    const popup = await openPopup(s, tomorrow);
    expect(await popup.locator('.pp-date time').getAttribute('datetime')).toBe(TOMORROW);
    for (const box of await popup.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);
    expect(await popup.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('已完成 0 项，共 11 项');
    await popup.close();

    try {
      // The worker at midnight: its clock moves a day, the real day alarm fires.
      await currentWorker(s).evaluate((shift) => {
        const g = globalThis as unknown as { __realNow?: () => number; chrome: { alarms: { create(n: string, i: object): Promise<void> } } };
        g.__realNow ??= Date.now.bind(Date);
        const real = g.__realNow;
        Date.now = () => real() + shift;
        return g.chrome.alarms.create('shopmate.checklist.day', { when: real() + 100 });
      }, tomorrow - Date.now());
      await badgeBecomes(s, '11');
      // Yesterday was frozen into history as the list was then.
      type List = { summary?: { done: string[]; total: number } };
      const frozen = await eventually(async () =>
        Object.values((await s.readStore<{ date: string; shops?: Record<string, List> }>('checklistDays')).find((d) => d.date === TODAY)?.shops ?? {}).find((list) => list.summary),
      );
      expect(frozen!.summary!.total).toBe(11);
      expect(frozen!.summary!.done.sort()).toEqual(
        ['campaign-review', 'campaigns', 'daily-report', 'fundamentals', 'inventory', 'proposal', 'rules', 'service', 'shop-check', 'store-pages'].sort(),
      );

      // The 月度考核表, opened tomorrow, still shows yesterday's ticks.
      const panel = await s.context.newPage();
      await panel.setViewportSize({ width: 420, height: 1100 });
      await panel.clock.setFixedTime(tomorrow);
      await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
      await panel.getByRole('button', { name: '查看月度清单考核表' }).click();
      const table = panel.getByRole('table');
      await table.waitFor();
      if (TOMORROW.slice(0, 7) !== TODAY.slice(0, 7)) await panel.getByRole('button', { name: '上个月' }).click();
      const row = panel.locator(`tr[data-date="${TODAY}"]`);
      expect(await row.locator('td.cl-cell.done').count()).toBe(10);
      expect(await row.getByRole('cell', { name: `${TODAY} 钻展、直通车：未完成` }).count()).toBe(1);
      expect(await row.locator('.cl-count').textContent()).toBe('10/11');
      await s.screenshot(panel, 'checklist-monthly-table');

      // Exports: CSV with a UTF-8 BOM (Excel/WPS read the Chinese right), and XLSX.
      const month = (TOMORROW.slice(0, 7) !== TODAY.slice(0, 7) ? TODAY : TOMORROW).slice(0, 7);
      const csvFile = await download(panel, '导出 CSV');
      expect(csvFile.name).toBe(`月度清单考核表-小鹿家居旗舰店-${month}.csv`); // the shop's own table
      const csv = readFileSync(csvFile.path, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).split('\r\n');
      expect(lines[0]).toBe('日期,店铺检查,活动报名,数据报表,店铺页面,了解库存,钻展、直通车,做好内功,活动分析,熟悉规则,提出方案,客服跟进,完成,应做,完成率');
      expect(lines.find((l) => l.startsWith(TODAY))).toBe(`${TODAY},✓,✓,✓,✓,✓,,✓,✓,✓,✓,✓,10,11,90.9%`);
      const xlsxFile = await download(panel, '导出 Excel');
      expect(xlsxFile.name).toBe(`月度清单考核表-小鹿家居旗舰店-${month}.xlsx`);
      const [sheet] = await readXlsxFile(readFileSync(xlsxFile.path));
      expect(sheet!.sheet).toBe(`月度清单考核表-小鹿家居旗舰店 ${month}`);
      const cells = sheet!.data;
      expect(cells[0]!.slice(0, 2)).toEqual(['日期', '店铺检查']);
      expect(cells[0]!.at(-1)).toBe('完成率');
      const xlsxRow = cells.find((r) => r[0] instanceof Date && (r[0] as Date).toISOString().startsWith(TODAY));
      expect(xlsxRow?.slice(-3)).toEqual([10, 11, 10 / 11]);
      await panel.close();
    } finally {
      await currentWorker(s).evaluate(() => {
        const g = globalThis as unknown as { __realNow?: () => number };
        if (g.__realNow) Date.now = g.__realNow;
      });
    }
  });

  it('alarms and the badge survive the service worker being stopped', async () => {
    const page = await s.openExtensionPage('options.html');
    // The reminder on at 09:30, stored as the options page stores it.
    await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), reminder: { enabled: true, time: '09:30' } } });
    });
    type Alarm = { name: string; scheduledTime: number };
    const alarms = () =>
      currentWorker(s).evaluate(() =>
        (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Alarm[]> } } }).chrome.alarms.getAll(),
      );
    const reminder = await eventually(async () => (await alarms()).find((a) => a.name === 'shopmate.checklist.reminder'));
    expect(new Date(reminder!.scheduledTime).toTimeString().slice(0, 5)).toBe('09:30');

    // The settings change re-computes the badge (for the real day again, after the test above).
    await badgeBecomes(s, '1');
    await stopServiceWorker(s, page);
    // While it is stopped, the day's state changes on disk (as a backup restore from the options
    // page would): the untick of 钻展、直通车 is gone, so the visit ticks it again.
    await page.evaluate(
      (today) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('shopmate');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('checklistDays', 'readwrite');
            const store = tx.objectStore('checklistDays');
            const get = store.get(today);
            get.onsuccess = () => {
              const row = get.result as { shops: Record<string, { overrides: Record<string, unknown> }> };
              for (const list of Object.values(row.shops)) delete list.overrides.ads;
              store.put(row);
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      TODAY,
    );
    // A console page wakes a fresh worker: the alarms are still set, and the badge is computed
    // again from the database (nothing was kept in memory): everything is done.
    const console = await s.openConsole(PAGES.rules);
    const after = await eventually(async () => {
      const list = await alarms();
      return list.some((a) => a.name === 'shopmate.checklist.day') && list.some((a) => a.name === 'shopmate.checklist.reminder') ? list : undefined;
    });
    expect(after!.find((a) => a.name === 'shopmate.checklist.reminder')!.scheduledTime).toBe(reminder!.scheduledTime);
    await badgeBecomes(s, '');
    await console.close();
    await page.close();
  });
});

/** A year of history: 365 days of shop numbers, visits, notes and frozen checklist days. */
async function seedYear(s: ExtensionSession): Promise<void> {
  const page = await s.openExtensionPage('options.html');
  // Shop numbers through the real message path (as an imported report).
  const shopDays = Array.from({ length: 366 }, (_, i) => {
    const uv = 3000 + ((i * 37) % 900);
    const paidBuyers = Math.round(uv * (0.028 + (i % 5) * 0.002));
    return { date: addDays(TODAY, -i), metrics: { uv, pv: uv * 3, paidBuyers, salesAmount: paidBuyers * 78.5, unitsSold: paidBuyers + 9 } };
  });
  const reply = await sendFromPage(page, 'importReport', {
    platform: 'taobao',
    fileName: 'year.xlsx',
    importedAt: Date.now(),
    extraction: { shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays, items: [] },
  });
  expect(reply.ok, reply.error).toBe(true);
  // Visits and frozen days as a year of use leaves them (content scripts cannot be sent back in time).
  await page.evaluate(
    ({ today, dayMs }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shopmate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          const tx = dbh.transaction(['pageVisits', 'checklistDays', 'notes'], 'readwrite');
          const kinds = ['complaints', 'campaigns', 'itemList', 'ads', 'reviews', 'rules', 'decoration', 'orders'];
          const all = ['shop-check', 'campaigns', 'daily-report', 'store-pages', 'inventory', 'ads', 'fundamentals', 'campaign-review', 'rules', 'proposal', 'service'];
          const base = new Date(`${today}T10:00:00`).getTime();
          for (let i = 1; i <= 365; i++) {
            const at = base - i * dayMs;
            const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
            for (const [k, pageKind] of kinds.entries()) {
              tx.objectStore('pageVisits').add({ date, at: at + k * 600_000, platform: 'taobao', pageKind, url: 'https://myseller.taobao.com/home.htm' });
            }
            if (i % 7 === 0) tx.objectStore('notes').add({ date, at: at + 3_600_000, text: `第 ${i} 天的方案` });
            // The last 12 days complete (a streak), the rest 9 of 11.
            const done = i <= 12 ? all : all.filter((id) => id !== 'campaign-review' && id !== 'proposal');
            tx.objectStore('checklistDays').put({ date, overrides: i <= 12 ? { 'campaign-review': { done: true, at }, proposal: { done: true, at } } : {}, summary: { done, total: 11 } });
          }
          tx.oncomplete = () => {
            dbh.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { today: TODAY, dayMs: DAY_MS },
  );
  await page.close();
}

/**
 * Popup time to first useful render: the 'shopmate:popup-ready' mark (checklist and numbers on
 * screen), ms since navigation start; and 'shopmate:popup-script' (its code loaded) to tell
 * loading the bundle apart from reading settings and the database.
 */
async function readyMark(s: ExtensionSession): Promise<{ ready: number; script: number }> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 380, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.waitForFunction(() => performance.getEntriesByName('shopmate:popup-ready').length > 0);
  const marks = await page.evaluate(() => ({
    ready: performance.getEntriesByName('shopmate:popup-ready')[0]!.startTime,
    script: performance.getEntriesByName('shopmate:popup-script')[0]?.startTime ?? Number.NaN,
  }));
  await page.close();
  return marks;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('the popup with a year of history (dark mode)', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('renders fast: time to first render measured empty and with a year of history', async () => {
    await readyMark(s); // warm-up: first load compiles the bundle
    const emptyRuns: { ready: number; script: number }[] = [];
    for (let i = 0; i < 5; i++) emptyRuns.push(await readyMark(s));
    await seedYear(s);
    const yearRuns: { ready: number; script: number }[] = [];
    for (let i = 0; i < 7; i++) yearRuns.push(await readyMark(s));
    const empty = emptyRuns.map((r) => r.ready);
    const year = yearRuns.map((r) => r.ready);
    const result = {
      emptyMedianMs: Math.round(median(empty)),
      yearMedianMs: Math.round(median(year)),
      // Of which: loading the popup's code, and after it (settings + database + render).
      yearScriptLoadedMedianMs: Math.round(median(yearRuns.map((r) => r.script))),
      yearDataAndRenderMedianMs: Math.round(median(yearRuns.map((r) => r.ready - r.script))),
      empty: empty.map(Math.round),
      year: year.map(Math.round),
    };
    console.log('[checklist e2e] popup time to first render:', JSON.stringify(result));
    // The budget is 200 ms. On a loaded 2-core CI machine absolute times swing by 2-3×,
    // so the hard assertion is loose and relative: a year of history must not make the popup
    // meaningfully slower than an empty database; the figure itself is logged for the report.
    expect(median(year)).toBeLessThan(Math.max(1000, median(empty) * 2));
  });

  it('shows the streak from history and the headline numbers against yesterday; screenshot in dark mode', async () => {
    const popup = await openPopup(s);
    await popup.getByText('连续 12 天全部完成').waitFor();
    // Visits are from past days only: today is still open.
    expect(await popup.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('已完成 1 项，共 11 项');
    const sales = popup.locator('[data-metric="salesAmount"]');
    // Today so far (imported now) has no read of yesterday at this time: yesterday's full day is
    // shown as a reference, not as a drop.
    expect(await sales.locator('.pp-change').getAttribute('aria-label')).toMatch(/^昨日全天 ¥[\d,]+\.\d\d$/);
    await s.screenshot(popup, 'checklist-popup-dark');
    await popup.close();

    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: '查看月度清单考核表' }).click();
    await panel.getByText('当前连续 12 天全部完成').waitFor();
    await s.screenshot(panel, 'checklist-monthly-table-dark');
    await panel.close();
  });

  it('customising in options changes the list and the badge: hide, reorder, add with the keyboard', async () => {
    await badgeBecomes(s, '10');
    const options = await s.openExtensionPage('options.html');
    const list = options.getByRole('list', { name: '清单事项' });
    await list.waitFor();
    await options.getByRole('button', { name: '隐藏 客服跟进' }).click();
    await badgeBecomes(s, '9');
    // Keyboard: the focused 上移 button moves 提出方案 up and keeps the focus.
    await options.getByRole('button', { name: '上移 提出方案' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await list.locator('li').nth(8).getAttribute('data-duty'))).toBe('proposal');
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('上移 提出方案');
    await options.getByLabel('事项名称').fill('回复买家秀');
    await options.getByRole('checkbox', { name: '评价管理' }).check();
    await options.getByRole('button', { name: '添加', exact: true }).click();
    await list.getByText('回复买家秀').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.locator('section[aria-labelledby="opt-checklist"]').screenshot({ path: path.join(SCREENSHOTS, 'checklist-options-dark.png') });
    await options.close();

    // The seller's own duty ticks from the reviews page like the built-in ones.
    const popup = await openPopup(s);
    expect(await popup.getByRole('checkbox').count()).toBe(11);
    expect(await checkbox(popup, '回复买家秀').isChecked()).toBe(false);
    expect(await popup.locator('li[data-duty="proposal"]').evaluate((li) => li.previousElementSibling?.getAttribute('data-duty'))).toBe('campaign-review');
    await popup.close();
    const reviews = await s.openConsole(PAGES.reviews);
    await badgeBecomes(s, '8'); // 做好内功 and 回复买家秀
    await reviews.close();
  });

  it('links follow the platform the seller works on: after a Pinduoduo page they open Pinduoduo', async () => {
    const pdd = await s.openConsole('https://mms.pinduoduo.com/goods/goods_list');
    await eventually(async () => (await s.readStore<{ platform: string }>('pageVisits')).some((v) => v.platform === 'pinduoduo'));
    await pdd.close();
    const popup = await openPopup(s);
    expect(await popup.getByRole('combobox', { name: '链接打开' }).locator('option:checked').textContent()).toBe('自动（拼多多）');
    expect(await duty(popup, 'shop-check').getByRole('link').getAttribute('href')).toBe('https://mms.pinduoduo.com/pg/violation_list/mall_manage');
    expect(await duty(popup, 'ads').getByRole('link').getAttribute('href')).toBe('https://yingxiao.pinduoduo.com/goods/promotion/list');
    // 了解库存 ticked from Pinduoduo's item list, like Taobao's.
    expect(await duty(popup, 'inventory').locator('.pp-why').textContent()).toMatch(/^自动：\d\d:\d\d 打开了商品列表$/);
    // The seller can pin Taobao.
    await popup.getByRole('combobox', { name: '链接打开' }).selectOption('taobao');
    await expect.poll(() => duty(popup, 'shop-check').getByRole('link').getAttribute('href')).toBe(PAGES.complaints);
    await popup.close();
  });
});
