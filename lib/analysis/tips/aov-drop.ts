import { shopChangeTip } from './shop-change';
import type { TipRule } from './types';

/** 客单价 fell vs the baseline average by tipAovDrop or more: bundles, 满减/满赠 and steering traffic to higher-priced items raise it (seed 003 §4). */
export const aovDrop: TipRule = {
  id: 'aovDrop',
  evaluate: (ctx) => shopChangeTip(ctx, 'aovDrop', 'aov', { direction: 'drop', threshold: ctx.thresholds.tipAovDrop, weight: 45, act: 'campaigns' }),
};
