import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, type ExtensionSession } from './harness';
import { LATEST_VERSION } from '../../lib/db/schema';
import {
  contentScriptWorld,
  readAllStores,
  sendFromContentScript,
  sendFromPage,
  serviceWorkerRunning,
  stopServiceWorker,
} from './trust-helpers';

/**
 * MV3 lifecycle and concurrency in real Chromium: the service worker is stopped mid-session
 * (as Chromium does to idle workers) while writes are in flight; every write that was
 * acknowledged is on disk, and the worker restarts on the next message. Several console tabs
 * writing the same shop and day at once end in one row with every metric kept.
 */

const HOME = 'https://sycm.taobao.com/portal/home.htm';

describe('MV3: the service worker can be stopped at any moment', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('acknowledged writes are on disk after the worker is stopped mid-burst, and it restarts and keeps working', async () => {
    const options = await s.openExtensionPage('options.html');
    expect(await sendFromPage(options, 'note.save', { text: 'before the stop', at: Date.now() })).toMatchObject({ ok: true });

    // 200 writes in flight from the page; the worker is stopped once the first is acknowledged.
    await options.evaluate(() => {
      const w = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { id: number } }> } };
        burst: Promise<unknown[]>;
        acked: number;
      };
      w.acked = 0;
      w.burst = Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          w.chrome.runtime
            .sendMessage({ channel: 'shopmate/v1', type: 'note.save', payload: { text: `burst ${i}`, at: Date.now() } })
            .then((reply) => {
              if (reply?.ok) w.acked++;
              // No reply at all (the port closed with the worker): not acknowledged, and the
              // client says so (sendToBackground throws "did not answer").
              return reply ?? { ok: false, error: 'no answer: the worker stopped' };
            })
            .catch((e: Error) => ({ ok: false, error: e.message })),
        ),
      );
    });
    await expect.poll(() => options.evaluate(() => (globalThis as unknown as { acked: number }).acked), { interval: 5 }).toBeGreaterThan(0);
    await stopServiceWorker(s, options);
    const replies = (await options.evaluate(() => (globalThis as unknown as { burst: Promise<unknown[]> }).burst)) as {
      ok: boolean;
      value?: { id: number };
      error?: string;
    }[];
    expect(await serviceWorkerRunning(s)).toBe(false);

    // Read the disk from the page (the worker is gone): every acknowledged id is there.
    const notes = (await readAllStores(options)).notes as { id: number; text: string }[];
    const onDisk = new Set(notes.map((n) => n.id));
    const acked = replies.filter((r) => r.ok).map((r) => r.value!.id);
    for (const id of acked) expect(onDisk.has(id), `acknowledged note ${id} is on disk`).toBe(true);
    // Anything not acknowledged was reported to the sender as an error, never silently dropped as "ok".
    for (const r of replies.filter((x) => !x.ok)) expect(r.error).toBeTruthy();
    expect(notes.map((n) => n.text)).toContain('before the stop');
    console.log(`[trust] stop mid-burst: ${acked.length} acknowledged and on disk, ${replies.length - acked.length} reported as failed`);

    // The next message wakes a fresh worker, which keeps working.
    const after = await sendFromPage(options, 'note.save', { text: 'after the restart', at: Date.now() });
    expect(after).toMatchObject({ ok: true });
    expect(await serviceWorkerRunning(s)).toBe(true);

    // A console page opened after the restart is recorded too (its content script wakes the worker).
    await stopServiceWorker(s, options);
    const page = await s.openConsole(HOME);
    await eventually(async () => ((await readAllStores(options)).pageVisits ?? []).length > 0);
    expect((await readAllStores(options)).notes!.map((n) => (n as { text: string }).text)).toContain('after the restart');
    await s.screenshot(options, 'trust-lifecycle-options-after-restart');
    await page.close();
    await options.close();
  });

  it('the retention schedule survives a restart: an alarm, not a timer in memory', async () => {
    const options = await s.openExtensionPage('options.html');
    const alarms = () =>
      options.evaluate(() =>
        (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } } }).chrome.alarms.getAll(),
      );
    const before = (await eventually(async () => (await alarms()).filter((a) => a.name === 'shopmate.retention')));
    expect(before).toHaveLength(1);
    await stopServiceWorker(s, options);
    expect(await sendFromPage(options, 'data.freeSpace', { level: 'retention' })).toMatchObject({ ok: true });
    // The restarted worker found the alarm and did not push the next run away.
    expect((await alarms()).filter((a) => a.name === 'shopmate.retention')).toEqual(before);
    await options.close();
  });
});

