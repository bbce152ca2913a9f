import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, type ExtensionSession } from './harness';
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

    // 60 writes in flight from the page; the worker is stopped while they run.
    await options.evaluate(() => {
      const w = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { id: number } }> } };
        burst: Promise<unknown[]>;
      };
      w.burst = Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          w.chrome.runtime
            .sendMessage({ channel: 'shopmate/v1', type: 'note.save', payload: { text: `burst ${i}`, at: Date.now() } })
            .catch((e: Error) => ({ ok: false, error: e.message })),
        ),
      );
    });
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
    const tabs = await Promise.all(Array.from({ length: 4 }, () => s.openConsole(HOME)));
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
            shopId: '57300001',
            shopName: '小鹿家居旗舰店',
            // The last round of each tab carries the final value (+ round), so the newest read must win.
            shopDays: [{ date, metrics: Object.fromEntries(Object.entries(parts[tab]!).map(([k, v]) => [k, k === 'uv' ? v + round : v])) }],
            items: [{ itemId: '652301122834', title: '北欧实木床头柜', days: [{ date, metrics: { uv: 800 + tab * 10 + round } }] }],
          },
        }),
      ),
    );
    const replies = await Promise.all(sends);
    for (const r of replies) expect(r).toMatchObject({ ok: true, value: { shopKey: 'taobao:57300001' } });

    const shopDaily = await s.readStore<{ shopKey: string; date: string; metrics: Record<string, number> }>('shopDaily');
    const rows = shopDaily.filter((r) => r.shopKey === 'taobao:57300001' && r.date === date);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.metrics).toEqual({ ...parts[0], uv: 12004, ...parts[1], ...parts[2], ...parts[3] });
    const shops = await s.readStore<{ key: string }>('shops');
    expect(shops.filter((x) => x.key === 'taobao:57300001')).toHaveLength(1);
    const itemDaily = await s.readStore<{ itemId: string; date: string; metrics: { uv: number } }>('itemDaily');
    const itemRows = itemDaily.filter((r) => r.itemId === '652301122834' && r.date === date);
    expect(itemRows).toHaveLength(1);
    // The newest read of the item (tab 3, round 4) wins.
    expect(itemRows[0]!.metrics.uv).toBe(800 + 30 + 4);
    expect(await s.readStore('snapshots')).toHaveLength(20);
    await Promise.all(tabs.map((t) => t.close()));
  });
});
