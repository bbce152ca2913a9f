import { shopChangeTip } from './shop-change';
import type { TipRule } from './types';

/** 跳失率 rose vs the baseline average by tipBounceRise or more: check landing pages and decoration. */
export const bounceRise: TipRule = {
  id: 'bounceRise',
  evaluate: (ctx) => shopChangeTip(ctx, 'bounceRise', 'bounceRate', { direction: 'rise', threshold: ctx.thresholds.tipBounceRise, weight: 40, act: 'decoration' }),
};
