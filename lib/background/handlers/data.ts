import type { ShopMateDB } from '@/lib/db/schema';
import type { dataMessages } from '@/lib/messaging/messages/data';
import type { Handlers } from '../router';

export const dataHandlers = (db: ShopMateDB): Handlers<typeof dataMessages> => ({
  'data.deleteAll': async () => {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((t) => t.clear()));
    });
  },
});
