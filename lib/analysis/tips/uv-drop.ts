import { shopChangeTip } from './shop-change';
import type { TipRule } from './types';

/** 访客数 fell vs the baseline average by tipUvDrop or more: find out where the traffic went (seed 000 §二). */
export const uvDrop: TipRule = {
  id: 'uvDrop',
  evaluate: (ctx) => shopChangeTip(ctx, 'uvDrop', 'uv', { direction: 'drop', threshold: ctx.thresholds.tipUvDrop, weight: 55, act: 'traffic' }),
};
