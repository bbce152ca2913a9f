import { mergeMetrics } from './capture-store';
import type { ChecklistDayRow, ItemDailyRow, ItemRow, Provenance, ShopChecklist, ShopDailyRow, ShopMateDB } from './schema';

/**
 * The seller's corrections to shops (options → 店铺): rename, merge two shops of one platform,
 * delete one shop's data, move one day that went to the wrong shop. Each is one transaction.
 * The item rollups are a cache of itemDaily: the worker drops it on any write outside the
 * capture path (lib/db/rollups.ts watchForeignWrites) and rebuilds it on the next analysis.
 */

/** Tables holding rows of a shop (by shopKey). */
export const shopTables = (db: ShopMateDB) => [db.shops, db.shopDaily, db.itemDaily, db.items, db.snapshots, db.pageVisits, db.checklistDays, db.titleEdits, db.campaigns, db.notes, db.sourceDaily];

export class ShopAdminError extends Error {}

/** The 示例店铺 (lib/sample) is made up: its numbers never go to, or come from, a real shop. */
const SAMPLE_REFUSAL = 'sampleShop: the sample shop is loaded and removed as a whole, never renamed, merged or given a day';

/** The seller's own name for a shop; empty = back to the console's name. */
export async function renameShop(db: ShopMateDB, key: string, label: string): Promise<void> {
  await db.transaction('rw', db.shops, async () => {
    const shop = await db.shops.get(key);
    if (!shop) throw new ShopAdminError(`unknownShop: no shop ${key}`);
    if (shop.sample) throw new ShopAdminError(SAMPLE_REFUSAL);
    const { label: _old, ...rest } = shop;
    await db.shops.put(label.trim() ? { ...rest, label: label.trim() } : rest);
  });
}

/** Per metric, the newer read wins (the capture rule); the flag stays if either was assumed. */
function mergeDay<R extends ShopDailyRow | ItemDailyRow>(into: R | undefined, from: R, key: string): R {
  if (!into) return { ...from, shopKey: key };
  let metrics = into.metrics as Partial<Record<string, number>>;
  let provenance = into.provenance as Provenance<string>;
  for (const [metric, value] of Object.entries(from.metrics as Record<string, number>)) {
    const p = (from.provenance as Provenance<string>)[metric];
    if (!p) continue;
    const merged = mergeMetrics(metrics, provenance, { [metric]: value }, from.date, p.source, p.at);
    metrics = merged.metrics;
    provenance = merged.provenance;
  }
  const assumed = (into as ShopDailyRow).assumed || (from as ShopDailyRow).assumed;
  return { ...into, metrics, provenance, updatedAt: Math.max(into.updatedAt, from.updatedAt), ...(assumed ? { assumed } : {}) } as R;
}

function mergeLists(into: ShopChecklist | undefined, from: ShopChecklist): ShopChecklist {
  const overrides = { ...from.overrides, ...into?.overrides };
  const summary = into?.summary ?? from.summary;
  return { overrides, ...(summary ? { summary } : {}) };
}

/** Moves shop-daily, item-daily and 来源构成 rows (all, or one date's) from one shop to another, merging. */
async function moveDays(db: ShopMateDB, from: string, into: string, date?: string) {
  const lo: [string, string] = [from, date ?? ''];
  const hi: [string, string] = [from, date ?? '\uffff'];
  const days = await db.shopDaily.where('[shopKey+date]').between(lo, hi, true, true).toArray();
  const existing = await db.shopDaily.bulkGet(days.map((d) => [into, d.date] as [string, string]));
  await db.shopDaily.where('[shopKey+date]').between(lo, hi, true, true).delete();
  await db.shopDaily.bulkPut(days.map((d, i) => mergeDay(existing[i], d, into)));

  const itemDays = await db.itemDaily.where('[shopKey+date]').between(lo, hi, true, true).toArray();
  const existingItems = await db.itemDaily.bulkGet(itemDays.map((d) => [into, d.itemId, d.date] as [string, string, string]));
  await db.itemDaily.where('[shopKey+date]').between(lo, hi, true, true).delete();
  await db.itemDaily.bulkPut(itemDays.map((d, i) => mergeDay(existingItems[i], d, into)));

  // A 来源构成 day is one whole table as read: the newer read of the two shops' tables stays.
  const sourceDays = await db.sourceDaily.where('[shopKey+date]').between(lo, hi, true, true).toArray();
  const existingSources = await db.sourceDaily.bulkGet(sourceDays.map((d) => [into, d.date] as [string, string]));
  await db.sourceDaily.where('[shopKey+date]').between(lo, hi, true, true).delete();
  await db.sourceDaily.bulkPut(sourceDays.map((d, i) => ({ ...(existingSources[i] && existingSources[i].at > d.at ? existingSources[i] : d), shopKey: into })));
}

/**
 * Two shops that are one (a shop first seen by name only, history from before shops were
 * recognised): everything of `from` becomes `into`'s; `from` is gone. Same platform only.
 */
