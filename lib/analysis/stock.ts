/**
 * Stock cover (了解库存, seed 001 §一.5; seed 002 ch. 6–7: 减少库存积压和缺货风险): how many days the
 * stock a console showed lasts at the item's recent sales pace. Only on-sale items with a known
 * stock count, and only when unit sales are known on at least half of the window's days — with
 * fewer, the pace is a guess and the item is left out rather than misjudged.
 */

export interface StockInput {
  itemId: string;
  stock: number;
  /** Units sold over the window, summed over the days they are known. */
  units?: number;
  unitsDays: number;
}

export interface StockCover {
  itemId: string;
  stock: number;
  unitsPerDay: number;
  /** Days the stock lasts; null when nothing sold (it never runs out at this pace). */
  days: number | null;
}

export interface StockThresholds {
  stockLowDays: number;
  stockSlowDays: number;
  stockWindowDays: number;
}

/**
 * Share of the window's days the unit sales must be known on. Not a setting: it says when the
 * pace is measured, not how long stock should last (stockLowDays / stockSlowDays).
 */
export const MIN_SALES_DAYS_SHARE = 0.5;

export function stockCover(items: readonly StockInput[], t: StockThresholds): { low: StockCover[]; slow: StockCover[] } {
  const low: StockCover[] = [];
  const slow: StockCover[] = [];
  for (const item of items) {
    if (item.units === undefined || item.unitsDays < Math.ceil(t.stockWindowDays * MIN_SALES_DAYS_SHARE)) continue;
    const unitsPerDay = item.units / item.unitsDays;
    if (unitsPerDay > 0) {
      const days = item.stock / unitsPerDay;
      const cover = { itemId: item.itemId, stock: item.stock, unitsPerDay, days };
      if (days < t.stockLowDays) low.push(cover);
      else if (days > t.stockSlowDays) slow.push(cover);
    } else if (item.stock > 0) {
      slow.push({ itemId: item.itemId, stock: item.stock, unitsPerDay: 0, days: null });
    }
  }
  // Soonest out first; slowest (most days of stock, nothing selling last) first.
  low.sort((a, b) => a.days! - b.days! || b.unitsPerDay - a.unitsPerDay);
  slow.sort((a, b) => (b.days ?? Infinity) - (a.days ?? Infinity) || b.stock - a.stock);
  return { low, slow };
}
