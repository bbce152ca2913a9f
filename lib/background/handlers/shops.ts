import type { ShopMateDB } from '@/lib/db/schema';
import { deleteShop, mergeShops, moveDay, renameShop } from '@/lib/db/shop-admin';
import type { shopMessages } from '@/lib/messaging/messages/shops';
import type { Handlers } from '../router';

export const shopHandlers = (db: ShopMateDB): Handlers<typeof shopMessages> => ({
  'shop.rename': ({ key, label }) => renameShop(db, key, label),
  'shop.merge': ({ from, into }) => mergeShops(db, from, into),
  'shop.delete': ({ key }) => deleteShop(db, key),
  'shop.moveDay': ({ from, date, into }) => moveDay(db, from, date, into),
});
