import type { ChecklistDayRow, ShopChecklist } from '@/lib/db/schema';

/**
 * Each shop has its own checklist (issue 13): a day row holds one per shop under `shops`.
 * The top-level `overrides` / `summary` are the checklist of a day before any shop was known
 * (v1's single list, which the v3 upgrade gave to the shop used last, or ticks made before the
 * first console page): they stand for any shop that has no list of its own that day.
 * `shopKey` undefined = no shop known yet: the top-level list.
 */

export function checklistOf(row: ChecklistDayRow | undefined, shopKey: string | undefined): ShopChecklist {
  const own = shopKey !== undefined && row?.shops && Object.hasOwn(row.shops, shopKey) ? row.shops[shopKey] : undefined;
  if (own) return own;
  return { overrides: row?.overrides ?? {}, ...(row?.summary ? { summary: row.summary } : {}) };
}

/** The day row with this shop's checklist replaced. */
export function withChecklist(row: ChecklistDayRow, shopKey: string | undefined, list: ShopChecklist): ChecklistDayRow {
  if (shopKey === undefined) {
    const { summary: _old, ...rest } = row;
    return { ...rest, overrides: list.overrides, ...(list.summary ? { summary: list.summary } : {}) };
  }
  return { ...row, shops: { ...row.shops, [shopKey]: list } };
}

/**
 * The shop the checklist shows: the one the seller picked, else the shop of the console page
 * opened last, else the shop read last; undefined before any console page was seen.
 */
export function currentShopKey(
  chosen: string | undefined,
  known: readonly { key: string }[],
  lastVisit: { shopKey?: string; at: number } | undefined,
  lastRead: { key: string; lastSeenAt: number } | undefined,
): string | undefined {
  if (chosen && known.some((s) => s.key === chosen)) return chosen;
  const visited = lastVisit?.shopKey && known.some((s) => s.key === lastVisit.shopKey) ? lastVisit : undefined;
  if (visited && (!lastRead || visited.at >= lastRead.lastSeenAt)) return visited.shopKey;
  return lastRead?.key ?? visited?.shopKey;
}
