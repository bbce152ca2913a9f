import { formatValue } from '@/lib/format';
import { valueKindOfMetric } from '@/lib/model/catalogue';
import type { Locale, MessageKey } from '@/lib/i18n';
import type { CaptureSource, ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import type { SnapshotRow } from '@/lib/db/schema';
import { pageNameOf } from '@/lib/platforms/page-names';
import { SAMPLE_SHOP_KEY } from '@/lib/sample/generate';
import { consoleNameOf, currencyAt, platformById } from '@/lib/platforms/registry';
import type { Currency } from '@/lib/platforms/types';

/** What one raw read says, shaped for the 今日读取 list (pure; the component only renders it). */
export interface CapturedEntry {
  id: number;
  at: number;
  platform: PlatformId;
  pageKind: PageKind;
  console: MessageKey;
  /** A read of the 示例店铺 (made up). */
  sample: boolean;
  /** The page's name in its console (商品排行, Business Reports …). */
  page: MessageKey;
  /** The currency the read's console prints money in (Amazon: by marketplace). */
  currency: Currency;
  source: CaptureSource;
  url: string;
  /** Each day's numbers; `doubtful` lists those that failed a cross-check (lib/extract/cross-check.ts). */
  days: { date: string; metrics: [ShopMetricKey, number][]; doubtful: ShopMetricKey[] }[];
  itemCount: number;
  itemTitles: string[];
  failure?: { kind: 'unreadable' | 'noMetrics' | 'other'; reason: string; labels: string[]; resolved: boolean };
}

/** The console's name (生意参谋, 京东商智 …), from the platform folders' host → name maps. */
export function consoleOf(url: string): MessageKey {
  try {
    return consoleNameOf(new URL(url)) ?? 'console.other';
  } catch {
    return 'console.other';
  }
}

/** The platform's currency at the read's URL; the platform's own when the URL does not parse. */
export function currencyOfRead(platform: PlatformId, url: string): Currency {
  const adapter = platformById(platform);
  try {
    return currencyAt(adapter, new URL(url));
  } catch {
    return adapter.currency;
  }
}

interface Payload {
  currency?: string;
  shopDays?: { date: string; metrics: ShopMetrics }[];
  items?: { itemId: string; title?: string }[];
  error?: string;
}

/** Newest first. A failure is "resolved" when the same page was read successfully after it. */
export function summarize(rows: readonly SnapshotRow[]): CapturedEntry[] {
  const sorted = [...rows].sort((a, b) => b.capturedAt - a.capturedAt);
  return sorted.map((row) => {
    const payload = (row.payload ?? {}) as Payload;
    const entry: CapturedEntry = {
      id: row.id ?? 0,
      at: row.capturedAt,
      platform: row.platform,
      pageKind: row.pageKind,
      console: consoleOf(row.url),
      page: pageNameOf(row.url, row.pageKind),
      sample: row.shopKey === SAMPLE_SHOP_KEY,
      currency: (payload.currency as Currency | undefined) ?? currencyOfRead(row.platform, row.url),
      source: row.source,
      url: row.url,
      days: (payload.shopDays ?? [])
        .map((d) => ({
          date: d.date,
          metrics: (Object.entries(d.metrics ?? {}) as [ShopMetricKey, number][]).filter(([, v]) => Number.isFinite(v)),
          doubtful: (row.doubtful?.find((x) => x.date === d.date)?.keys ?? []) as ShopMetricKey[],
        }))
        .filter((d) => d.metrics.length > 0)
        .sort((a, b) => b.date.localeCompare(a.date)),
      itemCount: payload.items?.length ?? 0,
      itemTitles: (payload.items ?? []).slice(0, 3).map((i) => i.title ?? i.itemId),
    };
    if (typeof payload.error === 'string') {
      const [code, ...rest] = payload.error.split(':');
      const detail = rest.join(':').trim().split(/\s+/).slice(1).join(' ');
      entry.failure = {
        kind: code === 'unreadable-values' ? 'unreadable' : code === 'no-metrics' ? 'noMetrics' : 'other',
        reason: payload.error,
        labels: detail ? detail.split(/,\s*/).filter(Boolean) : [],
        resolved: sorted.some((r) => r.url === row.url && r.capturedAt > row.capturedAt && !(r.payload as Payload)?.error),
      };
    }
    return entry;
  });
}

/** A metric value as the seller reads it: ¥12,345.60, 3.20%, 12,000. Missing never reaches here. */
export function formatMetric(key: ShopMetricKey, value: number, locale: Locale, currency: Currency): string {
  return formatValue(value, valueKindOfMetric(key), locale, currency);
}
