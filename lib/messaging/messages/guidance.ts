import { z } from 'zod';
import { defineMessage } from '../define';
import { BusinessDateSchema, PageKindSchema, PlatformIdSchema, ShopIdentitySchema } from '@/lib/model/schemas';
import type { ShownGuidance } from '@/lib/guidance/words';

/** A console page as the guidance layer names it: which console, which page, which shop. */
const GuidancePage = {
  platform: PlatformIdSchema,
  pageKind: PageKindSchema,
  host: z.string().min(1).max(253),
  /** The page's path (hide for today is per page). */
  path: z.string().max(2048),
  shop: ShopIdentitySchema.optional(),
};

/** In-page guidance (issue 19): the guidance layer on a console page → background. */
export const guidanceMessages = {
  /**
   * The hints for this page, computed from stored history by the same rules as the side panel
   * (lib/guidance/service.ts), with the words the page shows (lib/guidance/words.ts).
   * `itemIds`: the items the page lists (item lists only).
   */
  'guidance.forPage': defineMessage<ShownGuidance>()(
    'content',
    z.object({ ...GuidancePage, today: BusinessDateSchema, itemIds: z.array(z.string().min(1).max(128)).max(500).default([]) }),
  ),
  /** 今天不再显示: no guidance on this page until the business day ends. */
  'guidance.hideToday': defineMessage<void>()('content', z.object({ ...GuidancePage, today: BusinessDateSchema })),
  /** Open the side panel on what a hint is about (an item, a tip's numbers, a campaign's review). */
  'guidance.open': defineMessage<void>()(
    'content',
    z.object({
      tab: z.enum(['items', 'report', 'tips', 'campaigns']),
      shopKey: z.string().min(1).max(200),
      itemId: z.string().min(1).max(128).optional(),
      campaignId: z.number().int().positive().optional(),
      focus: z.string().max(64).optional(),
    }),
  ),
};
