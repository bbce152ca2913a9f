import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeCapture } from '@/lib/db/capture-store';
import { ShopMateDB } from '@/lib/db/schema';
import { read } from './fixtures';
import { deleteShop, mergeShops, moveDay, renameShop } from '@/lib/db/shop-admin';

/** The seller's corrections: rename, merge, delete one shop, move a day that went to the wrong shop. */

let db: ShopMateDB;
beforeEach(() => {
  db = new ShopMateDB(`admin-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const A = { shopId: '573', shopName: '小鹿' };
const B = { shopId: '618', shopName: '青禾' };

describe('shop corrections', () => {
  it('rename keeps the console’s name apart; an empty name goes back to it', async () => {
    await storeCapture(db, read({ ...A, shopDays: [{ date: '2026-11-22', metrics: { uv: 1 } }] }, 9));
    await renameShop(db, 'taobao:573', ' 小鹿主店 ');
    expect(await db.shops.get('taobao:573')).toMatchObject({ name: '小鹿', label: '小鹿主店' });
    await renameShop(db, 'taobao:573', '');
    expect((await db.shops.get('taobao:573'))?.label).toBeUndefined();
  });

  it('a day read from a page that named no shop moves to the right shop, merged and no longer flagged', async () => {
    await storeCapture(db, read({ ...A, shopDays: [{ date: '2026-11-21', metrics: { uv: 10 } }] }, 8));
    await storeCapture(db, read({ ...B, shopDays: [{ date: '2026-11-22', metrics: { uv: 20 } }] }, 9));
    // The seller opened a page of 小鹿 that prints no shop: it went to 青禾 (identified last).
    await storeCapture(db, read({ shopDays: [{ date: '2026-11-21', metrics: { pv: 33 } }], items: [{ itemId: 'i1', days: [{ date: '2026-11-21', metrics: { uv: 3 } }] }] }, 10));
    expect(await db.shopDaily.get(['taobao:618', '2026-11-21'])).toMatchObject({ assumed: true });
    await moveDay(db, 'taobao:618', '2026-11-21', 'taobao:573');
    expect(await db.shopDaily.get(['taobao:618', '2026-11-21'])).toBeUndefined();
    const moved = await db.shopDaily.get(['taobao:573', '2026-11-21']);
    expect(moved?.metrics).toEqual({ uv: 10, pv: 33 });
    expect(moved?.assumed).toBeUndefined();
    expect(await db.itemDaily.get(['taobao:573', 'i1', '2026-11-21'])).toMatchObject({ metrics: { uv: 3 } });
    // 青禾's own day is untouched.
    expect((await db.shopDaily.get(['taobao:618', '2026-11-22']))?.metrics).toEqual({ uv: 20 });
    // Another platform's shop cannot take it.
    await storeCapture(db, read({ shopId: '880', shopName: '拼', shopDays: [{ date: '2026-11-22', metrics: { uv: 1 } }] }, 11, 'pinduoduo'));
    await expect(moveDay(db, 'taobao:618', '2026-11-22', 'pinduoduo:880')).rejects.toThrow(/otherPlatform/);
  });

  it('merge: everything of one shop becomes the other’s; delete: one shop’s data only', async () => {
    await storeCapture(db, read({ shopName: '小鹿', shopDays: [{ date: '2026-11-21', metrics: { uv: 10, pv: 30 } }], items: [{ itemId: 'i1', title: '床头柜' }] }, 8));
    await storeCapture(db, read({ ...A, shopDays: [{ date: '2026-11-21', metrics: { uv: 12 } }, { date: '2026-11-22', metrics: { uv: 5 } }] }, 9));
    // The page with the name only and the page with the id were stored as one shop already (by name).
    expect((await db.shops.toArray()).map((s) => s.key)).toEqual(['taobao:name:小鹿']);
    await storeCapture(db, read({ ...B, shopDays: [{ date: '2026-11-22', metrics: { uv: 7 } }] }, 10));
    // 来源构成 tables go with their shop too: 青禾's day the other lacks moves; on a day both have, the newer read stays.
    const sources = (source: string, uv: number) => [{ date: '2026-11-22', rows: [{ source, uv }] }];
    await storeCapture(db, read({ ...A, sources: sources('手淘搜索', 50) }, 9));
    await storeCapture(db, read({ ...B, sources: sources('直通车', 60) }, 10));
    await storeCapture(db, read({ ...B, sources: [{ date: '2026-11-20', rows: [{ source: '手淘推荐', uv: 8 }] }] }, 10));
    await mergeShops(db, 'taobao:618', 'taobao:name:小鹿');
    expect((await db.shops.toArray()).map((s) => s.key)).toEqual(['taobao:name:小鹿']);
    expect((await db.sourceDaily.toArray()).map((r) => [r.shopKey, r.date, r.rows[0]!.source])).toEqual([
      ['taobao:name:小鹿', '2026-11-20', '手淘推荐'],
      ['taobao:name:小鹿', '2026-11-22', '直通车'],
    ]);
    expect((await db.shopDaily.get(['taobao:name:小鹿', '2026-11-22']))?.metrics).toEqual({ uv: 7 }); // the later read wins
    expect(await db.snapshots.where('shopKey').equals('taobao:618').count()).toBe(0);

    await storeCapture(db, read({ ...B, shopDays: [{ date: '2026-11-23', metrics: { uv: 9 } }], sources: [{ date: '2026-11-23', rows: [{ source: '直通车', uv: 9 }] }] }, 12));
    await deleteShop(db, 'taobao:618');
    expect((await db.sourceDaily.toArray()).filter((r) => r.shopKey === 'taobao:618')).toEqual([]);
    expect(await db.shops.get('taobao:618')).toBeUndefined();
    expect((await db.shopDaily.toArray()).filter((r) => r.shopKey === 'taobao:618')).toEqual([]);
    expect((await db.shopDaily.toArray()).filter((r) => r.shopKey === 'taobao:name:小鹿').length).toBe(2);
    await expect(mergeShops(db, 'taobao:name:小鹿', 'taobao:name:小鹿')).rejects.toThrow(/sameShop/);
  });
});
