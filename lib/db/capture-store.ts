import type { CaptureSource } from '@/lib/model/metrics';
import type { PageKind, PlatformId } from '@/lib/model/pages';
import type { Extraction } from '@/lib/platforms/types';
import type { Provenance, ShopMateDB } from './schema';

export interface CaptureInput {
  platform: PlatformId;
  currency: 'CNY' | 'USD';
  pageKind: PageKind;
  url: string;
  source: CaptureSource;
  capturedAt: number;
  extraction: Extraction;
}

export const shopKeyOf = (platform: PlatformId, shopId: string | undefined) =>
  `${platform}:${shopId ?? 'default'}`;

/**
 * Merges one read into history, in one transaction: partial reads of the same day merge
 * (the dashboard gives traffic, another page DSR), and re-reading the same page is idempotent.
 * Per metric, the most recently read value wins.
 */
export async function storeCapture(
  db: ShopMateDB,
  input: CaptureInput,
): Promise<{ shopKey: string; stored: { shopDays: number; items: number } }> {
  const { extraction, capturedAt: at, source } = input;
  const shopKey = shopKeyOf(input.platform, extraction.shopId);
  await db.transaction(
    'rw',
    [db.shops, db.shopDaily, db.itemDaily, db.items, db.snapshots],
    async () => {
      const shop = await db.shops.get(shopKey);
      await db.shops.put({
        key: shopKey,
        platform: input.platform,
        shopId: extraction.shopId ?? 'default',
        name: extraction.shopName ?? shop?.name,
        currency: input.currency,
        firstSeenAt: shop?.firstSeenAt ?? at,
        lastSeenAt: Math.max(at, shop?.lastSeenAt ?? 0),
      });

      for (const day of extraction.shopDays) {
        const existing = await db.shopDaily.get([shopKey, day.date]);
        const merged = mergeMetrics(existing?.metrics ?? {}, existing?.provenance ?? {}, day.metrics, source, at);
        await db.shopDaily.put({ shopKey, date: day.date, ...merged, updatedAt: at });
      }

      for (const item of extraction.items) {
        const existing = await db.items.get([shopKey, item.itemId]);
        const { days, ...facts } = item;
        const known = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
        await db.items.put({
          ...existing,
          ...known,
          shopKey,
          itemId: item.itemId,
          lastSaleDate: latestDate(existing?.lastSaleDate, item.lastSaleDate),
          firstSeenAt: existing?.firstSeenAt ?? at,
          updatedAt: at,
        });
        for (const day of days ?? []) {
          const row = await db.itemDaily.get([shopKey, item.itemId, day.date]);
          const merged = mergeMetrics(row?.metrics ?? {}, row?.provenance ?? {}, day.metrics, source, at);
          await db.itemDaily.put({ shopKey, itemId: item.itemId, date: day.date, ...merged, updatedAt: at });
        }
      }

      await db.snapshots.add({
        capturedAt: at,
        shopKey,
        platform: input.platform,
        pageKind: input.pageKind,
        url: input.url,
        source,
        shopMetricCount: extraction.shopDays.reduce((n, d) => n + Object.keys(d.metrics).length, 0),
        itemCount: extraction.items.length,
        payload: extraction,
      });
    },
  );
  return {
    shopKey,
    stored: { shopDays: extraction.shopDays.length, items: extraction.items.length },
  };
}

function mergeMetrics<K extends string>(
  metrics: Partial<Record<K, number>>,
  provenance: Provenance<K>,
  incoming: Partial<Record<K, number>>,
  source: CaptureSource,
  at: number,
): { metrics: Partial<Record<K, number>>; provenance: Provenance<K> } {
  const nextMetrics = { ...metrics };
  const nextProvenance = { ...provenance };
  for (const key of Object.keys(incoming) as K[]) {
    const value = incoming[key];
    if (value === undefined || !Number.isFinite(value)) continue;
    const prior = provenance[key];
    if (prior && prior.at > at) continue;
    nextMetrics[key] = value;
    nextProvenance[key] = { source, at };
  }
  return { metrics: nextMetrics, provenance: nextProvenance };
}

const latestDate = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
