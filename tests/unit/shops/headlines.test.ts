import { describe, expect, it } from 'vitest';
import { SAME_TIME_WINDOW_MS, sameTimeYesterday, shopHeadline, type DayRead } from '@/lib/checklist/shop-headlines';
import type { ShopDailyRow, ShopRow } from '@/lib/db/schema';

const H = 3_600_000;
const T = Date.UTC(2026, 11, 6, 2); // today 10:00 Beijing
const shop: ShopRow = { key: 'taobao:573', platform: 'taobao', shopId: '573', name: '小鹿家居旗舰店', currency: 'CNY', firstSeenAt: 0, lastSeenAt: T };
const dates = { today: '2026-12-06', yesterday: '2026-12-05' };
const row = (date: string, metrics: ShopDailyRow['metrics'], at: number, extra: Partial<ShopDailyRow> = {}): ShopDailyRow => ({
  shopKey: shop.key,
  date,
  metrics,
  provenance: Object.fromEntries(Object.keys(metrics).map((k) => [k, { source: 'dom', at }])),
  updatedAt: at,
  ...extra,
});

describe('shopHeadline', () => {
  const today = row(dates.today, { salesAmount: 3000, uv: 1000, paidBuyers: 30 }, T, { consoleUpdatedAt: T - 2 * 60_000 });
  const yesterdayFull = row(dates.yesterday, { salesAmount: 12000, uv: 4000, paidBuyers: 120 }, T - 2 * H);

  it('compares real-time numbers with yesterday at the same time when a read near that time exists', () => {
    const reads: DayRead[] = [
      { at: T - 24 * H - 10 * 60_000, date: dates.yesterday, metrics: { salesAmount: 2500, uv: 900, paidBuyers: 25 } },
      { at: T - 24 * H + 50 * 60_000, date: dates.yesterday, metrics: { salesAmount: 4000 } }, // too far: ignored
    ];
    const h = shopHeadline(shop, { today, yesterday: yesterdayFull }, dates, reads)!;
    expect(h).toMatchObject({ which: 'today', basis: 'sameTime', updatedAt: T - 2 * 60_000, consoleTime: true });
    const sales = h.values.find((v) => v.metric === 'salesAmount')!;
    expect(sales).toMatchObject({ value: 3000, previous: 2500, direction: 'up' });
    expect(sales.change).toBeCloseTo(0.2);
    expect(sales.reference).toBeUndefined();
  });

  it('without such a read: yesterday’s full day as a neutral reference, never a drop', () => {
    const h = shopHeadline(shop, { today, yesterday: yesterdayFull }, dates, [])!;
    expect(h.basis).toBe('fullDay');
    const sales = h.values.find((v) => v.metric === 'salesAmount')!;
    expect(sales).toMatchObject({ value: 3000, reference: 12000 });
    expect(sales.direction).toBeUndefined();
    // The time is ShopMate's read when the console printed none.
    expect(shopHeadline(shop, { today: { ...today, consoleUpdatedAt: undefined } }, dates, [])).toMatchObject({ updatedAt: T, consoleTime: false, basis: 'none' });
  });

  it('before today is read: yesterday against the day before; nothing at all: no row', () => {
    const before = row('2026-12-04', { salesAmount: 10000, uv: 4000, paidBuyers: 100 }, T - 26 * H);
    expect(shopHeadline(shop, { yesterday: yesterdayFull, dayBefore: before }, dates, [])).toMatchObject({ which: 'yesterday', basis: 'dayBefore' });
    expect(shopHeadline(shop, {}, dates, [])).toBeUndefined();
  });

  it('sameTimeYesterday takes per metric the read nearest the moment, inside the window only', () => {
    const at = T;
    const reads: DayRead[] = [
      { at: at - 24 * H - SAME_TIME_WINDOW_MS - 1, date: dates.yesterday, metrics: { uv: 1 } },
      { at: at - 24 * H + 20 * 60_000, date: dates.yesterday, metrics: { uv: 2, salesAmount: 20 } },
      { at: at - 24 * H - 5 * 60_000, date: dates.yesterday, metrics: { uv: 3 } },
      { at: at - 24 * H, date: '2026-12-04', metrics: { uv: 4 } },
    ];
    expect(sameTimeYesterday(reads, dates.yesterday, at)).toEqual({ uv: 3, salesAmount: 20 });
    expect(sameTimeYesterday(reads.slice(0, 1), dates.yesterday, at)).toBeUndefined();
  });
});
