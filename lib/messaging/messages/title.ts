import { z } from 'zod';
import { defineMessage } from '../define';
import { PlatformIdSchema } from '@/lib/model/schemas';

/** Listing edits: content script (item edit page) → background. */
export const titleMessages = {
  /** The seller saved/published an item edit. */
  'titleEdit.record': defineMessage<{ id: number; editsInLast24h: number }>()(
    'content',
    z.object({
      platform: PlatformIdSchema,
      shopId: z.string().min(1).max(128).optional(),
      itemId: z.string().min(1).max(128),
      at: z.number().int().positive(),
      oldTitle: z.string().max(500),
      newTitle: z.string().max(500),
      fields: z.array(z.enum(['title', 'price', 'mainImage', 'other'])).max(10),
    }),
  ),
};
