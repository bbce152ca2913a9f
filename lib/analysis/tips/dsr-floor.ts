import { agePenalty, severityOf, type TipRule } from './types';

/** The shop's latest DSR is under the rating floor (docs/domain.md#rating-floor): answer mid/negative reviews, fix service. */
export const dsrFloor: TipRule = {
  id: 'dsrFloor',
  evaluate(ctx) {
    const floor = ctx.thresholds.ratingFloor;
    const latest = [...ctx.shopDays]
      .filter((d) => d.metrics.dsr !== undefined && d.date <= ctx.today)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    if (!latest || latest.metrics.dsr! >= floor) return [];
    const dsr = latest.metrics.dsr!;
    const score = 70 + Math.round((floor - dsr) * 100) - agePenalty(latest.date, ctx.today);
    return [
      {
        id: `dsrFloor:${latest.date}`,
        rule: 'dsrFloor',
        date: latest.date,
        score,
        severity: severityOf(score),
        params: { date: { value: latest.date, kind: 'date' }, value: { value: dsr, kind: 'score' }, floor: { value: floor, kind: 'score' } },
        evidence: [{ label: 'metric.dsr', value: { value: dsr, kind: 'score' }, baseline: { value: floor, kind: 'score' } }],
        numbers: { tab: 'report', focus: latest.date },
        act: 'reviews',
      },
    ];
  },
};
