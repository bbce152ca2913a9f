import { z } from 'zod';
import { defineMessage } from '../define';
import { BusinessDateSchema, PlatformIdSchema } from '@/lib/model/schemas';
import type { CampaignReview } from '@/lib/analysis/campaign';
import type { DelistPick } from '@/lib/analysis/delist';
import type { HeroResult } from '@/lib/analysis/hero';
import type { LifecycleResult, Stage } from '@/lib/analysis/lifecycle';
import type { QuadrantResult } from '@/lib/analysis/quadrant';
import type { RatingWarning } from '@/lib/analysis/ratings';
import type { Tip } from '@/lib/analysis/tips';
import type { PlatformId } from '@/lib/model/consoles';

export const CampaignInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    shopKey: z.string().min(1).max(200),
    platform: PlatformIdSchema,
    name: z.string().trim().min(1).max(100),
    start: BusinessDateSchema,
    end: BusinessDateSchema,
    itemIds: z.array(z.string().min(1).max(128)).max(500),
    notes: z.string().max(10_000),
  })
  .refine((c) => c.start <= c.end, { message: 'start must not be after end', path: ['end'] });

/** An item analysis of one shop as of `today` (the page's business date: only days before it are complete). */
const ShopQuery = z.object({ shopKey: z.string().min(1).max(200), today: BusinessDateSchema });

/** Analysis: extension pages → background. */
export const analysisMessages = {
  'campaign.save': defineMessage<{ id: number }>()('ui', CampaignInputSchema),
  'campaign.markReviewed': defineMessage<void>()(
    'ui',
    z.object({ id: z.number().int().positive(), at: z.number().int().positive() }),
  ),
  'campaign.delete': defineMessage<void>()('ui', z.object({ id: z.number().int().positive() })),
  /** Lifecycle stage of every item from its weekly trend (docs/domain.md#lifecycle). */
  'analysis.lifecycle': defineMessage<LifecycleAnalysis>()('ui', ShopQuery),
  /** Hero and delist candidates, rating-floor warnings. */
  'analysis.picks': defineMessage<PicksAnalysis>()('ui', ShopQuery),
  /** Price × conversion quadrants. */
  'analysis.quadrant': defineMessage<QuadrantAnalysis>()('ui', ShopQuery),
  /** 活动复盘 of one campaign (null when it no longer exists). */
  'analysis.campaign': defineMessage<CampaignAnalysis | null>()(
    'ui',
    z.object({ shopKey: z.string().min(1).max(200), id: z.number().int().positive(), today: BusinessDateSchema }),
  ),
  /** Ranked, dated diagnosis tips. */
  'analysis.tips': defineMessage<TipsAnalysis>()('ui', ShopQuery),
};

// Replies (computed by lib/analysis/service.ts in the worker).

export interface LifecycleAnalysis {
  refWeek: string;
  weeks: string[];
  counts: Record<Stage, number>;
  /** Per stage, the items (biggest sellers first), at most `limit` each. */
  byStage: Record<Stage, LifecycleResult[]>;
  titles: Record<string, string>;
  total: number;
}

export interface PicksAnalysis {
  hero: HeroResult & { from: string; to: string };
  delist: { from: string; to: string; candidates: DelistPick[]; neverSold: DelistPick[]; active: number; unknown: number };
  ratings: RatingWarning[];
  dsr?: { date: string; dsr: number };
  titles: Record<string, string>;
  /** Items whose price is known, for the "no data" messages. */
  itemCount: number;
}

export interface QuadrantAnalysis extends QuadrantResult {
  from: string;
  to: string;
  minUv: number;
  titles: Record<string, string>;
}

export interface CampaignAnalysis {
  review: CampaignReview;
  titles: Record<string, string>;
}

export interface TipsAnalysis {
  tips: Tip[];
  platform: PlatformId;
}
