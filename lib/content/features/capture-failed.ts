import type { PageKind } from '@/lib/model/consoles';
import { readMetricsByLabel } from '@/lib/extract/labels';
import { cnShopLabels } from '@/lib/extract/synonyms';
import { sendToBackground } from '@/lib/messaging/client';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { defineFeature } from '../feature';

/** Pages where reading is expected to succeed, so "nothing read" is worth telling the seller. */
const EXPECT_READ: readonly PageKind[] = ['dashboard', 'itemList'];
/** A readable page with nothing read after this long gets a captureFailed. */
export const FAIL_AFTER_MS = 8000;

/** Shop data and item list pages: when nothing could be read, say so, with what was seen. */
export default defineFeature({
  id: 'capture-failed',
  include: ({ pageKind }) => EXPECT_READ.includes(pageKind),
  init({ ctx, platform, pageKind, signal, shop, hasRead, warn }) {
    ctx.setTimeout(() => {
      if (signal.aborted || hasRead()) return;
      void sendToBackground('captureFailed', {
        platform: platform.id,
        pageKind,
        url: location.href,
        at: Date.now(),
        reason: diagnose(platform),
        ...shop.identity(),
      }).catch(warn);
    }, FAIL_AFTER_MS);
  },
});

/** Why nothing could be read, in words the side panel turns into advice. */
function diagnose(platform: PlatformAdapter): string {
  const { labelled } = readMetricsByLabel(document, cnShopLabels());
  if (labelled.length) return `unreadable-values: ${platform.id} ${labelled.join(', ')}`.slice(0, 500);
  return `no-metrics: ${platform.id}`;
}
