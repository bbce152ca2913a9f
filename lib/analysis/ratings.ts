/**
 * Rating floor (docs/domain.md#rating-floor): items and the shop's DSR below settings.thresholds.ratingFloor
 * (4.8 by default) get a warning, lowest first.
 */

export interface RatingWarning {
  itemId: string;
  rating: number;
}

export function ratingWarnings(items: readonly { itemId: string; rating?: number; status?: string }[], floor: number): RatingWarning[] {
  return items
    .filter((i) => i.rating !== undefined && i.rating < floor && i.status !== 'delisted')
    .map((i) => ({ itemId: i.itemId, rating: i.rating! }))
    .sort((a, b) => a.rating - b.rating);
}

/** The shop's latest DSR, if it is under the floor. */
export function dsrWarning(latest: { date: string; dsr: number } | undefined, floor: number) {
  return latest && latest.dsr < floor ? latest : undefined;
}
