import { shiftDate } from '@/lib/checklist/day';
import type { Duty } from '@/lib/checklist/duties';
import { currentStreak } from '@/lib/checklist/history';
import { currentPlatform } from '@/lib/checklist/links';
import { loadDays, loadStreakRecords, type LiveDay } from '@/lib/checklist/load';
import type { ShopDailyRow, ShopMateDB, ShopRow } from '@/lib/db/schema';
import type { PlatformId } from '@/lib/model/pages';

/**
 * Everything the popup shows, in one live query. Only indexed reads of today and yesterday
 * plus the small checklistDays table, so a year of history does not slow the first render.
 */
export interface PopupData {
  today: LiveDay;
  streak: number;
  platform: PlatformId;
  /** The platform the seller used last (what "automatic" means). */
  seenPlatform: PlatformId;
  shop?: ShopRow;
  /** The shop's rows for today, yesterday and the day before. */
  daily: ShopDailyRow[];
}

export async function loadPopupData(
  db: ShopMateDB,
  duties: readonly Duty[],
  today: string,
  zone: string,
  chosen: PlatformId | undefined,
): Promise<PopupData> {
  const yesterday = shiftDate(today, -1);
  const [days, lastVisit, shops] = await Promise.all([
    // Yesterday too: its streak day may not be frozen yet when the popup opens just after midnight.
    loadDays(db, duties, yesterday, today, zone),
    db.pageVisits.orderBy('at').last(),
    db.shops.orderBy('lastSeenAt').reverse().toArray(),
  ]);
  const records = await loadStreakRecords(db, today, days);
  const seenPlatform = currentPlatform(undefined, [
    lastVisit && { platform: lastVisit.platform, at: lastVisit.at },
    shops[0] && { platform: shops[0].platform, at: shops[0].lastSeenAt },
  ]);
  const platform = chosen ?? seenPlatform;
  const shop = shops.find((s) => s.platform === platform);
  const daily = shop
    ? (
        await db.shopDaily.bulkGet([today, yesterday, shiftDate(today, -2)].map((d) => [shop.key, d] as [string, string]))
      ).filter((r): r is ShopDailyRow => !!r)
    : [];
  return { today: days[1]!, streak: currentStreak(records, today), platform, seenPlatform, shop, daily };
}
