import { severityOf, type TipRule } from './types';

/** Items rated under the floor (docs/domain.md#rating-floor: keep item ratings ≥ 4.8; check hot sellers' mid/negative reviews). */
export const ratingFloor: TipRule = {
  id: 'ratingFloor',
  evaluate(ctx) {
    const items = ctx.ratings ?? [];
    if (!items.length) return [];
    const floor = ctx.thresholds.ratingFloor;
    const score = 50 + Math.min(20, items.length * 2) + Math.round((floor - items[0]!.rating) * 20);
    return [
      {
        id: `ratingFloor:${ctx.today}:${items.length}`,
        rule: 'ratingFloor',
        date: ctx.today,
        score,
        severity: severityOf(score),
        params: { count: items.length, floor: { value: floor, kind: 'score' } },
        evidence: [],
        items: items.slice(0, 5).map((i) => ({
          itemId: i.itemId,
          ...(ctx.titles?.get(i.itemId) ? { title: ctx.titles.get(i.itemId)! } : {}),
          evidence: [{ label: 'analysis.evidence.rating', value: { value: i.rating, kind: 'score' }, baseline: { value: floor, kind: 'score' } }],
        })),
        numbers: { tab: 'items', focus: 'ratings' },
        act: 'reviews',
      },
    ];
  },
};
