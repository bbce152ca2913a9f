import { bounceOf, conversionOf, type ItemWindow } from './window';

/**
 * 主推候选 (docs/domain.md#hero-candidates, seed 001 §二): over about a week, UV at least heroMinUv AND conversion at
 * least heroMinConversion (or above the shop's own average when heroAboveShopAverage). High
 * conversion on small traffic is usually long-tail noise or a good homepage slot, not real
 * popularity: those items are listed apart as noise, never as candidates. Low bounce is the
 * guide's third criterion ("跳失率较低的，可以拿来主推"): by default (heroRequireLowBounce) an item
 * whose bounce is above the shop's over the same window is listed apart, not picked; when either
 * bounce is unknown the pick says the criterion could not be checked. With the setting off, a
 * high bounce is only flagged.
 */

export interface HeroThresholds {
  heroMinUv: number;
  heroMinConversion: number;
  heroAboveShopAverage: boolean;
  /** Low bounce (at most the shop's) is required, not only flagged. */
  heroRequireLowBounce: boolean;
}

/** How the bounce criterion went for a pick: met, not checkable (a bounce unknown), or off. */
export type BounceCheck = 'low' | 'unknown' | 'notRequired';

export interface HeroPick {
  itemId: string;
  uv: number;
  buyers: number;
  conversion: number;
  /** Which rule let it in: the conversion floor, or only the shop average. */
  basis: 'floor' | 'aboveAverage';
  bounce?: number;
  highBounce?: boolean;
  bounceCheck: BounceCheck;
  uvDays: number;
}

export interface HeroResult {
  candidates: HeroPick[];
  /** Conversion qualifies but traffic is under the floor: long-tail noise, not a hero. */
  noise: HeroPick[];
  /** Traffic and conversion qualify but bounce is above the shop's (only when heroRequireLowBounce). */
  highBounce: HeroPick[];
  shopConversion?: number;
  shopBounce?: number;
}

export function heroPicks(
  items: readonly ItemWindow[],
  thresholds: HeroThresholds,
  shop: { conversion?: number; bounce?: number },
): HeroResult {
  const candidates: HeroPick[] = [];
  const noise: HeroPick[] = [];
  const highBounce: HeroPick[] = [];
  for (const w of items) {
    const conversion = conversionOf(w);
    if (conversion === undefined || w.uv === undefined || w.uv <= 0 || !w.buyers) continue;
    const floor = conversion >= thresholds.heroMinConversion;
    const aboveAverage = thresholds.heroAboveShopAverage && shop.conversion !== undefined && conversion > shop.conversion;
    if (!floor && !aboveAverage) continue;
    const bounce = bounceOf(w);
    const high = bounce !== undefined && shop.bounce !== undefined && bounce > shop.bounce;
    const known = bounce !== undefined && shop.bounce !== undefined;
    const pick: HeroPick = {
      itemId: w.itemId,
      uv: w.uv,
      buyers: w.buyers,
      conversion,
      basis: floor ? 'floor' : 'aboveAverage',
      uvDays: w.uvDays,
      ...(bounce !== undefined ? { bounce } : {}),
      ...(high ? { highBounce: true } : {}),
      bounceCheck: !thresholds.heroRequireLowBounce ? 'notRequired' : known ? 'low' : 'unknown',
    };
    if (w.uv < thresholds.heroMinUv) noise.push(pick);
    else if (high && thresholds.heroRequireLowBounce) highBounce.push(pick);
    else candidates.push(pick);
  }
  candidates.sort((a, b) => b.buyers - a.buyers || b.conversion - a.conversion);
  noise.sort((a, b) => b.conversion - a.conversion || b.uv - a.uv);
  highBounce.sort((a, b) => b.buyers - a.buyers || b.conversion - a.conversion);
  return {
    candidates,
    noise,
    highBounce,
    ...(shop.conversion !== undefined ? { shopConversion: shop.conversion } : {}),
    ...(shop.bounce !== undefined ? { shopBounce: shop.bounce } : {}),
  };
}

/** Items that are candidates now but were not in the previous window. */
export function newHeroes(now: HeroResult, before: HeroResult): HeroPick[] {
  const prior = new Set(before.candidates.map((c) => c.itemId));
  return now.candidates.filter((c) => !prior.has(c.itemId));
}
