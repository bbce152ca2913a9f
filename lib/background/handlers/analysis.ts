import type { ShopMateDB } from '@/lib/db/schema';
import type { analysisMessages } from '@/lib/messaging/messages/analysis';
import type { Handlers } from '../router';

export const analysisHandlers = (db: ShopMateDB): Handlers<typeof analysisMessages> => ({
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
});
