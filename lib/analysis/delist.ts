import { daysBetween } from '@/lib/dates';

/**
 * 下架候选 (docs/domain.md#delist-candidates, seed 001 §一.5: "30天无销量的宝贝可以下架"). The window is the last N
 * full days before today. An item is a candidate when its last known sale is older than that.
 * An item ShopMate never saw sell is NOT said to have gone 30 days without a sale — ShopMate may
 * have read it on only some of those days — so it is listed apart ("读到 N 天，尚未见到成交") when it
 * has data on at least half of the window's days. With less data we cannot tell, and say so.
 * Out-of-season items are the seller's call (nothing on the page says "season").
 */

export interface DelistInput {
  itemId: string;
  status?: 'onSale' | 'delisted' | 'draft';
  /** Latest sale known: from the console's own "last sale" field or from daily history. */
  lastSaleDate?: string;
  /** Days in the window with any data for the item. */
  daysWithData: number;
}

export interface DelistPick {
  itemId: string;
  reason: 'lastSale' | 'noSaleSeen';
  lastSaleDate?: string;
  /** Days since the last sale (reason lastSale). */
  daysSince?: number;
  daysWithData: number;
}

export interface DelistResult {
  /** Last known sale older than the window: the heading "N 天没有成交" is true of these. */
  candidates: DelistPick[];
  /** Never seen selling on the days ShopMate read (at least half the window): listed apart. */
  neverSold: DelistPick[];
  /** On sale, sold within the window. */
  active: number;
  /** No sale known and too little data in the window to tell. */
  unknown: number;
}

/**
 * Share of the window's days an item needs data on before "no sale seen" means "no sale". Not a
 * setting: it says when ShopMate has looked enough to tell, not how long a seller waits for a sale
 * (that is delistNoSaleDays).
 */
export const MIN_DATA_SHARE = 0.5;

export function delistCandidates(items: readonly DelistInput[], today: string, noSaleDays: number): DelistResult {
  const candidates: DelistPick[] = [];
  const neverSold: DelistPick[] = [];
  let active = 0;
  let unknown = 0;
  for (const item of items) {
    if (item.status === 'delisted' || item.status === 'draft') continue;
    if (item.lastSaleDate) {
      const daysSince = daysBetween(item.lastSaleDate, today);
      if (daysSince > noSaleDays) {
        candidates.push({ itemId: item.itemId, reason: 'lastSale', lastSaleDate: item.lastSaleDate, daysSince, daysWithData: item.daysWithData });
      } else active++;
    } else if (item.daysWithData >= Math.ceil(noSaleDays * MIN_DATA_SHARE)) {
      neverSold.push({ itemId: item.itemId, reason: 'noSaleSeen', daysWithData: item.daysWithData });
    } else unknown++;
  }
  candidates.sort((a, b) => b.daysSince! - a.daysSince! || a.itemId.localeCompare(b.itemId));
  neverSold.sort((a, b) => b.daysWithData - a.daysWithData || a.itemId.localeCompare(b.itemId));
  return { candidates, neverSold, active, unknown };
}
