import Dexie from 'dexie';
import { storage } from 'wxt/utils/storage';
import { LATEST_VERSION } from './schema';

/**
 * Opening the database, and telling the seller when it cannot be opened. A failed upgrade
 * rolls back (IndexedDB aborts the version change), so the old data stays on disk at the old
 * version: readRawDatabase() reads it without any schema, for a rescue backup.
 */

export interface DbHealth {
  at: number;
  /** Dexie/IndexedDB error name, e.g. UpgradeError, VersionError, QuotaExceededError. */
  errorName: string;
  message: string;
  /** The version this build expects. */
  expectedVersion: number;
}

/** null = the last open succeeded. Kept in extension storage, which works when IndexedDB does not. */
export const dbHealthItem = storage.defineItem<DbHealth | null>('local:dbHealth', { fallback: null });

export async function openDatabase(db: Dexie, now: () => number = Date.now): Promise<{ ok: true } | { ok: false; health: DbHealth }> {
  try {
    await db.open();
    if ((await dbHealthItem.getValue()) !== null) await dbHealthItem.setValue(null);
    return { ok: true };
  } catch (error) {
    const inner = (error as { inner?: unknown }).inner;
    const cause = inner instanceof Error ? inner : error instanceof Error ? error : undefined;
    const health: DbHealth = {
      at: now(),
      errorName: (error instanceof Error && error.name) || 'Error',
      message: cause ? `${cause.name}: ${cause.message}` : String(error),
      expectedVersion: LATEST_VERSION,
    };
    console.error('[ShopMate] the database could not be opened; the old data is kept as it was', error);
    await dbHealthItem.setValue(health).catch(() => undefined);
    return { ok: false, health };
  }
}

/**
 * Reads every object store as it is on disk, whatever its version, without upgrading it
 * (Dexie's dynamic mode). For the rescue backup after a failed upgrade.
 */
export async function readRawDatabase(name: string): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return { version: raw.verno, tables };
  } finally {
    raw.close();
  }
}
