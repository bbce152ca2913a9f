import type { ShopMateDB } from '@/lib/db/schema';
import type { sampleMessages } from '@/lib/messaging/messages/sample';
import { loadSampleShop, removeSampleShop } from '@/lib/sample/store';
import type { Handlers } from '../router';

export const sampleHandlers = (db: ShopMateDB, now: () => number = Date.now): Handlers<typeof sampleMessages> => ({
  'sample.load': () => loadSampleShop(db, now()),
  'sample.remove': () => removeSampleShop(db),
});