describe('concurrency: several console tabs writing at once', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('four 生意参谋 tabs capturing the same shop and day at once end in ONE row per shop per day, no metric lost', async () => {
    // Console tabs whose page names no shop and shows nothing readable: only the messages below
    // write (the 首页's own header would name 小鹿 and its reader would add the page's numbers).
    const tabs = await Promise.all(Array.from({ length: 4 }, () => s.openConsole(`${HOME}?shopmate-fixture=garbled`)));
    const worlds = await Promise.all(tabs.map((tab) => contentScriptWorld(tab)));
    const date = '2026-11-22';
    const base = Date.now();
    // Each tab reads a different part of the day (dashboard, traffic, trade, service) several times.
    const parts = [
      { uv: 12000, pv: 36812 },
      { salesAmount: 12345.6, paidBuyers: 384 },
      { conversionRate: 0.032, aov: 32.15 },
      { dsr: 4.8, bounceRate: 0.41 },
    ];
    const sends = worlds.flatMap((world, tab) =>
      Array.from({ length: 5 }, (_, round) =>
        sendFromContentScript(world, 'capture', {
          platform: 'taobao',
          pageKind: 'dashboard',
          url: HOME,
          source: 'dom',
          capturedAt: base + round * 10 + tab,
          extraction: {
            shopId: '57300002',
            shopName: '小鹿家居二店',
            // The last round of each tab carries the final value (+ round), so the newest read must win.
            shopDays: [{ date, metrics: Object.fromEntries(Object.entries(parts[tab]!).map(([k, v]) => [k, k === 'uv' ? v + round : v])) }],
            items: [{ itemId: '652301122834', title: '北欧实木床头柜', days: [{ date, metrics: { uv: 800 + tab * 10 + round } }] }],
          },
        }),
      ),
    );
    const replies = await Promise.all(sends);
    for (const r of replies) expect(r).toMatchObject({ ok: true, value: { shopKey: 'taobao:57300002' } });

    const shopDaily = await s.readStore<{ shopKey: string; date: string; metrics: Record<string, number> }>('shopDaily');
    const rows = shopDaily.filter((r) => r.shopKey === 'taobao:57300002' && r.date === date);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.metrics).toEqual({ ...parts[0], uv: 12004, ...parts[1], ...parts[2], ...parts[3] });
    const shops = await s.readStore<{ key: string }>('shops');
    expect(shops.filter((x) => x.key === 'taobao:57300002')).toHaveLength(1);
    const itemDaily = await s.readStore<{ itemId: string; date: string; metrics: { uv: number } }>('itemDaily');
    const itemRows = itemDaily.filter((r) => r.itemId === '652301122834' && r.date === date);
    expect(itemRows).toHaveLength(1);
    // The newest read of the item (tab 3, round 4) wins.
    expect(itemRows[0]!.metrics.uv).toBe(800 + 30 + 4);
    // The capture messages' own snapshots.
    // (The garbled page's own "could not read" note, if it came already, is not a read.)
    const logged = (await s.readStore<{ shopKey: string; payload: { error?: string } }>('snapshots')).filter((x) => x.shopKey === 'taobao:57300002' && !x.payload.error);
    expect(logged).toHaveLength(20);
    await Promise.all(tabs.map((t) => t.close()));
  });

  it('the real reader in four 生意参谋 首页 tabs opened at once: one correct row per day, the read logged once', async () => {
    const tabs = await Promise.all(Array.from({ length: 4 }, () => s.openConsole(HOME)));
    // The shop the 首页's header names (小鹿, id 57300001).
    const shop = await eventually(async () => (await s.readStore<{ key: string; consoleId?: string }>('shops')).find((x) => x.consoleId === '57300001')?.key);
    const rows = await eventually(async () => {
      const all = (await s.readStore<{ shopKey: string; date: string; metrics: Record<string, number> }>('shopDaily')).filter((r) => r.shopKey === shop);
      return all.length === 2 ? all : undefined;
    });
    // Give every tab's read time to land, then check nothing was duplicated or lost.
    await new Promise((r) => setTimeout(r, 2500));
    const after = (await s.readStore<{ shopKey: string; date: string; metrics: Record<string, number> }>('shopDaily')).filter((r) => r.shopKey === shop);
    expect(after).toEqual(rows);
    // The values the fixture shows (tests/e2e/capture-taobao.e2e.test.ts reads the same page alone).
    expect(Object.fromEntries(after.map((r) => [r.date, r.metrics]))).toEqual({
      '2026-11-22': { salesAmount: 12345.6, uv: 12000, pv: 36812, paidBuyers: 384, conversionRate: 0.032, unitsSold: 412, aov: 32.15, refundAmount: 1024 },
      '2026-11-21': { uv: 10800, pv: 33210, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.451, visitDepth: 3.08 },
    });
    // Identical reads of one page on one day are logged once, however many tabs read it at once.
    const logged = (await s.readStore<{ url: string; shopKey: string }>('snapshots')).filter((x) => x.url === HOME && x.shopKey === shop);
    expect(logged).toHaveLength(1);
    await Promise.all(tabs.map((t) => t.close()));
  });
});

