import { z } from 'zod';
import { defineMessage } from '../define';
import { BusinessDateSchema } from '@/lib/model/schemas';

const ShopKey = z.string().min(1).max(200);

/** The seller's corrections to shops (options → 店铺): extension pages → background. */
export const shopMessages = {
  /** The seller's own name for a shop; '' = back to the name the console prints. */
  'shop.rename': defineMessage<void>()('ui', z.object({ key: ShopKey, label: z.string().max(200) })),
  /** Two shops of one platform are one: everything of `from` becomes `into`'s. */
  'shop.merge': defineMessage<void>()('ui', z.object({ from: ShopKey, into: ShopKey })),
  /** Delete one shop's data (the others are untouched). */
  'shop.delete': defineMessage<void>()('ui', z.object({ key: ShopKey, confirm: z.literal('DELETE') })),
  /** A day counted for the wrong shop moves to another of its platform (or, to itself, is confirmed). */
  'shop.moveDay': defineMessage<void>()('ui', z.object({ from: ShopKey, date: BusinessDateSchema, into: ShopKey })),
};
