import { daysBetween } from '@/lib/dates';
import { severityOf, type TipRule } from './types';

/** A campaign that has ended but has no review (复盘) yet (docs/domain.md#campaign-review: review after every campaign). */
export const campaignUnreviewed: TipRule = {
  id: 'campaignUnreviewed',
  evaluate(ctx) {
    return (ctx.campaigns ?? [])
      .filter((c) => c.end < ctx.today && c.reviewedAt === undefined)
      .map((c) => {
        const since = daysBetween(c.end, ctx.today);
        const score = 35 + Math.min(20, since);
        return {
          id: `campaignUnreviewed:${c.id ?? c.name}`,
          rule: 'campaignUnreviewed' as const,
          date: c.end,
          score,
          severity: severityOf(score),
          params: { name: c.name, end: { value: c.end, kind: 'date' as const }, days: since },
          evidence: [],
          numbers: { tab: 'campaigns' as const, ...(c.id !== undefined ? { campaignId: c.id } : {}) },
        };
      });
  },
};
