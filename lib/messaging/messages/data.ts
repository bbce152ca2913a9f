import { z } from 'zod';
import { defineMessage } from '../define';

/** The seller's data as a whole: extension pages → background. */
export const dataMessages = {
  /** Delete every row ShopMate stored (settings are kept unless asked). */
  'data.deleteAll': defineMessage<void>()('ui', z.object({ confirm: z.literal('DELETE') })),
};
