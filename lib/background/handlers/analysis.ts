import { campaignAnalysis, lifecycleAnalysis, picksAnalysis, quadrantAnalysis, tipsAnalysis } from '@/lib/analysis/service';
import { watchForeignWrites } from '@/lib/db/rollups';
import type { ShopMateDB } from '@/lib/db/schema';
import type { analysisMessages } from '@/lib/messaging/messages/analysis';
import { loadSettings } from '@/lib/settings/store';
import type { Handlers } from '../router';

export const analysisHandlers = (db: ShopMateDB): Handlers<typeof analysisMessages> => {
  // Item rollups follow writes that bypass the capture path (restore, delete all).
  watchForeignWrites(db);
  const thresholds = async () => (await loadSettings()).thresholds;
  return {
    'campaign.save': async ({ id, ...campaign }) => {
      const existing = id === undefined ? undefined : await db.campaigns.get(id);
      const saved = await db.campaigns.put({
        ...campaign,
        ...(id === undefined ? {} : { id }),
        reviewedAt: existing?.reviewedAt,
        createdAt: existing?.createdAt ?? Date.now(),
      });
      return { id: saved as number };
    },
    'campaign.markReviewed': async ({ id, at }) => {
      await db.campaigns.update(id, { reviewedAt: at });
    },
    'campaign.delete': async ({ id }) => {
      await db.campaigns.delete(id);
    },
    'analysis.lifecycle': async ({ shopKey, today }) => lifecycleAnalysis(db, shopKey, today, await thresholds()),
    'analysis.picks': async ({ shopKey, today }) => picksAnalysis(db, shopKey, today, await thresholds()),
    'analysis.quadrant': async ({ shopKey, today }) => quadrantAnalysis(db, shopKey, today, await thresholds()),
    'analysis.campaign': async ({ id, today }) => campaignAnalysis(db, id, today, await thresholds()),
    'analysis.tips': async ({ shopKey, today }) => tipsAnalysis(db, shopKey, today, await thresholds()),
  };
};
