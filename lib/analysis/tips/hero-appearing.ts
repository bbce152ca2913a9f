import { newHeroes } from '../hero';
import { severityOf, type TipRule } from './types';

/**
 * Items that became hero candidates in the latest window (they were not in the window before):
 * concentrate resources on them and add related bundles (关联搭配, seed 000 §四). Act in the ads
 * console.
 */
export const heroAppearing: TipRule = {
  id: 'heroAppearing',
  evaluate(ctx) {
    if (!ctx.hero) return [];
    const fresh = newHeroes(ctx.hero.now, ctx.hero.before);
    if (!fresh.length) return [];
    const score = 45 + Math.min(15, fresh.length * 3);
    return [
      {
        id: `heroAppearing:${ctx.hero.to}:${fresh.map((f) => f.itemId).join(',')}`,
        rule: 'heroAppearing',
        date: ctx.hero.to,
        score,
        severity: severityOf(score),
        params: {
          count: fresh.length,
          from: { value: ctx.hero.from, kind: 'date' },
          to: { value: ctx.hero.to, kind: 'date' },
          minUv: ctx.thresholds.heroMinUv,
          minConversion: { value: ctx.thresholds.heroMinConversion, kind: 'percent' },
        },
        evidence: [],
        items: fresh.slice(0, 5).map((h) => ({
          itemId: h.itemId,
          ...(ctx.titles?.get(h.itemId) ? { title: ctx.titles.get(h.itemId)! } : {}),
          evidence: [
            { label: 'metric.uv', value: { value: h.uv, kind: 'integer' }, baseline: { value: ctx.thresholds.heroMinUv, kind: 'integer' } },
            {
              label: 'metric.conversionRate',
              value: { value: h.conversion, kind: 'percent' },
              baseline: {
                value: h.basis === 'floor' ? ctx.thresholds.heroMinConversion : (ctx.hero!.now.shopConversion ?? ctx.thresholds.heroMinConversion),
                kind: 'percent',
              },
            },
            // The low-bounce criterion (seed 001 §二) when it was checked: the item's bounce against the shop's.
            ...(h.bounceCheck === 'low' && h.bounce !== undefined && ctx.hero!.now.shopBounce !== undefined
              ? [{ label: 'metric.bounceRate', value: { value: h.bounce, kind: 'percent' as const }, baseline: { value: ctx.hero!.now.shopBounce, kind: 'percent' as const } }]
              : []),
          ],
        })),
        numbers: { tab: 'items', focus: 'hero' },
        act: 'ads',
      },
    ];
  },
};
