import { describe, expect, it } from 'vitest';
import { sourceComposition } from '@/lib/analysis/sources';
import { sourceShift } from '@/lib/analysis/tips/source-shift';
import { ctxWith } from './context';
import { before, now, today } from './sources-scene';

describe('tip: one source moved sharply', () => {
  it('直通车 +36.7 points of visitors (≥ 10 by default): fires, citing both weeks’ shares; points to 来源构成 and the traffic page', () => {
    const [tip] = sourceShift.evaluate(ctxWith({ today, sources: sourceComposition([before, ...now], today, 7) }));
    expect(tip).toMatchObject({ rule: 'sourceShift', date: '2026-11-22', act: 'traffic', numbers: { tab: 'report', focus: 'sources' }, params: { source: '直通车', direction: '+', count: 2 } });
    expect(tip!.evidence.map((e) => [e.name, e.value!.value, e.baseline!.value])).toEqual([
      ['直通车', 8000 / 12000, 0.3],
      ['手淘搜索', 4000 / 12000, 0.6],
    ]);
  });

  it('quiet when shares hold (or under a raised threshold), and without last week to compare', () => {
    const steady = [before, { date: '2026-11-20', rows: [{ source: '手淘搜索', uv: 5500 }, { source: '直通车', uv: 3500 }, { source: '其它', uv: 1000 }] }];
    expect(sourceShift.evaluate(ctxWith({ today, sources: sourceComposition(steady, today, 7) }))).toEqual([]);
    const ctx = ctxWith({ today, sources: sourceComposition([before, ...now], today, 7) });
    expect(sourceShift.evaluate({ ...ctx, thresholds: { ...ctx.thresholds, tipSourceShift: 0.4 } })).toEqual([]);
    expect(sourceShift.evaluate(ctxWith({ today, sources: sourceComposition(now, today, 7) }))).toEqual([]);
  });
});
