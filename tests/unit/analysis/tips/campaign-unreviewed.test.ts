import { describe, expect, it } from 'vitest';
import { campaignUnreviewed } from '@/lib/analysis/tips/campaign-unreviewed';
import { ctxWith } from './context';

describe('tip: a campaign without a review', () => {
  it('ended and not reviewed → one tip per campaign, linking to it', () => {
    const tips = campaignUnreviewed.evaluate(
      ctxWith({
        today: '2026-11-20',
        campaigns: [
          { id: 1, name: '双11 预售', start: '2026-11-01', end: '2026-11-11' },
          { id: 2, name: '复盘过的', start: '2026-11-01', end: '2026-11-11', reviewedAt: 1 },
          { id: 3, name: '进行中', start: '2026-11-15', end: '2026-11-20' },
        ],
      }),
    );
    expect(tips).toHaveLength(1);
    expect(tips[0]).toMatchObject({ rule: 'campaignUnreviewed', date: '2026-11-11', params: { name: '双11 预售', days: 9 }, numbers: { tab: 'campaigns', campaignId: 1 }, score: 44 });
  });
});
