import { addDays } from '@/lib/dates';
import { enteringDecline } from '../lifecycle';
import { severityOf, type TipRule } from './types';

/**
 * Items whose stage turned 衰退 in the latest complete week (they were not declining the week
 * before): their weekly numbers are cited; act on the item analysis page. Ranked by how much
 * they sold, so a fading best-seller comes first.
 */
export const itemDecline: TipRule = {
  id: 'itemDecline',
  evaluate(ctx) {
    if (!ctx.lifecycle) return [];
    const entering = enteringDecline(ctx.lifecycle.now, ctx.lifecycle.before).sort(
      (a, b) => (b.weeks[1]?.salesPerDay ?? 0) - (a.weeks[1]?.salesPerDay ?? 0),
    );
    if (!entering.length) return [];
    const weekEnd = addDays(ctx.lifecycle.refWeek, 6);
    const score = 50 + Math.min(20, entering.length * 2);
    return [
      {
        id: `itemDecline:${ctx.lifecycle.refWeek}`,
        rule: 'itemDecline',
        date: weekEnd,
        score,
        severity: severityOf(score),
        params: { count: entering.length, week: { value: ctx.lifecycle.refWeek, kind: 'date' } },
        evidence: [],
        items: entering.slice(0, 5).map((r) => {
          const [, prev, last] = r.weeks;
          return {
            itemId: r.itemId,
            ...(ctx.titles?.get(r.itemId) ? { title: ctx.titles.get(r.itemId)! } : {}),
            evidence: [
              {
                label: `analysis.evidence.perDay.${r.measure ?? 'units'}`,
                value: { value: last?.salesPerDay ?? 0, kind: r.measure === 'salesAmount' ? 'money' : 'integer' },
                baseline: { value: prev?.salesPerDay ?? 0, kind: r.measure === 'salesAmount' ? 'money' : 'integer' },
                ...(r.salesChange !== undefined ? { change: r.salesChange } : {}),
              },
              ...(last?.uvPerDay !== undefined && prev?.uvPerDay !== undefined
                ? [{ label: 'analysis.evidence.uvPerDay', value: { value: last.uvPerDay, kind: 'integer' as const }, baseline: { value: prev.uvPerDay, kind: 'integer' as const }, ...(r.uvChange !== undefined ? { change: r.uvChange } : {}) }]
                : []),
            ],
          };
        }),
        numbers: { tab: 'items', focus: 'lifecycle' },
        act: 'itemAnalysis',
      },
    ];
  },
};
