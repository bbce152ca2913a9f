/**
 * One item's sums over a window of days (hero picks, quadrant), with the days each sum rests on.
 * Conversion uses only the days where both buyers and UV are known.
 */
export interface ItemWindow {
  itemId: string;
  uv?: number;
  uvDays: number;
  buyers?: number;
  /** UV of the days whose buyers are known. */
  buyersUv?: number;
  buyersDays: number;
  /** Σ bounce × UV and its UV, for a UV-weighted bounce rate. */
  bouncedUv?: number;
  bounceUv?: number;
  salesAmount?: number;
  units?: number;
  /** Days the units sum rests on. */
  unitsDays?: number;
}

export const conversionOf = (w: ItemWindow) =>
  w.buyers !== undefined && w.buyersUv !== undefined && w.buyersUv > 0 ? w.buyers / w.buyersUv : undefined;

export const bounceOf = (w: ItemWindow) =>
  w.bouncedUv !== undefined && w.bounceUv !== undefined && w.bounceUv > 0 ? w.bouncedUv / w.bounceUv : undefined;

/** The shop's conversion over the same window from the items' own sums (Σ buyers / Σ UV). */
export function itemsConversion(items: readonly ItemWindow[]): number | undefined {
  let buyers = 0;
  let uv = 0;
  for (const w of items) {
    if (w.buyers === undefined || w.buyersUv === undefined) continue;
    buyers += w.buyers;
    uv += w.buyersUv;
  }
  return uv > 0 ? buyers / uv : undefined;
}
