import { conversionOf, type ItemWindow } from './window';

/**
 * Price × conversion (docs/domain.md#price-and-conversion, seed 003 §4): "在同样的流量下，尽可能把流量引导至单价高且转化率高的商品，
 * 并降低单价低且转化率低商品的流量，这样可以直接提高销售额和客单价". Items are split at the median
 * price and at the shop's conversion (Σ buyers / Σ UV of the same items). Only items with enough
 * traffic (the hero UV floor over the window) set the split lines; items under it are still
 * placed, flagged low-traffic, because their conversion is noise (docs/domain.md#hero-candidates).
 */

export type Quadrant = 'star' | 'premium' | 'driver' | 'weak';
/** high price + high conversion · high price + low conversion · low price + high conversion · low price + low conversion */
export const QUADRANTS: readonly Quadrant[] = ['star', 'premium', 'driver', 'weak'];

export interface QuadrantPoint {
  itemId: string;
  price: number;
  conversion: number;
  uv: number;
  buyers: number;
  quadrant: Quadrant;
  lowTraffic: boolean;
}

export interface QuadrantResult {
  priceSplit?: number;
  conversionSplit?: number;
  points: QuadrantPoint[];
  counts: Record<Quadrant, number>;
  /** Items left out: no known price, or no traffic/conversion in the window. */
  excluded: { noPrice: number; noTraffic: number };
  /** Points trusted for the split lines (traffic at or above the floor). */
  trusted: number;
}

/**
 * Trusted items needed before they alone set the split lines. Not a setting: a median and a pooled
 * conversion over fewer items say little (one item per quadrant at best); the seller's say is
 * which items are trusted (heroMinUv).
 */
export const MIN_TRUSTED_FOR_SPLIT = 4;

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function priceConversionQuadrants(
  items: readonly ItemWindow[],
  prices: ReadonlyMap<string, number>,
  options: { minUv: number },
): QuadrantResult {
  const excluded = { noPrice: 0, noTraffic: 0 };
  const placed: Omit<QuadrantPoint, 'quadrant'>[] = [];
  for (const w of items) {
    const price = prices.get(w.itemId);
    const conversion = conversionOf(w);
    if (price === undefined || !(price > 0)) {
      excluded.noPrice++;
      continue;
    }
    if (conversion === undefined || !w.buyersUv) {
      excluded.noTraffic++;
      continue;
    }
    placed.push({ itemId: w.itemId, price, conversion, uv: w.buyersUv, buyers: w.buyers ?? 0, lowTraffic: w.buyersUv < options.minUv });
  }
  const trustedPoints = placed.filter((p) => !p.lowTraffic);
  // With too few trusted items the lines would say little: use every placed item.
  const basis = trustedPoints.length >= MIN_TRUSTED_FOR_SPLIT ? trustedPoints : placed;
  const priceSplit = median(basis.map((p) => p.price));
  const uv = basis.reduce((n, p) => n + p.uv, 0);
  const conversionSplit = uv > 0 ? basis.reduce((n, p) => n + p.buyers, 0) / uv : undefined;
  const counts: Record<Quadrant, number> = { star: 0, premium: 0, driver: 0, weak: 0 };
  const points = placed.map((p): QuadrantPoint => {
    const highPrice = priceSplit !== undefined && p.price >= priceSplit;
    const highConversion = conversionSplit !== undefined && p.conversion >= conversionSplit;
    const quadrant: Quadrant = highPrice ? (highConversion ? 'star' : 'premium') : highConversion ? 'driver' : 'weak';
    counts[quadrant]++;
    return { ...p, quadrant };
  });
  return {
    ...(priceSplit !== undefined ? { priceSplit } : {}),
    ...(conversionSplit !== undefined ? { conversionSplit } : {}),
    points,
    counts,
    excluded,
    trusted: trustedPoints.length,
  };
}
