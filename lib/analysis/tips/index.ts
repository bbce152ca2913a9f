import { adRoiDrop } from './ad-roi-drop';
import { aovDrop } from './aov-drop';
import { bounceRise } from './bounce-rise';
import { campaignUnreviewed } from './campaign-unreviewed';
import { conversionDrop } from './conversion-drop';
import { dsrFloor } from './dsr-floor';
import { heroAppearing } from './hero-appearing';
import { itemDecline } from './item-decline';
import { ratingFloor } from './rating-floor';
import { refundRate } from './refund-rate';
import { stockLow } from './stock-low';
import { sourceShift } from './source-shift';
import { stockSlow } from './stock-slow';
import type { Tip, TipContext, TipRule } from './types';
import { uvDrop } from './uv-drop';

export * from './types';

/** Every rule, each in its own module. */
export const TIP_RULES: readonly TipRule[] = [conversionDrop, uvDrop, bounceRise, aovDrop, dsrFloor, ratingFloor, itemDecline, heroAppearing, campaignUnreviewed, adRoiDrop, refundRate, stockLow, stockSlow, sourceShift];

/** All tips for the context, highest score first, then newest. */
export function runTips(ctx: TipContext, rules: readonly TipRule[] = TIP_RULES): Tip[] {
  return rules
    .flatMap((rule) => rule.evaluate(ctx))
    .sort((a, b) => b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || a.id.localeCompare(b.id));
}
