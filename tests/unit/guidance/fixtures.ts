import type { Tip } from '@/lib/analysis/tips';

/** 诊断's conversion tip on 2026-11-21 (2.96 % against a 7-day 4.05 %), as the analysis gives it; `change` is its evidence's. */
export const conversionTip = (change = -0.2691): Tip => ({
  id: 'conversionDrop:2026-11-21',
  rule: 'conversionDrop',
  date: '2026-11-21',
  score: 80,
  severity: 'high',
  params: { date: { value: '2026-11-21', kind: 'date' }, days: 7, value: { value: 0.0296, kind: 'percent' }, baseline: { value: 0.0405, kind: 'percent' }, change: { value: 0.27, kind: 'percent' }, threshold: { value: 0.2, kind: 'percent' } },
  evidence: [{ label: 'metric.conversionRate', value: { value: 0.0296, kind: 'percent' }, baseline: { value: 0.0405, kind: 'percent' }, change }],
  numbers: { tab: 'report', focus: '2026-11-21' },
});
