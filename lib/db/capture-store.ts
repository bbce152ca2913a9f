import { isFinalRead, toBusinessDate } from '@/lib/dates';
import { crossCheck } from '@/lib/extract/cross-check';
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS, kindOfMetric } from '@/lib/model/catalogue';
import type { Currency } from '@/lib/model/currency';
import type { CaptureSource, ShopMetricKey } from '@/lib/model/metrics';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import type { Extraction } from '@/lib/platforms/types';
import type { ItemDailyRow, ItemRow, Provenance, ShopDailyRow, ShopMateDB, ShopRow } from './schema';
import { noteItemDays } from './rollups';
import { resolveShop } from './shops';
import { storeSourceDays } from './source-store';

export interface CaptureInput {
  platform: PlatformId;
  currency: Currency;
  pageKind: PageKind;
  url: string;
  source: CaptureSource;
  capturedAt: number;
  extraction: Extraction;
  /** settings.crossCheckTolerance: a shown ratio this far from its parts is flagged (lib/extract/cross-check.ts). */
  crossCheckTolerance?: number;
  /** When the console said its real-time numbers were updated; kept on that day's row. */
  consoleUpdatedAt?: number;
}

export interface CaptureResult {
  shopKey: string;
  /** The page named no shop: stored under the shop last identified on that console, flagged. */
  assumed: boolean;
  stored: { shopDays: number; items: number };
  /** False when this exact read was already logged today (nothing new was written). */
  logged: boolean;
}

/** How many recent snapshots of a shop are compared to spot a repeated read. */
const RECENT_SNAPSHOTS = 50;

/**
 * Merges one read into history, in one transaction:
 * - partial reads of the same day merge into one row per shop per day (the dashboard gives
 *   traffic, another page DSR) and one row per item per day;
 * - per metric, a value read after its day ended (final) beats one read during the day
 *   (real-time, still growing); among equals, the most recent read wins;
 * - re-reading is idempotent: unchanged day rows are not rewritten (items only get their
 *   "last seen" time), and a read identical to one already logged today (same page, source and
 *   content) adds nothing to the snapshot log.
 * The raw snapshot log is pruned by lib/db/maintenance.ts (settings.snapshotRetentionDays);
 * daily rows are kept.
 */
export async function storeCapture(db: ShopMateDB, input: CaptureInput): Promise<CaptureResult> {
  const { capturedAt: at, source } = input;
  let { extraction } = input;
  let shopKey = '';
  let assumed = false;
  const fingerprint = fingerprintOf(input);
  const today = toBusinessDate(at);
  let logged = false;

  await db.transaction('rw', [db.shops, db.shopDaily, db.itemDaily, db.items, db.snapshots, db.sourceDaily], async () => {
    let previous: ShopRow | undefined;
    ({ key: shopKey, assumed, previous } = await resolveShop(db, input.platform, { id: extraction.shopId, name: extraction.shopName }, at, input.currency));
    // A shop's money is in one currency: amounts in another are left out, never added to it.
    if (previous && previous.currency !== input.currency) extraction = withoutMoney(extraction);
    const flag = assumed ? ({ assumed: true } as const) : {};

    // Shop days
    const dayKeys = extraction.shopDays.map((d) => [shopKey, d.date] as [string, string]);
    const existingDays = await db.shopDaily.bulkGet(dayKeys);
    const dayRows: ShopDailyRow[] = [];
    extraction.shopDays.forEach((day, i) => {
      const existing = existingDays[i];
      const merged = mergeMetrics(existing?.metrics ?? {}, existing?.provenance ?? {}, day.metrics, day.date, source, at);
      const doubtful = crossCheck(merged.metrics, input.crossCheckTolerance ?? DEFAULT_TOLERANCE);
      const flagsChanged = doubtful.join() !== (existing?.doubtful ?? []).join();
      const stamp = input.consoleUpdatedAt;
      const stamped = stamp !== undefined && toBusinessDate(stamp) === day.date && stamp > (existing?.consoleUpdatedAt ?? 0);
      if (merged.changed || !existing || flagsChanged || stamped) {
        const { doubtful: _was, ...kept } = existing ?? ({} as Partial<ShopDailyRow>);
        dayRows.push({
          ...kept,
          shopKey,
          date: day.date,
          metrics: merged.metrics,
          provenance: merged.provenance,
          updatedAt: at,
          ...(doubtful.length ? { doubtful } : {}),
          ...(stamped ? { consoleUpdatedAt: stamp } : {}),
          ...(merged.changed ? flag : {}),
        });
      }
    });
    // A handful of days: one put each (items, which can be thousands, go in bulk).
    for (const row of dayRows) await db.shopDaily.put(row);

    // Items and their days, in bulk: a 商品排行 page can hold thousands of rows.
    const items = dedupeItems(extraction.items);
    const existingItems = await db.items.bulkGet(items.map((item) => [shopKey, item.itemId] as [string, string]));
    const itemRows: ItemRow[] = [];
    items.forEach((item, i) => {
      const existing = existingItems[i];
      const { days: _days, ...facts } = item;
      const known = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as Partial<ItemRow>;
      const lastSaleDate = latestDate(existing?.lastSaleDate, item.lastSaleDate);
      const next: ItemRow = {
        ...existing,
        ...known,
        shopKey,
        itemId: item.itemId,
        ...(lastSaleDate ? { lastSaleDate } : {}),
        firstSeenAt: existing?.firstSeenAt ?? at,
        updatedAt: at,
      };
      // Written even when unchanged: updatedAt says when these facts were last seen on a page
      // (the title assistant takes a title seen after an edit as the item's current one).
      itemRows.push(next);
    });
    if (itemRows.length) await db.items.bulkPut(itemRows);

    const itemDays = items.flatMap((item) => (item.days ?? []).map((day) => ({ itemId: item.itemId, ...day })));
    const existingItemDays = await db.itemDaily.bulkGet(itemDays.map((d) => [shopKey, d.itemId, d.date] as [string, string, string]));
    const itemDayRows: ItemDailyRow[] = [];
    itemDays.forEach((day, i) => {
      const row = existingItemDays[i];
      const merged = mergeMetrics(row?.metrics ?? {}, row?.provenance ?? {}, day.metrics, day.date, source, at);
      if (merged.changed || !row) {
        itemDayRows.push({ shopKey, itemId: day.itemId, date: day.date, metrics: merged.metrics, provenance: merged.provenance, updatedAt: at });
      }
    });
    if (itemDayRows.length) await db.itemDaily.bulkPut(itemDayRows);
    noteItemDays(db, shopKey, itemDayRows, at); // item rollups (lib/db/rollups.ts), updated after commit

    await storeSourceDays(db, shopKey, extraction.sources ?? [], source, at);

    // The raw log: once per distinct read per day.
    const recent = await db.snapshots.where('shopKey').equals(shopKey).reverse().limit(RECENT_SNAPSHOTS).toArray();
    // Cheap fields first; only same-page reads of today are hashed.
    const repeated = recent.some(
      (s) =>
        s.url === input.url &&
        s.pageKind === input.pageKind &&
        s.source === source &&
        toBusinessDate(s.capturedAt) === today &&
        fingerprintOf({ ...s, extraction: s.payload as Extraction }) === fingerprint,
    );
    if (!repeated) {
      const doubtful = doubtfulInRead(extraction, input.crossCheckTolerance);
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
        ...(doubtful.length ? { doubtful } : {}),
        ...flag,
      });
      logged = true;
    }
  });
  return {
    shopKey,
    assumed,
    stored: { shopDays: extraction.shopDays.length, items: extraction.items.length },
    logged,
  };
}

