import { toBusinessDate } from '@/lib/dates';
import { sendToBackground } from '@/lib/messaging/client';
import type { PagePlan } from '@/lib/messaging/messages/capture';
import type { FeaturePage } from './feature';

/**
 * Every recognised console page is a visit (the checklist's evidence), sent once the shop is
 * known. Its reply is the page plan — this console's taught rules — so a page view costs one
 * message, not one more for the rules (page cost, issue 15). Features that need the plan wait
 * for it; if it cannot be had they go on without it.
 */
export function sendVisit(page: Pick<FeaturePage, 'platform' | 'pageKind' | 'url' | 'shop'>): Promise<PagePlan> {
  const at = Date.now();
  return new Promise<PagePlan>((resolve, reject) =>
    page.shop.whenKnown((identity) =>
      sendToBackground('pageVisit', { platform: page.platform.id, pageKind: page.pageKind, url: page.url.href, at, date: toBusinessDate(at), ...identity }).then(
        resolve,
        reject,
      ),
    ),
  );
}
