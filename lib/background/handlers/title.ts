import type { ShopMateDB } from '@/lib/db/schema';
import { shopKeyOf } from '@/lib/db/capture-store';
import type { titleMessages } from '@/lib/messaging/messages/title';
import type { Handlers } from '../router';

const DAY_MS = 24 * 60 * 60 * 1000;

export const titleHandlers = (db: ShopMateDB): Handlers<typeof titleMessages> => ({
  'titleEdit.record': async (m) => {
    const shopKey = shopKeyOf(m.platform, m.shopId);
    const id = await db.titleEdits.add({
      shopKey,
      platform: m.platform,
      itemId: m.itemId,
      at: m.at,
      oldTitle: m.oldTitle,
      newTitle: m.newTitle,
      fields: m.fields,
    });
    const editsInLast24h = await db.titleEdits
      .where('[shopKey+itemId]')
      .equals([shopKey, m.itemId])
      .filter((e) => e.at > m.at - DAY_MS && e.at <= m.at)
      .count();
    return { id: id as number, editsInLast24h };
  },
});
