import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureHandlers } from '@/lib/background/handlers/capture';
import { storeCapture } from '@/lib/db/capture-store';
import { ShopMateDB } from '@/lib/db/schema';
import { at, read } from './fixtures';

/** Storage keyed by shop: identity from the page, the unnamed history taken over, assumed reads flagged. */

let db: ShopMateDB;
beforeEach(() => {
  db = new ShopMateDB(`shops-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const day = (uv: number) => [{ date: '2026-11-22', metrics: { uv } }];

describe('storage keyed by shop', () => {
  it('two Taobao shops read one after the other keep their own days and names', async () => {
    const a = await storeCapture(db, read({ shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: day(12000) }, 9));
    const b = await storeCapture(db, read({ shopId: '61800002', shopName: '青禾茶叶专营店', shopDays: day(5210) }, 10));
    expect([a.shopKey, b.shopKey]).toEqual(['taobao:57300001', 'taobao:61800002']);
    expect((await db.shopDaily.get(['taobao:57300001', '2026-11-22']))?.metrics).toEqual({ uv: 12000 });
    expect((await db.shopDaily.get(['taobao:61800002', '2026-11-22']))?.metrics).toEqual({ uv: 5210 });
    expect((await db.shops.toArray()).map((s) => [s.key, s.name, s.consoleId])).toEqual([
      ['taobao:57300001', '小鹿家居旗舰店', '57300001'],
      ['taobao:61800002', '青禾茶叶专营店', '61800002'],
    ]);
  });

  it('history from before shops were recognised becomes the first shop identified on that platform', async () => {
    await storeCapture(db, read({ shopDays: day(100) }, 8));
    const named = await storeCapture(db, read({ shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: [{ date: '2026-11-21', metrics: { uv: 90 } }] }, 9));
    expect(named).toMatchObject({ shopKey: 'taobao:default', assumed: false });
    expect(await db.shops.get('taobao:default')).toMatchObject({ name: '小鹿家居旗舰店', consoleId: '57300001', identifiedAt: at('2026-11-22', 9) });
    // The second shop is a shop of its own.
    expect((await storeCapture(db, read({ shopId: '61800002', shopName: '青禾', shopDays: day(5) }, 10))).shopKey).toBe('taobao:61800002');
    // A page that shows only the name still finds the first one.
    expect((await storeCapture(db, read({ shopName: '小鹿家居旗舰店', shopDays: day(120) }, 11))).shopKey).toBe('taobao:default');
  });

  it('a page that names no shop goes to the shop last identified on that console, flagged', async () => {
    await storeCapture(db, read({ shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: day(1) }, 9));
    await storeCapture(db, read({ shopId: '61800002', shopName: '青禾茶叶专营店', shopDays: day(2) }, 10));
    const unnamed = await storeCapture(db, read({ shopDays: [{ date: '2026-11-21', metrics: { uv: 3 } }] }, 11));
    expect(unnamed).toMatchObject({ shopKey: 'taobao:61800002', assumed: true });
    expect(await db.shopDaily.get(['taobao:61800002', '2026-11-21'])).toMatchObject({ metrics: { uv: 3 }, assumed: true });
    expect((await db.shopDaily.get(['taobao:61800002', '2026-11-22']))?.assumed).toBeUndefined();
    const snapshots = await db.snapshots.where('shopKey').equals('taobao:61800002').toArray();
    expect(snapshots.map((s) => s.assumed)).toEqual([undefined, true]);
    // Another platform never borrows a Taobao shop.
    expect((await storeCapture(db, read({ shopDays: day(4) }, 12, 'pinduoduo'))).shopKey).toBe('pinduoduo:default');
  });

  it('a visit and a console response belong to the shop the page header names', async () => {
    const handlers = captureHandlers(db);
    const sender = { url: 'https://sycm.taobao.com/portal/home.htm' } as never;
    await handlers.pageVisit({ platform: 'taobao', pageKind: 'dashboard', url: 'https://sycm.taobao.com/portal/home.htm', at: at('2026-11-22', 9), date: '2026-11-22', shop: { id: '61800002', name: '青禾茶叶专营店' } }, sender);
    await handlers.pageVisit({ platform: 'taobao', pageKind: 'complaints', url: 'https://healthcenter.taobao.com/', at: at('2026-11-22', 10), date: '2026-11-22' }, sender);
    expect((await db.pageVisits.toArray()).map((v) => v.shopKey)).toEqual(['taobao:61800002', 'taobao:61800002']);
    // A visit alone does not move lastSeenAt (the item rollups compare it with their last capture).
    expect(await db.shops.get('taobao:61800002')).toMatchObject({ lastSeenAt: at('2026-11-22', 9), identifiedAt: at('2026-11-22', 9) });
  });
});
