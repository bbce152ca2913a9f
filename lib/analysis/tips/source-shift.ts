import { severityOf, type TipRule } from './types';

/**
 * 来源构成 moved (seed 001 §一.3; seed 000 §二: a drop or rise is explained, not just shown): a
 * source whose share of visitors over the last tipBaselineDays days moved by tipSourceShift
 * (percentage points) or more against the days before. Cites the biggest movers' shares both
 * weeks; points to the 来源构成 view and to the console's traffic page.
 */
export const sourceShift: TipRule = {
  id: 'sourceShift',
  evaluate(ctx) {
    const c = ctx.sources;
    if (!c || !c.now.days || !c.before.days) return [];
    const threshold = ctx.thresholds.tipSourceShift;
    const moved = c.rows
      .filter((r) => r.uvShareChange !== undefined && Math.abs(r.uvShareChange) >= threshold)
      .sort((a, b) => Math.abs(b.uvShareChange!) - Math.abs(a.uvShareChange!));
    if (!moved.length) return [];
    const top = moved[0]!;
    const score = 45 + Math.min(30, Math.round(Math.abs(top.uvShareChange!) * 100));
    return [
      {
        id: `sourceShift:${c.now.to}:${moved.map((r) => r.source).join(',')}`,
        rule: 'sourceShift',
        date: c.now.to,
        score,
        severity: severityOf(score),
        params: {
          source: top.source,
          share: { value: top.uvShare!, kind: 'percent' },
          shareBefore: { value: top.uvShareBefore!, kind: 'percent' },
          direction: top.uvShareChange! > 0 ? '+' : '−',
          points: { value: Math.abs(top.uvShareChange!) * 100, kind: 'number' },
          threshold: { value: threshold * 100, kind: 'number' },
          count: moved.length,
        },
        evidence: moved.slice(0, 5).map((r) => ({
          label: 'analysis.evidence.sourceShare',
          name: r.source,
          value: { value: r.uvShare!, kind: 'percent' as const },
          baseline: { value: r.uvShareBefore!, kind: 'percent' as const },
          change: r.uvShareChange!,
          changeIn: 'points' as const,
        })),
        numbers: { tab: 'report', focus: 'sources' },
        act: 'traffic',
      },
    ];
  },
};
