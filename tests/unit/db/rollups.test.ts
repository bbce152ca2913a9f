import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeCapture, type CaptureInput } from '@/lib/db/capture-store';
import { readDays, readWeeks, resetRollups, rollupsIdle, rollupsOf, watchForeignWrites } from '@/lib/db/rollups';
import { ShopMateDB } from '@/lib/db/schema';
import type { ItemMetrics } from '@/lib/model/metrics';

/**
 * The item rollups (day and week packs) against the itemDaily rows they summarise: kept current
 * by captures, rebuilt after writes that bypass the capture path, repaired by the freshness check.
 */

let db: ShopMateDB;
const SHOP = 'taobao:57300001';
beforeEach(() => {
  db = new ShopMateDB(`rollups-${Math.random()}`);
});
afterEach(async () => {
  await resetRollups(db);
  await db.delete();
});

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();

function capture(items: { itemId: string; days: { date: string; metrics: ItemMetrics }[]; lastSaleDate?: string }[], capturedAt = at('2026-11-30')): CaptureInput {
  return {
    platform: 'taobao',
    currency: 'CNY',
    pageKind: 'itemList',
    url: 'https://sycm.taobao.com/cc/item_rank',
    source: 'api',
    capturedAt,
    extraction: { shopId: '57300001', shopDays: [], items },
  };
}

const day = (date: string, metrics: ItemMetrics) => ({ date, metrics });