describe('a database on disk that this build did not write', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('after a downgrade (a newer version upgraded and re-keyed the database), this build still opens it, keeps every row and writes', async () => {
    const options = await s.openExtensionPage('options.html');
    expect(await sendFromPage(options, 'note.save', { text: '降级后也不能丢的笔记', at: Date.now() })).toMatchObject({ ok: true });
    // A newer ShopMate upgraded the database (IndexedDB version 990 = Dexie 99), added a table and
    // re-keyed another; the seller went back to this build. The worker's connection gives way.
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('shopmate', 990);
          open.onupgradeneeded = () => {
            open.result.deleteObjectStore('campaigns');
            open.result.createObjectStore('campaigns', { keyPath: ['shopKey', 'name'] });
            open.result.createObjectStore('futureTable', { keyPath: 'id' });
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('blocked'));
        }),
    );
    await stopServiceWorker(s, options);
    // Dexie 4 opens a newer database at its own version and patches what it needs: no data loss,
    // no error, no banner.
    expect(await sendFromPage(options, 'note.save', { text: '降级后写入', at: Date.now() })).toMatchObject({ ok: true });
    const stores = await readAllStores(options);
    expect((stores.notes as { text: string }[]).map((n) => n.text)).toEqual(['降级后也不能丢的笔记', '降级后写入']);
    expect(stores).toHaveProperty('futureTable');
    await options.reload();
    await options.getByTestId('data-section').waitFor();
    expect(await options.getByRole('alert').filter({ hasText: '数据库升级失败' }).count()).toBe(0);
  });

  it('when opening fails, every page shows the banner and the rescue backup holds every row on disk', async () => {
    // The record the background writes when db.open() fails (tests/unit/db/migrations.test.ts
    // › a failed upgrade: the failure itself is produced there with a throwing upgrade).
    const options = await s.openExtensionPage('options.html');
    await options.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        dbHealth: { at: Date.now(), errorName: 'UpgradeError', message: 'UpgradeError: upgrade bug', expectedVersion: 1 },
      }),
    );
    const banner = options.getByRole('alert').filter({ hasText: '数据库升级失败' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/UpgradeError: upgrade bug.*您的数据仍完整保存在本机/);
    await s.screenshot(options, 'trust-db-failed-banner');
    const [download] = await Promise.all([options.waitForEvent('download'), banner.getByRole('button', { name: '下载现有数据备份' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      schemaVersion: number;
      tables: Record<string, { text?: string }[]>;
    };
    expect(file.format).toBe('shopmate-backup');
    expect(file.schemaVersion).toBeGreaterThanOrEqual(99);
    expect(file.tables.notes!.map((n) => n.text)).toEqual(['降级后也不能丢的笔记', '降级后写入']);
    expect(Object.keys(file.tables).sort()).toEqual(Object.keys(await readAllStores(options)).sort());

    const panel = await s.openExtensionPage('sidepanel.html');
    await panel.getByRole('alert').filter({ hasText: '数据库升级失败' }).waitFor();
    await s.screenshot(panel, 'trust-db-failed-sidepanel');

    // The popup, the page sellers open every morning, shows it too, above the checklist.
    const popup = await s.openExtensionPage('popup.html');
    const popupBanner = popup.getByRole('alert').filter({ hasText: '数据库升级失败' });
    await popupBanner.waitFor();
    expect(await popupBanner.getByRole('button', { name: '下载现有数据备份' }).count()).toBe(1);
    await popup.getByRole('heading', { name: '每日运营清单' }).waitFor();
    await s.screenshot(popup, 'trust-db-failed-popup');
  });

  it('a database this build cannot upgrade: the popup, side panel and options say so and what to do, none goes blank, and the rescue backup holds the rows', async () => {
    const page = await s.openExtensionPage('options.html');
    // An older database whose campaigns table has another primary key: Dexie cannot upgrade
    // that (it refuses to change a primary key), so opening really fails and rolls back.
    // The delete and the create are queued together, before any page's connection reopens.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase('shopmate');
          const open = indexedDB.open('shopmate', 5);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('campaigns', { keyPath: 'name' }).add({ name: '双11 大促', start: '2026-11-01' });
            open.result.createObjectStore('notes', { keyPath: 'id', autoIncrement: true }).add({ text: '升级失败也不能丢的笔记', at: 1, date: '2026-11-20' });
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    // No failure recorded yet (this page opened the database before), and the worker that
    // records one when it starts is stopped, as Chromium does to idle workers.
    await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('dbHealth'));
    await stopServiceWorker(s, page);
    for (const open of s.context.pages()) if (open.url().startsWith('chrome-extension://')) await open.close();

    // The seller's first click is the toolbar button: the popup itself must find out and say so.
    const popup = await s.openExtensionPage('popup.html');
    const banner = popup.getByRole('alert').filter({ hasText: '数据库升级失败' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('UpgradeError: Not yet support for changing primary key');
    const checklist = popup.getByRole('main');
    await checklist.getByRole('heading', { name: '每日运营清单' }).waitFor();
    const why = checklist.getByRole('alert');
    await why.waitFor();
    expect(await why.textContent()).toMatch(/本机数据库打不开，这里暂时没法显示（UpgradeError: Not yet support for changing primary key）。您的数据仍保存在本机，没有被删除。请先点上方的“下载现有数据备份”/);
    expect(await checklist.getAttribute('aria-busy')).toBeNull(); // not stuck on 加载中…
    await s.screenshot(popup, 'trust-db-unopenable-popup');
    // The rescue backup from the popup holds every row as it is on disk (the upgrade rolled back).
    const [download] = await Promise.all([popup.waitForEvent('download'), banner.getByRole('button', { name: '下载现有数据备份' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { schemaVersion: number; tables: Record<string, unknown[]> };
    expect(file.schemaVersion).toBe(0.5);
    expect(file.tables).toEqual({
      campaigns: [{ name: '双11 大促', start: '2026-11-01' }],
      notes: [{ text: '升级失败也不能丢的笔记', at: 1, date: '2026-11-20', id: 1 }],
    });
    const health = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('dbHealth'),
    );
    expect(health.dbHealth).toMatchObject({ errorName: 'UpgradeError', expectedVersion: LATEST_VERSION });

    // The side panel and the options page show the banner with the rescue backup too.
    for (const name of ['sidepanel.html', 'options.html']) {
      const other = await s.openExtensionPage(name);
      const otherBanner = other.getByRole('alert').filter({ hasText: '数据库升级失败' });
      await otherBanner.waitFor();
      expect(await otherBanner.getByRole('button', { name: '下载现有数据备份' }).count()).toBe(1);
      await s.screenshot(other, `trust-db-unopenable-${name.replace('.html', '')}`);
    }
    expect(await readAllStores(popup)).toEqual(file.tables);
  });
});

describe('the popup, the page sellers open every morning', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('asks the browser to keep its storage persistent, once', async () => {
    const popup = await s.context.newPage();
    // Count the page's questions to the browser (mountPage and the banner both ask; one question goes out).
    await popup.addInitScript(() => {
      const w = globalThis as unknown as { persistAsks: string[] };
      w.persistAsks = [];
      const storage = navigator.storage;
      const persisted = storage.persisted.bind(storage);
      const persist = storage.persist.bind(storage);
      storage.persisted = () => (w.persistAsks.push('persisted'), persisted());
      storage.persist = () => (w.persistAsks.push('persist'), persist());
    });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: '每日运营清单' }).waitFor();
    const asks = await eventually(async () => {
      const seen = await popup.evaluate(() => (globalThis as unknown as { persistAsks: string[] }).persistAsks);
      if (seen.length === 0) throw new Error('not asked yet');
      return seen;
    });
    await popup.waitForTimeout(300);
    const final = await popup.evaluate(() => (globalThis as unknown as { persistAsks: string[] }).persistAsks);
    expect(final).toEqual(asks);
    expect(final[0]).toBe('persisted');
    expect(final.filter((a) => a === 'persisted')).toHaveLength(1);
    expect(final.filter((a) => a === 'persist').length).toBeLessThanOrEqual(1);
    console.log(`[trust] popup storage asks: ${final.join(', ')}; persisted now: ${await popup.evaluate(() => navigator.storage.persisted())}`);
    await popup.close();
  });

  it('a write lost to a full disk: the popup says so above the checklist, and 清理原始记录 prunes the raw log and clears it', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await popup.getByRole('heading', { name: '每日运营清单' }).waitFor();
    // The record withStorageGuard writes when pruning did not make room (tests/unit/db/maintenance.test.ts).
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        maintenance: { quota: { at: Date.now(), recovered: false, freed: 0, message: 'QuotaExceededError' } },
      }),
    );
    const banner = popup.getByRole('alert').filter({ hasText: '存储空间已满' });
    await banner.waitFor();
    await s.screenshot(popup, 'trust-quota-popup');
    await banner.getByRole('button', { name: '清理原始记录' }).click();
    await banner.waitFor({ state: 'detached' });
    const stored = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('maintenance'),
    );
    expect(stored.maintenance).toMatchObject({ lastPrune: { deleted: 0 } });
    expect(stored.maintenance).not.toHaveProperty('quota');
    await popup.getByRole('heading', { name: '每日运营清单' }).waitFor();
  });
});
