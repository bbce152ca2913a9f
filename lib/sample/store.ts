import type { ShopMateDB } from '@/lib/db/schema';
import { deleteShopRows, shopTables } from '@/lib/db/shop-admin';
import { generateSampleShop, SAMPLE_SHOP_KEY } from './generate';

/**
 * Stores the sample shop (replacing an earlier one, so reloading gives today's dates). Runs in
 * the background, the only writer. Nothing of the seller's own is touched: no page visits or
 * checklist ticks are written, so the checklist stays the seller's.
 */
export async function loadSampleShop(db: ShopMateDB, now: number): Promise<{ days: number; items: number }> {
  const sample = generateSampleShop(now);
  await db.transaction('rw', shopTables(db), async () => {
    await deleteShopRows(db, SAMPLE_SHOP_KEY);
    await db.shops.put(sample.shop);
    await db.shopDaily.bulkPut(sample.shopDaily);
    await db.items.bulkPut(sample.items);
    await db.itemDaily.bulkPut(sample.itemDaily);
    await db.campaigns.bulkAdd(sample.campaigns);
    await db.titleEdits.bulkAdd(sample.titleEdits);
    await db.snapshots.bulkAdd(sample.snapshots);
    await db.sourceDaily.bulkPut(sample.sourceDaily);
  });
  return { days: sample.shopDaily.length, items: sample.items.length };
}

/** Removes every row of the sample shop (as 店铺 → delete does for a real one); the seller's shops are untouched. */
export async function removeSampleShop(db: ShopMateDB): Promise<void> {
  await db.transaction('rw', shopTables(db), () => deleteShopRows(db, SAMPLE_SHOP_KEY));
}

/** Whether a row belongs to the sample shop (backups and exports leave those out unless asked). */
export const isSampleRow = (table: string, row: unknown): boolean => {
  const r = row as { key?: unknown; shopKey?: unknown };
  return table === 'shops' ? r.key === SAMPLE_SHOP_KEY : r.shopKey === SAMPLE_SHOP_KEY;
};
