import type { Extraction } from '@/lib/platforms/types';
import type { ColumnKey } from './formats';
import { findOutliers, type Outlier, type OutlierOptions } from './outliers';
import type { ReportParse } from './parse';

/**
 * What the import preview shows before anything is written (issue 14): which column became
 * which metric and which were left out, the first rows' values as they will be stored, the date
 * range, and the days that look wrong (lib/import/outliers). Pure.
 */

/** First rows shown. */
export const PREVIEW_ROWS = 5;

export interface ImportPreview {
  /** Columns read, in the file's order: the header as written → what it became. */
  mapped: { header: string; key: ColumnKey }[];
  /** Headers of columns ShopMate does not read (non-empty ones). */
  unused: string[];
  /** The first rows as they will be stored: a day (shop reports) or an item's day. */
  rows: { date?: string; item?: string; values: [ColumnKey, number][] }[];
  range?: { from: string; to: string };
  outliers: Outlier[];
}

export function previewOf(parse: ReportParse, options: OutlierOptions): ImportPreview {
  const mapped = (Object.entries(parse.columns) as [ColumnKey, { index: number; header: string }][])
    .sort((a, b) => a[1].index - b[1].index)
    .map(([key, c]) => ({ header: c.header, key }));
  const used = new Set(Object.values(parse.columns).map((c) => c.index));
  const unused = parse.headers.filter((h, i) => h.trim() && !used.has(i));

  const { shopDays, items } = parse.extraction;
  const rows: ImportPreview['rows'] = shopDays.length
    ? shopDays.slice(0, PREVIEW_ROWS).map((d) => ({ date: d.date, values: entries(d.metrics) }))
    : items
        .flatMap((item): ImportPreview['rows'] => {
          const name = item.title ?? item.itemId;
          return item.days?.length ? item.days.map((d) => ({ date: d.date, item: name, values: entries(d.metrics) })) : [{ item: name, values: [] }];
        })
        .slice(0, PREVIEW_ROWS);

  const dates = [...parse.days, ...items.flatMap((i) => (i.days ?? []).map((d) => d.date))].sort();
  return {
    mapped,
    unused,
    rows,
    ...(dates.length ? { range: { from: dates[0]!, to: dates.at(-1)! } } : {}),
    outliers: findOutliers(shopDays, options),
  };
}

const entries = (metrics: Partial<Record<string, number>>) => Object.entries(metrics).filter((e): e is [ColumnKey, number] => Number.isFinite(e[1]));

/** The extraction without the days the seller dropped (their shop figures; items' days of those dates too). */
export function withoutDays(extraction: Extraction, drop: ReadonlySet<string>): Extraction {
  if (drop.size === 0) return extraction;
  return {
    ...extraction,
    shopDays: extraction.shopDays.filter((d) => !drop.has(d.date)),
    items: extraction.items.map((i) => (i.days ? { ...i, days: i.days.filter((d) => !drop.has(d.date)) } : i)),
  };
}
