import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSIONS } from '../../lib/db/schema';
import { realisticV1Rows } from '../unit/db/realistic-rows';
import { eventually, launchExtension, SCREENSHOTS, type ExtensionSession } from './harness';
import { contentScriptWorld, readAllStores, sendFromContentScript, stopServiceWorker } from './trust-helpers';
import { toBusinessDate } from '../../lib/dates';

/**
 * Many shops in one browser profile (issue 13), with the built extension in real Chromium:
 * the shop each console page belongs to is read from its header, each shop keeps its own days,
 * and a database from the previous schema keeps every row when this build upgrades it.
 */

type DailyRow = { shopKey: string; date: string; metrics: Record<string, number>; assumed?: true };
type ShopRow = { key: string; platform: string; shopId: string; name?: string; consoleId?: string; identifiedAt?: number };

const HOME = 'https://sycm.taobao.com/portal/home.htm';
const HOME_2 = 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=shop2';

describe('two Taobao shops opened one after another in one profile', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keep their own days and names', async () => {
    const first = await s.openConsole(HOME);
    const deer = await eventually(async () => {
      const rows = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.metrics.uv === 12000);
      return rows.length ? rows[0] : undefined;
    });
    // The seller logs into the second shop in the same profile and opens its 首页.
    await first.goto(HOME_2);
    const tea = await eventually(async () => {
      const rows = (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.metrics.uv === 5210);
      return rows.length ? rows[0] : undefined;
    });
    await s.screenshot(first, 'shops-second-taobao-shop');
    expect(tea!.shopKey).not.toBe(deer!.shopKey);

    const shops = await s.readStore<ShopRow>('shops');
    const byKey = new Map(shops.map((x) => [x.key, x]));
    expect(byKey.get(deer!.shopKey)).toMatchObject({ platform: 'taobao', name: '小鹿家居旗舰店', consoleId: '57300001' });
    expect(byKey.get(tea!.shopKey)).toMatchObject({ platform: 'taobao', name: '青禾茶叶专营店', consoleId: '61800002' });

    // Each shop has its own two days, exactly as its page showed them; neither overwrote the other.
    const daily = await s.readStore<DailyRow>('shopDaily');
    const of = (key: string) => Object.fromEntries(daily.filter((r) => r.shopKey === key).map((r) => [r.date, r.metrics]));
    expect(of(deer!.shopKey)).toEqual({
      '2026-11-22': { salesAmount: 12345.6, uv: 12000, pv: 36812, paidBuyers: 384, conversionRate: 0.032, unitsSold: 412, aov: 32.15, refundAmount: 1024 },
      '2026-11-21': { uv: 10800, pv: 33210, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.451, visitDepth: 3.08 },
    });
    expect(of(tea!.shopKey)).toEqual({
      '2026-11-22': { salesAmount: 8888.8, uv: 5210, pv: 15002, paidBuyers: 202, conversionRate: 0.0388, unitsSold: 230, aov: 44, refundAmount: 1024 },
      '2026-11-21': { uv: 4980, pv: 14020, salesAmount: 7650, paidBuyers: 180, conversionRate: 0.0361, aov: 42.5, bounceRate: 0.451, visitDepth: 3.08 },
    });
    expect(daily.some((r) => r.assumed)).toBe(false);

    // Each visit belongs to the shop whose page it was.
    const visits = await s.readStore<{ url: string; shopKey?: string }>('pageVisits');
    expect(visits.filter((v) => v.url === HOME).map((v) => v.shopKey)).toEqual([deer!.shopKey]);
    expect(visits.filter((v) => v.url === HOME_2).map((v) => v.shopKey)).toEqual([tea!.shopKey]);
  });

  it('a page that names no shop goes to the shop identified last on that console, flagged', async () => {
    const tea = (await s.readStore<ShopRow>('shops')).find((x) => x.name === '青禾茶叶专营店')!;
    // 体检中心 prints no shop name: its visit waits, then goes to 青禾 (the last one identified).
    const page = await s.openConsole('https://healthcenter.taobao.com/home/health_home.htm');
    const visit = await eventually(async () => (await s.readStore<{ url: string; shopKey?: string }>('pageVisits')).find((v) => v.url.startsWith('https://healthcenter')));
    expect(visit!.shopKey).toBe(tea.key);

    // Numbers read on such a page (as its content script sends them) are counted for 青禾 too, flagged…
    const world = await contentScriptWorld(page);
    const reply = await sendFromContentScript(world, 'capture', {
      platform: 'taobao',
      pageKind: 'complaints',
      url: 'https://healthcenter.taobao.com/home/health_home.htm',
      source: 'dom',
      capturedAt: Date.now(),
      extraction: { shopDays: [{ date: '2026-11-20', metrics: { uv: 777 } }], items: [] },
    });
    expect(reply).toMatchObject({ ok: true, value: { shopKey: tea.key } });
    expect((await s.readStore<DailyRow>('shopDaily')).find((r) => r.date === '2026-11-20')).toMatchObject({ shopKey: tea.key, assumed: true });
    await page.close();

    // …and the seller moves the day to 小鹿 in the options page's 店铺 list.
    const deer = (await s.readStore<ShopRow>('shops')).find((x) => x.name === '小鹿家居旗舰店')!;
    const options = await s.openExtensionPage('options.html');
    const entry = options.locator(`[data-testid="shops-section"] li.shop-entry[data-shop="${tea.key}"]`);
    const day = entry.locator('li[data-date="2026-11-20"]');
    await day.waitFor();
    await day.getByRole('combobox').selectOption(deer.key);
    await day.getByRole('button', { name: '移动' }).click();
    await expect.poll(async () => (await s.readStore<DailyRow>('shopDaily')).filter((r) => r.date === '2026-11-20').map((r) => [r.shopKey, r.metrics.uv, r.assumed])).toEqual([[deer.key, 777, undefined]]);
    await expect.poll(() => entry.locator('li[data-date]').count()).toBe(0);
    await options.setViewportSize({ width: 320, height: 900 });
    await options.locator('[data-testid="shops-section"]').scrollIntoViewIfNeeded();
    await options.locator('[data-testid="shops-section"]').screenshot({ path: `${SCREENSHOTS}/shops-options-320.png` });
  });
});

