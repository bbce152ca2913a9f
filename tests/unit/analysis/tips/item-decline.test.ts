import { describe, expect, it } from 'vitest';
import type { LifecycleResult } from '@/lib/analysis/lifecycle';
import { itemDecline } from '@/lib/analysis/tips/item-decline';
import { ctxWith } from './context';

const result = (itemId: string, stage: LifecycleResult['stage'], sales: number[] = [20, 18, 12]): LifecycleResult => ({
  itemId,
  stage,
  reason: stage === 'decline' ? 'salesFalling' : 'steady',
  measure: 'units',
  salesChange: (sales[2]! - (sales[0]! + sales[1]!) / 2) / ((sales[0]! + sales[1]!) / 2),
  weeks: sales.map((s, i) => ({ week: ['2026-11-02', '2026-11-09', '2026-11-16'][i]!, salesPerDay: s, uvPerDay: 100, days: 7 })),
});

describe('tip: items entering decline', () => {
  it('lists items declining this week that were not last week, biggest sellers first, with their weekly numbers', () => {
    const [tip] = itemDecline.evaluate(
      ctxWith({
        lifecycle: {
          refWeek: '2026-11-16',
          now: [result('small', 'decline', [5, 4, 2]), result('big', 'decline'), result('old', 'decline'), result('ok', 'stable')],
          before: [result('small', 'stable'), result('big', 'growth'), result('old', 'decline'), result('ok', 'stable')],
        },
      }),
    );
    expect(tip).toMatchObject({ rule: 'itemDecline', date: '2026-11-22', params: { count: 2 }, numbers: { tab: 'items', focus: 'lifecycle' }, act: 'itemAnalysis' });
    expect(tip!.items!.map((i) => i.itemId)).toEqual(['big', 'small']);
    expect(tip!.items![0]!.evidence[0]).toMatchObject({ label: 'analysis.evidence.perDay.units', value: { value: 12 }, baseline: { value: 18 } });
  });

  it('nobody new in decline: no tip', () => {
    expect(itemDecline.evaluate(ctxWith({ lifecycle: { refWeek: '2026-11-16', now: [result('a', 'decline')], before: [result('a', 'decline')] } }))).toEqual([]);
    expect(itemDecline.evaluate(ctxWith({}))).toEqual([]);
  });
});
