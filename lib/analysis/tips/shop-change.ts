import type { PageKind } from '@/lib/model/consoles';
import { REPORT_KINDS } from '../report';
import { compareToBaseline, type ComparedMetric } from './baseline';
import { agePenalty, severityOf, type Tip, type TipContext, type TipRuleId } from './types';

/** The shared shape of the four shop-metric rules: one dated tip when the change passes the threshold. */
export function shopChangeTip(
  ctx: TipContext,
  rule: TipRuleId,
  metric: ComparedMetric,
  options: { direction: 'drop' | 'rise'; threshold: number; weight: number; act: PageKind },
): Tip[] {
  const days = ctx.thresholds.tipBaselineDays;
  const c = compareToBaseline(ctx.shopDays, metric, ctx.today, days);
  if (!c) return [];
  const hit = options.direction === 'drop' ? c.change <= -options.threshold : c.change >= options.threshold;
  if (!hit) return [];
  const kind = REPORT_KINDS[metric];
  const score = options.weight + Math.round(Math.abs(c.change) * 100) - agePenalty(c.date, ctx.today);
  return [
    {
      id: `${rule}:${c.date}`,
      rule,
      date: c.date,
      score,
      severity: severityOf(score),
      params: {
        date: { value: c.date, kind: 'date' },
        days: c.baselineDays,
        value: { value: c.value, kind },
        baseline: { value: c.baseline, kind },
        change: { value: Math.abs(c.change), kind: 'percent' },
        threshold: { value: options.threshold, kind: 'percent' },
      },
      evidence: [{ label: `metric.${metric}`, value: { value: c.value, kind }, baseline: { value: c.baseline, kind }, change: c.change }],
      numbers: { tab: 'report', focus: c.date },
      act: options.act,
    },
  ];
}