describe('the upgrade from the previous schema', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps every row; the unnamed 拼多多 history becomes the first 拼多多 shop identified', async () => {
    const v1 = realisticV1Rows();
    const page = await s.openExtensionPage('options.html');
    // Today's schema (v1, IndexedDB version 10) filled with real rows, written the way Dexie
    // lays it out, with the worker stopped so nothing opens it at v2 in between.
    await page.evaluate(
      ({ stores, rows }) =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase('shopmate');
          const open = indexedDB.open('shopmate', 10);
          const keyPathOf = (p: string) => (p.startsWith('[') ? p.slice(1, -1).split('+') : p);
          open.onupgradeneeded = () => {
            for (const [name, spec] of Object.entries(stores)) {
              const [primary, ...indexes] = spec!.split(',').map((x) => x.trim());
              const auto = primary!.startsWith('++');
              const store = open.result.createObjectStore(name, { keyPath: keyPathOf(primary!.replace('++', '')), autoIncrement: auto });
              for (const index of indexes) store.createIndex(index, keyPathOf(index));
              for (const row of (rows as Record<string, unknown[]>)[name] ?? []) store.add(row);
            }
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
      { stores: VERSIONS[0]!.stores, rows: v1 as unknown as Record<string, unknown[]> },
    );
    await stopServiceWorker(s, page);
    for (const open of s.context.pages()) if (open.url().startsWith('chrome-extension://')) await open.close();

    // The seller opens the popup: this build upgrades the database.
    const popup = await s.openExtensionPage('popup.html');
    await popup.getByRole('heading', { name: '每日运营清单' }).waitFor();
    const after = (await eventually(async () => {
      const all = await readAllStores(popup);
      return (all.shops as ShopRow[] | undefined)?.some((x) => x.identifiedAt !== undefined) ? all : undefined;
    }))!;
    const version = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('shopmate');
          open.onsuccess = () => {
            resolve(open.result.version);
            open.result.close();
          };
        }),
    );
    expect(version).toBe(VERSIONS.at(-1)!.version * 10);
    for (const [table, rows] of Object.entries(v1)) {
      expect(after[table], table).toHaveLength(rows.length);
      if (table === 'checklistDays') continue; // moved into the shop's own list: checked below
      for (const row of rows as Record<string, unknown>[]) expect(after[table], table).toContainEqual(expect.objectContaining(row));
    }
    // The single v1 checklist became the list of the shop used last (小鹿), every tick kept.
    for (const { date, overrides, summary } of v1.checklistDays) {
      expect(after.checklistDays).toContainEqual({ date, shops: { 'taobao:57300001': { overrides, ...(summary ? { summary } : {}) } } });
    }
    // What v2 adds: the named shop counts as identified; visits belong to a shop.
    expect((after.shops as ShopRow[]).find((x) => x.key === 'taobao:57300001')).toMatchObject({ consoleId: '57300001' });
    expect((after.pageVisits as { shopKey?: string }[]).every((v) => v.shopKey === 'taobao:57300001')).toBe(true);

    // The first 拼多多 page that names its shop takes over the unnamed 拼多多 history.
    await s.openConsole('https://mms.pinduoduo.com/home/');
    const pdd = await eventually(async () => (await s.readStore<ShopRow>('shops')).find((x) => x.key === 'pinduoduo:default' && x.name));
    expect(pdd).toMatchObject({ name: '小鹿家居拼多多店', consoleId: '880001' });
    const oldDay = v1.shopDaily.find((r) => r.shopKey === 'pinduoduo:default')!;
    expect((await s.readStore<DailyRow>('shopDaily')).find((r) => r.shopKey === 'pinduoduo:default' && r.date === oldDay.date)?.metrics).toEqual(oldDay.metrics);
    await s.screenshot(popup, 'shops-after-upgrade-popup');
  });
});

