import { toBusinessDate } from '@/lib/dates';
import { sendToBackground } from '@/lib/messaging/client';
import { defineFeature } from '../feature';

/** Every recognised console page: the visit, once the shop is known (the checklist's evidence). */
export default defineFeature({
  id: 'visit',
  include: () => true,
  init({ platform, pageKind, url, shop, warn }) {
    const at = Date.now();
    shop.whenKnown((identity) =>
      void sendToBackground('pageVisit', { platform: platform.id, pageKind, url: url.href, at, date: toBusinessDate(at), ...identity }).catch(warn),
    );
  },
});
