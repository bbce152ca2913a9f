import { z } from 'zod';
import { defineMessage } from '../define';
import { BusinessDateSchema, PlatformIdSchema } from '@/lib/model/schemas';

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

/** Analysis: extension pages → background. */
export const analysisMessages = {
  'campaign.save': defineMessage<{ id: number }>()('ui', CampaignInputSchema),
  'campaign.markReviewed': defineMessage<void>()(
    'ui',
    z.object({ id: z.number().int().positive(), at: z.number().int().positive() }),
  ),
  'campaign.delete': defineMessage<void>()('ui', z.object({ id: z.number().int().positive() })),
};