export async function mergeShops(db: ShopMateDB, from: string, into: string): Promise<void> {
  if (from === into) throw new ShopAdminError('sameShop: a shop cannot be merged into itself');
  await db.transaction('rw', shopTables(db), async () => {
    const [a, b] = await db.shops.bulkGet([from, into]);
    if (!a || !b) throw new ShopAdminError(`unknownShop: no shop ${a ? into : from}`);
    if (a.platform !== b.platform) throw new ShopAdminError('otherPlatform: only shops of one platform can be merged');
    if (a.sample || b.sample) throw new ShopAdminError(SAMPLE_REFUSAL);
    await moveDays(db, from, into);
    const items = await db.items.where('shopKey').equals(from).toArray();
    const mine = await db.items.bulkGet(items.map((i) => [into, i.itemId] as [string, string]));
    await db.items.bulkPut(
      items.map((item, i): ItemRow => {
        const kept = mine[i];
        if (!kept) return { ...item, shopKey: into };
        const [older, newer] = item.updatedAt > kept.updatedAt ? [kept, item] : [item, kept];
        return { ...older, ...newer, shopKey: into, firstSeenAt: Math.min(item.firstSeenAt, kept.firstSeenAt) };
      }),
    );
    await db.items.where('shopKey').equals(from).delete();
    for (const table of [db.snapshots, db.pageVisits, db.titleEdits, db.campaigns] as const) {
      await (table as typeof db.snapshots).where('shopKey').equals(from).modify({ shopKey: into });
    }
    await db.notes.filter((n) => n.shopKey === from).modify({ shopKey: into });
    await db.checklistDays
      .filter((row) => !!row.shops && Object.hasOwn(row.shops, from))
      .modify((row: ChecklistDayRow) => {
        const { [from]: moved, ...rest } = row.shops!;
        row.shops = { ...rest, [into]: mergeLists(rest[into], moved!) };
      });
    await db.shops.put({
      ...b,
      firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
      // Moves lastSeenAt: the item rollups see history changed under them.
      lastSeenAt: Math.max(a.lastSeenAt, b.lastSeenAt, Date.now()),
      ...(b.name === undefined && a.name !== undefined ? { name: a.name } : {}),
      ...(b.consoleId === undefined && a.consoleId !== undefined ? { consoleId: a.consoleId } : {}),
    });
    await db.shops.delete(from);
  });
}

/** One shop's data, everything of it; other shops are untouched. */
export async function deleteShop(db: ShopMateDB, key: string): Promise<void> {
  await db.transaction('rw', shopTables(db), async () => {
    if (!(await db.shops.get(key))) throw new ShopAdminError(`unknownShop: no shop ${key}`);
    await deleteShopRows(db, key);
  });
}

/** Every row of one shop, in every table; call inside a transaction over shopTables(db). */
export async function deleteShopRows(db: ShopMateDB, key: string): Promise<void> {
  await db.shopDaily.where('[shopKey+date]').between([key, ''], [key, '\uffff']).delete();
  await db.itemDaily.where('[shopKey+date]').between([key, ''], [key, '\uffff']).delete();
  await db.sourceDaily.where('[shopKey+date]').between([key, ''], [key, '\uffff']).delete();
  await db.items.where('shopKey').equals(key).delete();
  for (const table of [db.snapshots, db.pageVisits, db.titleEdits, db.campaigns] as const) {
    await (table as typeof db.snapshots).where('shopKey').equals(key).delete();
  }
  await db.notes.filter((n) => n.shopKey === key).delete();
  await db.checklistDays
    .filter((row) => !!row.shops && Object.hasOwn(row.shops, key))
    .modify((row: ChecklistDayRow) => {
      const { [key]: _gone, ...rest } = row.shops!;
      row.shops = rest;
    });
  await db.shops.delete(key);
}

/**
 * A day that went to the wrong shop (a page that named no shop, counted for the shop last
 * recognised): its shop and item numbers move to `into` (same platform), no longer flagged.
 * `into` = the same shop: the seller confirms the day was right (the flag goes).
 */
export async function moveDay(db: ShopMateDB, from: string, date: string, into: string): Promise<void> {
  await db.transaction('rw', [db.shops, db.shopDaily, db.itemDaily, db.sourceDaily], async () => {
    const [a, b] = await db.shops.bulkGet([from, into]);
    if (!a || !b) throw new ShopAdminError(`unknownShop: no shop ${a ? into : from}`);
    if (a.platform !== b.platform) throw new ShopAdminError('otherPlatform: a day can move only to a shop of its platform');
    if (a.sample || b.sample) throw new ShopAdminError(SAMPLE_REFUSAL);
    if (from !== into) {
      await moveDays(db, from, into, date);
      await db.shops.update(into, { lastSeenAt: Math.max(b.lastSeenAt, Date.now()) });
    }
    const row = await db.shopDaily.get([into, date]);
    if (row?.assumed) {
      const { assumed: _flag, ...rest } = row;
      await db.shopDaily.put(rest);
    }
  });
}
