import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSIONS } from '../../lib/db/schema';
import { realisticV1Rows } from '../unit/db/realistic-rows';
import { eventually, launchExtension, type ExtensionSession } from './harness';
import { readAllStores, stopServiceWorker } from './trust-helpers';

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
    await page.close();
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
      for (const row of rows as Record<string, unknown>[]) expect(after[table], table).toContainEqual(expect.objectContaining(row));
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
