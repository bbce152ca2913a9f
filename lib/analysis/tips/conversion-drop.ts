import { shopChangeTip } from './shop-change';
import type { TipRule } from './types';

/** 转化率 fell vs the baseline average by tipConversionDrop or more: look at the items' detail pages and prices. */
export const conversionDrop: TipRule = {
  id: 'conversionDrop',
  evaluate: (ctx) =>
    shopChangeTip(ctx, 'conversionDrop', 'conversionRate', { direction: 'drop', threshold: ctx.thresholds.tipConversionDrop, weight: 60, act: 'itemAnalysis' }),
};
