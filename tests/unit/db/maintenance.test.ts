import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { RETENTION_ALARM, StorageFullError, isQuotaError, pruneSnapshots, startMaintenance, withStorageGuard } from '@/lib/db/maintenance';
import { maintenanceItem } from '@/lib/db/maintenance-status';
import { requestPersistence } from '@/lib/db/persistence';
import { ShopMateDB } from '@/lib/db/schema';
import { CHANNEL, type Messages } from '@/lib/messaging/protocol';
import { detect } from '@/lib/platforms/registry';
import { settingsItem } from '@/lib/settings/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { realisticV1Rows } from './realistic-rows';

const DAY = 86_400_000;
let db: ShopMateDB;
const freshDb = async () => {
  db = new ShopMateDB(`maint-${Math.random()}`);
  const rows = realisticV1Rows(21); // snapshots on 2026-11-01 … 2026-11-21
  await db.transaction('rw', db.tables, async () => {
    for (const [name, list] of Object.entries(rows)) await db.table(name).bulkAdd(list);
  });
  return rows;
};
afterEach(async () => {
  await db?.delete();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const NOW = Date.UTC(2026, 10, 22, 2); // 2026-11-22 10:00 Beijing

describe('retention: the raw snapshot log is pruned, daily aggregates are kept', () => {
  it('deletes only snapshots older than the retention window', async () => {
    const rows = await freshDb();
    const deleted = await pruneSnapshots(db, 7, NOW);
    const kept = await db.snapshots.toArray();
    expect(deleted).toBe(rows.snapshots.length - kept.length);
    expect(kept.every((s) => s.capturedAt >= NOW - 7 * DAY)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(await db.shopDaily.count()).toBe(rows.shopDaily.length);
    expect(await db.itemDaily.count()).toBe(rows.itemDaily.length);
    expect(await db.pageVisits.count()).toBe(rows.pageVisits.length);
  });

  it('runs daily from an alarm created once (a restarted worker does not push it back) with the seller’s retention', async () => {
    await freshDb();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, snapshotRetentionDays: 3 });
    startMaintenance(db);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeDefined());
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    startMaintenance(db); // the worker started again
    await new Promise((r) => setTimeout(r, 10));
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(first?.scheduledTime);

    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: NOW, persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await maintenanceItem.getValue()).lastPrune).toBeDefined());
    expect((await db.snapshots.toArray()).every((s) => s.capturedAt >= NOW - 3 * DAY)).toBe(true);
  });
});

describe('quota errors', () => {
  it('recognises the browser’s QuotaExceededError however Dexie wraps it', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', [quotaError()]))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('a capture that hits the quota frees raw-log space, is retried, and is stored; the seller is told', async () => {
    await freshDb();
    const snapshotsBefore = await db.snapshots.count();
    const put = db.shopDaily.put.bind(db.shopDaily);
    let failures = 1;
    vi.spyOn(db.shopDaily, 'put').mockImplementation((...args) => {
      if (failures-- > 0) return Dexie.Promise.reject(quotaError()) as never;
      return put(...args);
    });
    const route = createRouter(withStorageGuard(createHandlers(db), db, { retentionDays: async () => 7, now: () => NOW }), {
      extensionId: 'x',
      extensionOrigin: 'chrome-extension://x/',
      isConsoleUrl: (url) => detect(url) !== undefined,
    });
    const result = await route(
      {
        channel: CHANNEL,
        type: 'capture',
        payload: {
          platform: 'taobao',
          pageKind: 'dashboard',
          url: 'https://sycm.taobao.com/portal/home.htm',
          source: 'dom',
          capturedAt: NOW,
          extraction: { shopId: '57300001', shopDays: [{ date: '2026-11-22', metrics: { uv: 12000, salesAmount: 12345.6 } }], items: [] },
        },
      },
      { id: 'x', url: 'https://sycm.taobao.com/portal/home.htm', tab: { id: 1 } as never },
    );
    expect(result.ok).toBe(true);
    expect(await db.shopDaily.get(['taobao:57300001', '2026-11-22'])).toMatchObject({ metrics: { uv: 12000, salesAmount: 12345.6 } });
    // Old raw log pruned (minus the new snapshot the retried capture added).
    expect(await db.snapshots.count()).toBeLessThan(snapshotsBefore);
    const status = await maintenanceItem.getValue();
    expect(status.quota).toMatchObject({ recovered: true, at: NOW });
    expect(status.quota!.freed).toBeGreaterThan(0);
  });

  it('when pruning does not help, the write fails with a message that says what to do, and nothing is half-written', async () => {
    await freshDb();
    const rowsBefore = await db.shopDaily.count();
    vi.spyOn(db.shopDaily, 'put').mockImplementation(() => Dexie.Promise.reject(quotaError()) as never);
    const guarded = withStorageGuard(createHandlers(db), db, { retentionDays: async () => 30, now: () => NOW });
    const capture = guarded.capture({
      platform: 'taobao',
      pageKind: 'dashboard',
      url: 'https://sycm.taobao.com/portal/home.htm',
      source: 'dom',
      capturedAt: NOW,
      extraction: { shopId: 'new-shop', shopDays: [{ date: '2026-11-22', metrics: { uv: 1 } }], items: [] },
    }, {});
    await expect(capture).rejects.toThrow(StorageFullError);
    await expect(capture).rejects.toThrow(/storage is full.*Settings → Data/);
    expect(await db.shops.get('taobao:new-shop')).toBeUndefined();
    expect(await db.shopDaily.count()).toBe(rowsBefore);
    expect((await maintenanceItem.getValue()).quota).toMatchObject({ recovered: false });
    // Both levels ran: nothing older than a day is left in the raw log.
    expect((await db.snapshots.toArray()).every((s) => s.capturedAt >= NOW - DAY)).toBe(true);
  });

  it('other errors pass through untouched and prune nothing', async () => {
    const rows = await freshDb();
    const guarded = withStorageGuard<Messages>(
      { ...createHandlers(db), 'note.save': async () => { throw new Error('boom'); } },
      db,
      { retentionDays: async () => 1, now: () => NOW },
    );
    await expect(guarded['note.save']({ text: 'x', at: NOW }, {})).rejects.toThrow('boom');
    expect(await db.snapshots.count()).toBe(rows.snapshots.length);
    expect((await maintenanceItem.getValue()).quota).toBeUndefined();
  });
});

describe('persistent storage', () => {
  it('asks once and reports the browser’s answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => false, persist })).toBe('persisted');
    expect(persist).toHaveBeenCalledOnce();
    const again = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => true, persist: again })).toBe('persisted');
    expect(again).not.toHaveBeenCalled();
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('refused');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