describe('item rollups', () => {
  it('captures update the day packs and the Monday–Sunday week sums, missing values stay missing', async () => {
    await storeCapture(
      db,
      capture([
        { itemId: 'A', days: [day('2026-11-16', { uv: 100, paidBuyers: 3, unitsSold: 4, salesAmount: 400 }), day('2026-11-17', { uv: 200, conversionRate: 0.05 })] },
        { itemId: 'B', days: [day('2026-11-22', { uv: 50, bounceRate: 0.4 }), day('2026-11-23', { uv: 70 })] },
      ]),
    );
    await rollupsIdle(db);
    const { slots, packs } = await readWeeks(db, SHOP, ['2026-11-16', '2026-11-23']);
    expect(slots.ids).toEqual(['A', 'B']);
    const [w1, w2] = packs;
    const a = slots.ids.indexOf('A');
    const b = slots.ids.indexOf('B');
    expect(w1!.n).toBe(3);
    expect([w1!.uv[a], w1!.uvDays[a]]).toEqual([300, 2]);
    // Buyers implied by conversion × UV on the 17th: 3 + 10; their UV 300.
    expect([w1!.buyers[a], w1!.buyersUv[a], w1!.buyersDays[a]]).toEqual([13, 300, 2]);
    expect([w1!.units[a], w1!.unitsDays[a], w1!.salesAmount[a], w1!.salesAmountDays[a]]).toEqual([4, 1, 400, 1]);
    expect([w1!.uv[b], w1!.bouncedUv[b], w1!.bounceUv[b], w1!.buyersDays[b]]).toEqual([50, 20, 50, 0]);
    expect([w2!.n, w2!.uv[b], w2!.dataDays[a]]).toEqual([1, 70, 0]);
    expect(slots.firstDate).toEqual(['2026-11-16', '2026-11-22']);
    expect(slots.lastSale).toEqual(['2026-11-17', '']);

    const days = await readDays(db, SHOP, '2026-11-17', '2026-11-22');
    expect(days.packs.map((p) => p.date)).toEqual(['2026-11-17', '2026-11-22']);
    expect(days.packs[0]!.units[a]).toBeNaN();
    expect(days.packs[0]!.buyers[a]).toBeCloseTo(10, 5);
  });

  it('a re-read replaces the day’s values, never adds them twice', async () => {
    await storeCapture(db, capture([{ itemId: 'A', days: [day('2026-11-16', { uv: 100 })] }], at('2026-11-16', 12)));
    await storeCapture(db, capture([{ itemId: 'A', days: [day('2026-11-16', { uv: 180 })] }], at('2026-11-17', 9)));
    await rollupsIdle(db);
    const { packs } = await readWeeks(db, SHOP, ['2026-11-16']);
    expect([packs[0]!.n, packs[0]!.uv[0], packs[0]!.uvDays[0]]).toEqual([1, 180, 1]);
  });

  it('history written outside a capture (restore, bench) makes the shop rebuild from itemDaily', async () => {
    watchForeignWrites(db);
    await storeCapture(db, capture([{ itemId: 'A', days: [day('2026-11-16', { uv: 100 })] }]));
    await rollupsIdle(db);
    await db.itemDaily.bulkPut(
      ['2026-11-17', '2026-11-18'].map((date) => ({ shopKey: SHOP, itemId: 'C', date, metrics: { uv: 10, unitsSold: 1 }, provenance: {}, updatedAt: 1 })),
    );
    await rollupsIdle(db);
    // Emptied at once: restore and "delete all" leave no stale copy of the history behind.
    expect(await rollupsOf(db).cache.slots.count()).toBe(0);
    expect(await rollupsOf(db).cache.days.count()).toBe(0);
    const { slots, packs } = await readWeeks(db, SHOP, ['2026-11-16']);
    expect(slots.complete).toBe(true);
    expect(slots.ids.sort()).toEqual(['A', 'C']);
    expect(packs[0]!.n).toBe(3);
    expect(slots.lastSale[slots.ids.indexOf('C')]).toBe('2026-11-18');
  });

  it('after “delete all” the packs are empty', async () => {
    watchForeignWrites(db);
    await storeCapture(db, capture([{ itemId: 'A', days: [day('2026-11-16', { uv: 100 })] }]));
    await rollupsIdle(db);
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
    const { slots, packs } = await readWeeks(db, SHOP, ['2026-11-16']);
    expect(packs).toEqual([undefined]);
    expect(slots.ids).toEqual([]);
  });

  it('a capture whose rollup update was lost (worker stopped after the commit) is caught and repaired', async () => {
    await storeCapture(db, capture([{ itemId: 'A', days: [day('2026-11-16', { uv: 100 }), day('2026-11-20', { uv: 5 })] }]));
    await rollupsIdle(db);
    // What a capture commits, without its after-commit update: the row, and the shop's lastSeenAt.
    await db.transaction('rw', db.itemDaily, db.shops, async () => {
      await db.itemDaily.put({ shopKey: SHOP, itemId: 'B', date: '2026-11-20', metrics: { uv: 9 }, provenance: {}, updatedAt: at('2026-12-01') });
      await db.shops.update(SHOP, { lastSeenAt: at('2026-12-01') });
    });
    const { slots, packs } = await readDays(db, SHOP, '2026-11-16', '2026-11-22');
    expect(packs.map((p) => [p.date, p.n])).toEqual([
      ['2026-11-16', 1],
      ['2026-11-20', 2],
    ]);
    expect(packs[1]!.uv[slots.ids.indexOf('B')]).toBe(9);
    expect(slots.syncedAt).toBe(at('2026-12-01'));
    const weeks = await readWeeks(db, SHOP, ['2026-11-16']);
    expect(weeks.packs[0]!.uv[weeks.slots.ids.indexOf('B')]).toBe(9);
  });

  it('captures without item days keep the shop in sync (no needless rebuild)', async () => {
    await storeCapture(db, capture([{ itemId: 'A', days: [day('2026-11-16', { uv: 100 })] }]));
    await storeCapture(db, { ...capture([]), capturedAt: at('2026-12-02'), extraction: { shopId: '57300001', shopDays: [{ date: '2026-12-01', metrics: { uv: 1 } }], items: [] } });
    await rollupsIdle(db);
    const { slots } = await readWeeks(db, SHOP, ['2026-11-16']);
    expect(slots.syncedAt).toBe(at('2026-12-02'));
  });

  it('a shop with history from before the rollups existed is built on first use', async () => {
    await db.itemDaily.bulkPut([
      { shopKey: SHOP, itemId: 'old', date: '2026-10-05', metrics: { uv: 1, salesAmount: 9 }, provenance: {}, updatedAt: 1 },
      { shopKey: SHOP, itemId: 'old', date: '2026-11-02', metrics: { uv: 3 }, provenance: {}, updatedAt: 1 },
    ]);
    // The next capture finds history it did not pack and rebuilds the whole shop.
    await storeCapture(db, capture([{ itemId: 'new', days: [day('2026-11-16', { uv: 100 })] }]));
    await rollupsIdle(db);
    const { slots } = await readWeeks(db, SHOP, ['2026-09-28', '2026-10-05', '2026-10-26', '2026-11-16']);
    expect(slots).toMatchObject({ complete: true, firstDate: ['2026-10-05', '2026-11-16'], lastSale: ['2026-10-05', ''] });
  });

  it('an empty shop reads as nothing', async () => {
    const { slots, packs } = await readDays(db, 'taobao:none', '2026-11-01', '2026-11-07');
    expect(slots.ids).toEqual([]);
    expect(packs).toEqual([]);
  });
});
