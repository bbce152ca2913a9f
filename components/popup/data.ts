import { addDays } from '@/lib/dates';
import type { Duty } from '@/lib/checklist/duties';
import { currentStreak } from '@/lib/checklist/history';
import { currentPlatform } from '@/lib/checklist/links';
import { loadCurrentShop, loadDays, loadStreakRecords, type LiveDay } from '@/lib/checklist/load';
import { SAME_TIME_WINDOW_MS, shopHeadline, type DayRead, type ShopHeadline } from '@/lib/checklist/shop-headlines';
import type { ShopDailyRow, ShopMateDB, ShopRow } from '@/lib/db/schema';
import type { PlatformId } from '@/lib/model/consoles';

/**
 * Everything the popup shows, in one live query. Only indexed reads of today and yesterday
 * plus the small checklistDays and shops tables, so a year of history does not slow the first render.
 */
export interface PopupData {
  today: LiveDay;
  streak: number;
  platform: PlatformId;
  /** The platform the seller used last (what "automatic" means). */
  seenPlatform: PlatformId;
  /** Whose checklist this is (each shop has its own); undefined before any shop is known. */
  shopKey?: string;
  shop?: ShopRow;
  /** Every shop, most recently read first. */
  shops: ShopRow[];
  /** One row per shop with numbers today (or, until any has, yesterday's). */
  headlines: ShopHeadline[];
}

const DAY_MS = 24 * 3_600_000;

export async function loadPopupData(
  db: ShopMateDB,
  duties: readonly Duty[],
  today: string,
  zone: string,
  chosen: PlatformId | undefined,
  chosenShop?: string,
): Promise<PopupData> {
  const yesterday = addDays(today, -1);
  const dayBefore = addDays(today, -2);
  const [shopKey, lastVisit, shops, daily] = await Promise.all([
    loadCurrentShop(db, chosenShop),
    db.pageVisits.orderBy('at').last(),
    // The 示例店铺 never stands in for the seller's own shop: no checklist or headline of its own.
    db.shops.orderBy('lastSeenAt').reverse().filter((s) => !s.sample).toArray(),
    db.shopDaily.where('date').between(dayBefore, today, true, true).toArray(),
  ]);
  // Yesterday too: its streak day may not be frozen yet when the popup opens just after midnight.
  const days = await loadDays(db, duties, yesterday, today, zone, shopKey);
  const records = await loadStreakRecords(db, today, days, shopKey);
  const shop = shops.find((s) => s.key === shopKey);
  const seenPlatform =
    shop?.platform ??
    currentPlatform(undefined, [
      lastVisit && { platform: lastVisit.platform, at: lastVisit.at },
      shops[0] && { platform: shops[0].platform, at: shops[0].lastSeenAt },
    ]);
  return {
    today: days[1]!,
    streak: currentStreak(records, today),
    platform: chosen ?? seenPlatform,
    seenPlatform,
    shopKey,
    shop,
    shops,
    headlines: await headlines(db, shops, daily, { today, yesterday, dayBefore }),
  };
}

async function headlines(
  db: ShopMateDB,
  shops: readonly ShopRow[],
  daily: readonly ShopDailyRow[],
  dates: { today: string; yesterday: string; dayBefore: string },
): Promise<ShopHeadline[]> {
  const rowOf = (key: string, date: string) => daily.find((r) => r.shopKey === key && r.date === date);
  // Reads of yesterday near "this time yesterday" for the shops read today: one indexed range.
  const todays = daily.filter((r) => r.date === dates.today);
  const times = todays.flatMap((r) => [r.updatedAt, ...Object.values(r.provenance).map((p) => p?.at ?? 0)]).filter((t) => t > 0);
  const reads = new Map<string, DayRead[]>();
  if (times.length) {
    const from = Math.min(...times) - DAY_MS - SAME_TIME_WINDOW_MS;
    const to = Math.max(...times) - DAY_MS + SAME_TIME_WINDOW_MS;
    for (const snap of await db.snapshots.where('capturedAt').between(from, to, true, true).toArray()) {
      const day = readOf(snap.payload, dates.yesterday);
      if (!day) continue;
      reads.set(snap.shopKey, [...(reads.get(snap.shopKey) ?? []), { at: snap.capturedAt, date: dates.yesterday, metrics: day }]);
    }
  }
  const all = shops
    .map((shop) =>
      shopHeadline(
        shop,
        { today: rowOf(shop.key, dates.today), yesterday: rowOf(shop.key, dates.yesterday), dayBefore: rowOf(shop.key, dates.dayBefore) },
        dates,
        reads.get(shop.key) ?? [],
      ),
    )
    .filter((h): h is ShopHeadline => !!h);
  const today = all.filter((h) => h.which === 'today');
  return today.length ? today : all;
}

/** A logged read's numbers for `date` (the snapshot keeps the extraction as it was received). */
function readOf(payload: unknown, date: string): ShopDailyRow['metrics'] | undefined {
  const days = (payload as { shopDays?: unknown } | undefined)?.shopDays;
  if (!Array.isArray(days)) return undefined;
  const day = days.find((d): d is { date: string; metrics: ShopDailyRow['metrics'] } => !!d && (d as { date?: unknown }).date === date);
  return day && typeof day.metrics === 'object' ? day.metrics : undefined;
}
