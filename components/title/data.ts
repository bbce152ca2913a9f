import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db, type ItemRow, type TitleEditRow } from '@/lib/db';
import { toBusinessDate } from '@/lib/dates';
import type { PlatformId } from '@/lib/model/consoles';
import { detect, platformById } from '@/lib/platforms/registry';
import type { DayMetrics } from '@/lib/title/before-after';

/** The item the assistant works on. Edit pages rarely name the shop, so platform + item id is the key. */
export interface PickedItem {
  platform: PlatformId;
  itemId: string;
  /** For the item of the last edit page opened: when it was opened. */
  openedAt?: number;
}

export const platformOfShopKey = (shopKey: string) => shopKey.split(':')[0] as PlatformId;

/** Every captured item (undefined while loading). */
export function useItems(): ItemRow[] | undefined {
  return useLiveQuery(() => db.items.toArray(), []);
}

/**
 * The item open in the seller's edit page: the latest item-edit page visit (the side panel has no
 * tabs permission, so the last edit page opened stands for the current tab). null = none.
 */
export function useOpenItem(): PickedItem | null | undefined {
  return useLiveQuery(async () => {
    // Pages cannot tell whether that tab is still open (no tabs permission): offer today's
    // last edit page only, and say when it was opened.
    const visit = await db.pageVisits
      .orderBy('at')
      .reverse()
      .filter((v) => v.pageKind === 'itemEdit' && v.date === toBusinessDate(Date.now()))
      .first();
    if (!visit || !URL.canParse(visit.url)) return null;
    const url = new URL(visit.url);
    const platform = detect(url)?.platform;
    const itemId = platform?.itemEdit?.itemId(url, document.createDocumentFragment());
    return platform && itemId ? { platform: platform.id, itemId, openedAt: visit.at } : null;
  }, []);
}

/** The item's facts as captured (any shop of the platform; the most recently updated wins). */
export function useItemRow(item: PickedItem): ItemRow | null | undefined {
  return useLiveQuery(async () => {
    const rows = await db.items
      .where('shopKey')
      .startsWith(`${item.platform}:`)
      .filter((r) => r.itemId === item.itemId)
      .toArray();
    return rows.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  }, [item.platform, item.itemId]);
}

/** The item's recorded edits, newest first. */
export function useItemEdits(item: PickedItem): TitleEditRow[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.titleEdits.filter((e) => e.platform === item.platform && e.itemId === item.itemId).toArray()).sort(
        (a, b) => b.at - a.at,
      ),
    [item.platform, item.itemId],
  );
}

/** The item's stored daily numbers (all shops of the platform that hold it). */
export function useItemDays(item: PickedItem): DayMetrics[] | undefined {
  return useLiveQuery(async () => {
    const shops = await db.shops.where('platform').equals(item.platform).primaryKeys();
    const keys = new Set([...shops, `${item.platform}:default`]);
    const byDate = new Map<string, DayMetrics>();
    for (const shopKey of keys) {
      const rows = await db.itemDaily
        .where('[shopKey+itemId+date]')
        .between([shopKey, item.itemId, ''], [shopKey, item.itemId, '\uffff'])
        .toArray();
      for (const row of rows) {
        const seen = byDate.get(row.date);
        byDate.set(row.date, { date: row.date, metrics: { ...seen?.metrics, ...row.metrics } });
      }
    }
    return [...byDate.values()];
  }, [item.platform, item.itemId]);
}

/** The current title: the newer of what a page showed and what the last recorded edit saved. */
export function currentTitle(row: ItemRow | null | undefined, edits: TitleEditRow[]): string | undefined {
  const edit = edits[0];
  if (edit && (!row?.title || edit.at >= row.updatedAt)) return edit.newTitle;
  return row?.title;
}

export const currencyOf = (platform: PlatformId) => platformById(platform).currency;

/** Now, refreshed every 30 s: throttle and early-morning status move with the clock. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}
