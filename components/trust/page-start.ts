import { useEffect, useSyncExternalStore } from 'react';
import { db } from '@/lib/db';
import { requestPersistence } from '@/lib/db/persistence';
import { openDatabase } from '@/lib/db/open';

/**
 * What every extension page does once when it opens. Pages open the database themselves (their
 * live queries need it anyway): when that fails, the failure is recorded for the banner at once,
 * because the service worker that normally records it may not have started since (Chromium stops
 * idle workers), and Dexie's live queries wait silently on a database that never opens.
 */

export type PageDatabase = { state: 'opening' } | { state: 'open' } | { state: 'failed'; error: unknown };

let current: PageDatabase = { state: 'opening' };
let opening: Promise<PageDatabase> | undefined;
const listeners = new Set<() => void>();

/** Opens this page's connection once; on failure records it (lib/db/open.ts) for TrustBanner. */
export function openPageDatabase(): Promise<PageDatabase> {
  opening ??= db.open().then(
    (): PageDatabase => ({ state: 'open' }),
    async (error: unknown): Promise<PageDatabase> => {
      // openDatabase tries once more and writes dbHealth on failure (or clears it if this was passing).
      const retried = await openDatabase(db).catch(() => ({ ok: false as const }));
      return retried.ok ? { state: 'open' } : { state: 'failed', error };
    },
  ).then((state) => {
    current = state;
    for (const listener of listeners) listener();
    return state;
  });
  return opening;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** This page's database: 'opening' until openPageDatabase() settles. */
export function usePageDatabase(): PageDatabase {
  useEffect(() => {
    void openPageDatabase();
  }, []);
  return useSyncExternalStore(subscribe, () => current);
}

let persistence: Promise<unknown> | undefined;

/**
 * Asks the browser once per page to keep ShopMate's storage (only pages may ask, not the worker).
 * Harmless: it never throws, never blocks rendering, and does not ask again once granted.
 */
export function askPersistenceOnce(): Promise<unknown> {
  persistence ??= requestPersistence().catch(() => 'unsupported');
  return persistence;
}

/** For tests: forget this page's state, as a newly opened page would. */
export function resetPageStart(): void {
  current = { state: 'opening' };
  opening = undefined;
  persistence = undefined;
  listeners.clear();
}
