import type { ShopMateDB } from '@/lib/db/schema';
import { storeCapture } from '@/lib/db/capture-store';
import type { captureMessages } from '@/lib/messaging/messages/capture';
import { platformById } from '@/lib/platforms/registry';
import type { Handlers } from '../router';

export const captureHandlers = (db: ShopMateDB): Handlers<typeof captureMessages> => ({
  capture: (m) =>
    storeCapture(db, {
      platform: m.platform,
      currency: platformById(m.platform).currency,
      pageKind: m.pageKind,
      url: m.url,
      source: m.source,
      capturedAt: m.capturedAt,
      extraction: m.extraction,
    }),
  pageVisit: async (m) => {
    await db.pageVisits.add({ date: m.date, at: m.at, platform: m.platform, pageKind: m.pageKind, url: m.url });
  },
  captureFailed: async (m) => {
    await db.snapshots.add({
      capturedAt: m.at,
      shopKey: `${m.platform}:default`,
      platform: m.platform,
      pageKind: m.pageKind,
      url: m.url,
      source: 'dom',
      shopMetricCount: 0,
      itemCount: 0,
      payload: { error: m.reason },
    });
  },
  importReport: (m) =>
    storeCapture(db, {
      platform: m.platform,
      currency: platformById(m.platform).currency,
      pageKind: 'dashboard',
      url: `import:${m.fileName}`,
      source: 'import',
      capturedAt: m.importedAt,
      extraction: m.extraction,
    }),
});