describe('a Taobao + 拼多多 + Amazon morning', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  const consoles = [
    { platform: 'taobao', url: HOME, shop: { id: '57300001', name: '小鹿家居旗舰店' }, metrics: { salesAmount: 3210.5, uv: 1500, paidBuyers: 45 } },
    { platform: 'pinduoduo', url: 'https://mms.pinduoduo.com/home/', shop: { id: '880001', name: '小鹿家居拼多多店' }, metrics: { salesAmount: 980, uv: 700, paidBuyers: 20 } },
    { platform: 'amazon', url: 'https://sellercentral.amazon.com/business-reports', shop: { id: 'A2SHOPMATE0001@ATVPDKIKX0DER', name: 'Acme Home · United States' }, metrics: { salesAmount: 412.75, uv: 230, paidBuyers: 9 } },
  ] as const;

  it('shows one headline row per shop, and a tick on one shop’s console does not tick another shop’s list', async () => {
    const today = toBusinessDate(Date.now());
    for (const c of consoles) {
      const page = await s.openConsole(c.url);
      // The demo consoles print November's dates: today's numbers so far come as the console's
      // content script reports them, from the console's own tab, naming the shop its header shows.
      const world = await contentScriptWorld(page);
      const reply = await sendFromContentScript(world, 'capture', {
        platform: c.platform,
        pageKind: 'dashboard',
        url: c.url,
        source: 'dom',
        capturedAt: Date.now(),
        shop: c.shop,
        extraction: { shopDays: [{ date: today, metrics: c.metrics }], items: [] },
      });
      expect(reply).toMatchObject({ ok: true });
      await page.close();
    }
    const shops = await eventually(async () => {
      const all = await s.readStore<ShopRow>('shops');
      return all.length === 3 && all.every((x) => x.name) ? all : undefined;
    });
    const keyOf = (platform: string) => shops!.find((x) => x.platform === platform)!.key;

    const popup = await s.openExtensionPage('popup.html');
    const rows = popup.locator('.pp-headline article');
    await expect.poll(() => rows.count()).toBe(3);
    const names = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(names.sort()).toEqual(['Acme Home · United States · 亚马逊', '小鹿家居拼多多店 · 拼多多', '小鹿家居旗舰店 · 淘宝/天猫'].sort());
    const amazon = popup.locator(`.pp-headline article[data-shop="${keyOf('amazon')}"]`);
    expect(await amazon.locator('[data-metric="salesAmount"] .pp-value').textContent()).toBe('US$412.75');
    const taobao = popup.locator(`.pp-headline article[data-shop="${keyOf('taobao')}"]`);
    expect(await taobao.locator('[data-metric="salesAmount"] .pp-value').textContent()).toBe('¥3,210.50');
    expect(await taobao.locator('[data-metric="aov"] .pp-value').textContent()).toBe('¥71.34');
    await s.screenshot(popup, 'shops-popup-three-shops');
    await popup.setViewportSize({ width: 320, height: 900 });
    await s.screenshot(popup, 'shops-popup-three-shops-320');
    await popup.close();

    // 评价管理 on the Taobao console (千牛 nick 小鹿家居旗舰店:运营小王) ticks 小鹿's 基础维护 only.
    const reviews = await s.openConsole('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC');
    await eventually(async () => (await s.readStore<{ url: string; shopKey?: string }>('pageVisits')).find((v) => v.url.includes('rateWait4PC') && v.shopKey === keyOf('taobao')));
    await reviews.close();

    const list = await s.openExtensionPage('popup.html');
    const picker = list.getByRole('combobox', { name: '店铺清单' });
    const fundamentals = list.locator('.pp-duty[data-duty="fundamentals"]');
    await picker.selectOption(keyOf('taobao'));
    await expect.poll(() => fundamentals.getAttribute('data-done')).toBe('true');
    await picker.selectOption(keyOf('pinduoduo'));
    await expect.poll(() => fundamentals.getAttribute('data-done')).toBe('false');
    await s.screenshot(list, 'shops-popup-pinduoduo-checklist');
    await picker.selectOption(keyOf('amazon'));
    await expect.poll(() => fundamentals.getAttribute('data-done')).toBe('false');
    // A manual tick on 拼多多's list stays on 拼多多's list.
    await picker.selectOption(keyOf('pinduoduo'));
    await list.locator('.pp-duty[data-duty="rules"] input[type="checkbox"]').check();
    await expect.poll(() => list.locator('.pp-duty[data-duty="rules"]').getAttribute('data-done')).toBe('true');
    await picker.selectOption(keyOf('taobao'));
    await expect.poll(() => list.locator('.pp-duty[data-duty="rules"]').getAttribute('data-done')).toBe('false');
    const day = (await s.readStore<{ date: string; shops?: Record<string, { overrides: Record<string, unknown> }> }>('checklistDays')).find((d) => d.date === today);
    expect(Object.keys(day?.shops ?? {})).toEqual([keyOf('pinduoduo')]);
  });
});