const DEFAULT_TOLERANCE = 0.05;

/** The read's own doubtful numbers, per day: what 今日 marks. */
function doubtfulInRead(extraction: Extraction, tolerance = DEFAULT_TOLERANCE): { date: string; keys: ShopMetricKey[] }[] {
  return extraction.shopDays.map((d) => ({ date: d.date, keys: crossCheck(d.metrics, tolerance) })).filter((d) => d.keys.length);
}

const MONEY_SHOP = SHOP_METRIC_KEYS.filter((k) => kindOfMetric(k) === 'money');
const MONEY_ITEM = ITEM_METRIC_KEYS.filter((k) => kindOfMetric(k) === 'money');

/** The read without its amounts of money (they are in another currency than the shop's). */
function withoutMoney(extraction: Extraction): Extraction {
  const drop = <T extends Record<string, number | undefined>>(metrics: T, keys: readonly string[]) =>
    Object.fromEntries(Object.entries(metrics).filter(([k]) => !keys.includes(k))) as T;
  return {
    ...extraction,
    shopDays: extraction.shopDays.map((d) => ({ ...d, metrics: drop(d.metrics, MONEY_SHOP) })),
    items: extraction.items.map(({ price: _price, ...item }) => ({ ...item, days: item.days?.map((d) => ({ ...d, metrics: drop(d.metrics, MONEY_ITEM) })) })),
    sources: extraction.sources?.map((day) => ({ ...day, rows: day.rows.map(({ salesAmount: _sales, ...row }) => row) })),
  };
}

/** One row per item id (a table may list an item twice): later rows fill in what earlier ones lack. */
function dedupeItems(items: Extraction['items']): Extraction['items'] {
  const byId = new Map<string, Extraction['items'][number]>();
  for (const item of items) {
    const prior = byId.get(item.itemId);
    byId.set(item.itemId, prior ? { ...item, ...prior, days: [...(prior.days ?? []), ...(item.days ?? [])] } : item);
  }
  return [...byId.values()];
}

/** Which of two reads of one metric for `date` wins: final beats real-time, then the later read. */
export function newerRead(date: string, a: { at: number }, b: { at: number }): boolean {
  const fa = isFinalRead(date, a.at);
  const fb = isFinalRead(date, b.at);
  return fa !== fb ? fa : a.at >= b.at;
}

export function mergeMetrics<K extends string>(
  metrics: Partial<Record<K, number>>,
  provenance: Provenance<K>,
  incoming: Partial<Record<K, number>>,
  date: string,
  source: CaptureSource,
  at: number,
): { metrics: Partial<Record<K, number>>; provenance: Provenance<K>; changed: boolean } {
  const nextMetrics = { ...metrics };
  const nextProvenance = { ...provenance };
  let changed = false;
  for (const key of Object.keys(incoming) as K[]) {
    const value = incoming[key];
    if (value === undefined || !Number.isFinite(value) || value < 0) continue;
    const prior = provenance[key];
    if (prior && !newerRead(date, { at }, prior)) continue;
    // The same value again: keep the first read's provenance (idempotent re-read).
    if (metrics[key] === value && prior && isFinalRead(date, prior.at) === isFinalRead(date, at)) continue;
    nextMetrics[key] = value;
    nextProvenance[key] = { source, at };
    changed = true;
  }
  return { metrics: nextMetrics, provenance: nextProvenance, changed };
}

const latestDate = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

/** What makes two reads "the same read": platform, page, source and content (not the time). */
export function fingerprintOf(input: Pick<CaptureInput, 'platform' | 'pageKind' | 'url' | 'source' | 'extraction'>): string {
  const page = input.url.split('#')[0];
  return hash53(`${input.platform}|${input.pageKind}|${page}|${input.source}|${stableJson(input.extraction)}`);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash (public domain), enough to recognise a repeated read. */
function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
