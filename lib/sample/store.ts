import Dexie from 'dexie';
import type { ShopMateDB } from '@/lib/db/schema';
import { generateSampleShop, SAMPLE_SHOP_KEY } from './generate';

/** The tables that hold the sample shop's rows (all keyed by its shopKey). */
const tablesOf = (db: ShopMateDB) => [db.shops, db.shopDaily, db.itemDaily, db.items, db.campaigns, db.titleEdits, db.snapshots];

/**
 * Stores the sample shop (replacing an earlier one, so reloading gives today's dates). Runs in
 * the background, the only writer. Nothing of the seller's own is touched: no page visits or
 * checklist ticks are written, so the checklist stays the seller's.
 */
export async function loadSampleShop(db: ShopMateDB, now: number): Promise<{ days: number; items: number }> {
  const sample = generateSampleShop(now);
  await db.transaction('rw', tablesOf(db), async () => {
    await deleteRows(db);
    await db.shops.put(sample.shop);
    await db.shopDaily.bulkPut(sample.shopDaily);
    await db.items.bulkPut(sample.items);
    await db.itemDaily.bulkPut(sample.itemDaily);
    await db.campaigns.bulkAdd(sample.campaigns);
    await db.titleEdits.bulkAdd(sample.titleEdits);
    await db.snapshots.bulkAdd(sample.snapshots);
  });
  return { days: sample.shopDaily.length, items: sample.items.length };
}

/** Removes every row of the sample shop; the seller's shops are untouched. */
export async function removeSampleShop(db: ShopMateDB): Promise<void> {
  await db.transaction('rw', tablesOf(db), () => deleteRows(db));
}

async function deleteRows(db: ShopMateDB): Promise<void> {
  const key = SAMPLE_SHOP_KEY;
  await db.shops.delete(key);
  await db.shopDaily.where('[shopKey+date]').between([key, Dexie.minKey], [key, Dexie.maxKey]).delete();
  await db.itemDaily.where('[shopKey+date]').between([key, Dexie.minKey], [key, Dexie.maxKey]).delete();
  await db.items.where('shopKey').equals(key).delete();
  await db.campaigns.where('shopKey').equals(key).delete();
  await db.snapshots.where('shopKey').equals(key).delete();
  await db.titleEdits.filter((e) => e.shopKey === key).delete();
}

/** Whether a row belongs to the sample shop (backups and exports leave those out unless asked). */
export const isSampleRow = (table: string, row: unknown): boolean => {
  const r = row as { key?: unknown; shopKey?: unknown };
  return table === 'shops' ? r.key === SAMPLE_SHOP_KEY : r.shopKey === SAMPLE_SHOP_KEY;
};
