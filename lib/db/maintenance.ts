import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/background/router';
import { loadSettings } from '@/lib/settings/store';
import { maintenanceItem, type MaintenanceStatus } from './maintenance-status';
import type { ShopMateDB } from './schema';

/**
 * Worker side of keeping the seller's history within the browser's storage: prune the raw
 * capture log on a schedule, and when the disk quota is hit, free space from
 * that raw log first (daily aggregates are the history and are never pruned here), retry,
 * and tell the seller what happened.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION_ALARM = 'shopmate.retention';

/** Deletes raw snapshots older than the retention window. Returns how many were deleted. */
export async function pruneSnapshots(db: ShopMateDB, retentionDays: number, now: number): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  return db.snapshots.where('capturedAt').below(cutoff).delete();
}

export type FreeSpaceLevel = 'retention' | 'keepLastDay';

/**
 * The retention action. 'retention' applies the seller's setting; 'keepLastDay' empties the
 * raw log except the last 24 hours. Daily aggregates, items, checklist, edits, campaigns and
 * notes are never touched.
 */
export async function freeSpace(
  db: ShopMateDB,
  level: FreeSpaceLevel,
  options: { retentionDays: number; now: number },
): Promise<number> {
  const days = level === 'retention' ? options.retentionDays : 1;
  return pruneSnapshots(db, days, options.now);
}

/** Is this (possibly wrapped by Dexie) error the browser saying the disk quota is used up? */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const err = e as { name?: unknown; inner?: unknown; failures?: unknown[]; cause?: unknown };
    if (err.name === 'QuotaExceededError' || err.name === Dexie.errnames.QuotaExceeded) return true;
    return visit(err.inner) || visit(err.cause) || (Array.isArray(err.failures) && err.failures.some(visit));
  };
  return visit(error);
}

/**
 * A write the storage guard could not save. Replies carry a string only, so the message starts
 * with its code (`storageFull: …`): pages show their own words for it (components/trust/
 * error-reason.ts); the English rest is for logs.
 */
export class StorageFullError extends Error {
  static readonly code = 'storageFull';
  override name = 'StorageFullError';
  constructor(readonly freed: number) {
    super(
      `${StorageFullError.code}: storage is full: this write was not saved (${freed} old raw records were pruned, daily data kept). ` +
        'Free disk space, or export a backup and delete old data in Settings → Data.',
    );
  }
}

/**
 * Wraps every handler: when a write fails because storage is full, prune the raw log
 * (retention first, then all but the last day), retry the handler once (its transaction was
 * rolled back, so nothing was half-written), and record the event for the UI banner.
 */
export function withStorageGuard<M>(
  handlers: Handlers<M>,
  db: ShopMateDB,
  deps: { retentionDays?: () => Promise<number>; now?: () => number } = {},
): Handlers<M> {
  const now = deps.now ?? Date.now;
  const retentionDays = deps.retentionDays ?? (async () => (await loadSettings()).snapshotRetentionDays);
  const guarded = {} as Record<string, unknown>;
  for (const [type, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => unknown][]) {
    guarded[type] = async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        let freed = 0;
        for (const level of ['retention', 'keepLastDay'] as const) {
          freed += await freeSpace(db, level, { retentionDays: await retentionDays(), now: now() }).catch(() => 0);
          try {
            const value = await handler(...args);
            await recordQuota({ at: now(), recovered: true, freed, message: describe(error) });
            return value;
          } catch (retryError) {
            if (!isQuotaError(retryError)) throw retryError;
          }
        }
        await recordQuota({ at: now(), recovered: false, freed, message: describe(error) });
        throw new StorageFullError(freed);
      }
    };
  }
  return guarded as Handlers<M>;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function recordQuota(quota: NonNullable<MaintenanceStatus['quota']>) {
  try {
    await maintenanceItem.setValue({ ...(await maintenanceItem.getValue()), quota });
  } catch {
    // extension storage can be full too: the handler's error still reaches the seller
  }
}

/** One retention pass with the seller's current setting; recorded for the Data section. */
export async function runRetention(db: ShopMateDB, now = Date.now()): Promise<number> {
  const { snapshotRetentionDays } = await loadSettings();
  const deleted = await pruneSnapshots(db, snapshotRetentionDays, now);
  await maintenanceItem.setValue({ ...(await maintenanceItem.getValue()), lastPrune: { at: now, deleted } });
  return deleted;
}

/**
 * Background wiring: a daily alarm prunes the raw log. Alarms survive the worker being
 * stopped (nothing here lives only in memory); create it only when missing so a restart of
 * the worker does not keep pushing the next run away.
 */
export function startMaintenance(db: ShopMateDB): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention(db).catch((e) => console.warn('[ShopMate] retention', e));
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  });
}
