import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureHandlers } from '@/lib/background/handlers/capture';
import { fingerprintOf, storeCapture, type CaptureInput } from '@/lib/db/capture-store';
import { isFinalRead } from '@/lib/dates';
import { ShopMateDB } from '@/lib/db/schema';

/**
 * Merging reads into history: one row per shop per day from partial reads, idempotent re-reads
 * (no rewrite, no growing log), final values beat real-time ones, items in bulk; and the
 * background side of the page-world hand-over (observedResponse) and of captureFailed.
 */

let db: ShopMateDB;
beforeEach(() => {
  db = new ShopMateDB(`capture-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

// Local times: business dates are the machine's local days.
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const base = (over: Partial<CaptureInput> = {}): CaptureInput => ({
  platform: 'taobao',
  currency: 'CNY',
  pageKind: 'dashboard',
  url: 'https://sycm.taobao.com/portal/home.htm',
  source: 'dom',
  capturedAt: at('2026-11-22', 10),
  extraction: { shopDays: [{ date: '2026-11-22', metrics: { uv: 12000, pv: 36812 } }], items: [] },
  ...over,
});

describe('storeCapture', () => {
  it('merges partial reads of one day into one row, with per-metric provenance', async () => {
    await storeCapture(db, base());
    await storeCapture(
      db,
      base({
        source: 'api',
        pageKind: 'traffic',
        url: 'https://sycm.taobao.com/flow/monitor/overview',
        capturedAt: at('2026-11-22', 11),
        extraction: { shopDays: [{ date: '2026-11-22', metrics: { dsr: 4.8, uv: 12100 } }], items: [] },
      }),
    );
    const rows = await db.shopDaily.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      shopKey: 'taobao:default',
      date: '2026-11-22',
      metrics: { uv: 12100, pv: 36812, dsr: 4.8 },
      provenance: { uv: { source: 'api', at: at('2026-11-22', 11) }, pv: { source: 'dom', at: at('2026-11-22', 10) } },
    });
    expect(await db.shops.toArray()).toMatchObject([{ key: 'taobao:default', platform: 'taobao', shopId: 'default', currency: 'CNY' }]);
  });

  it('re-reading the same page is idempotent: no rewritten rows, no new snapshot', async () => {
    const first = await storeCapture(db, base());
    const before = await db.shopDaily.toArray();
    const again = await storeCapture(db, base({ capturedAt: at('2026-11-22', 10) + 60_000 }));
    expect(first.logged).toBe(true);
    expect(again.logged).toBe(false);
    expect(await db.shopDaily.toArray()).toEqual(before);
    expect(await db.snapshots.count()).toBe(1);
    // A different read (a changed value) is logged and stored.
    await storeCapture(db, base({ capturedAt: at('2026-11-22', 12), extraction: { shopDays: [{ date: '2026-11-22', metrics: { uv: 13000 } }], items: [] } }));
    expect(await db.snapshots.count()).toBe(2);
    expect((await db.shopDaily.get(['taobao:default', '2026-11-22']))?.metrics).toEqual({ uv: 13000, pv: 36812 });
    // The same read on another day is that day's evidence: logged again.
    await storeCapture(db, base({ capturedAt: at('2026-11-23', 9) }));
    expect(await db.snapshots.count()).toBe(3);
  });

  it('a value read after its day ended (final) beats a real-time one, whatever the order', async () => {
    expect(isFinalRead('2026-11-21', at('2026-11-21', 23))).toBe(false);
    expect(isFinalRead('2026-11-21', at('2026-11-22', 0))).toBe(true);
    const final = base({ source: 'api', capturedAt: at('2026-11-22', 9), extraction: { shopDays: [{ date: '2026-11-21', metrics: { salesAmount: 21098.5 } }], items: [] } });
    const realtime = base({ capturedAt: at('2026-11-21', 22), extraction: { shopDays: [{ date: '2026-11-21', metrics: { salesAmount: 20000 } }], items: [] } });
    await storeCapture(db, final);
    await storeCapture(db, realtime); // arrives late (an old tab), but is only a partial day
    expect((await db.shopDaily.get(['taobao:default', '2026-11-21']))?.metrics).toEqual({ salesAmount: 21098.5 });
    // Among final reads the later wins (a corrected figure).
    await storeCapture(db, { ...final, capturedAt: at('2026-11-23', 9), extraction: { shopDays: [{ date: '2026-11-21', metrics: { salesAmount: 21000 } }], items: [] } });
    expect((await db.shopDaily.get(['taobao:default', '2026-11-21']))?.metrics).toEqual({ salesAmount: 21000 });
  });

  it('never stores NaN, Infinity or negative values', async () => {
    await storeCapture(db, base({ extraction: { shopDays: [{ date: '2026-11-22', metrics: { uv: Number.NaN, pv: -1, orders: Infinity, paidBuyers: 3 } }], items: [] } }));
    expect((await db.shopDaily.get(['taobao:default', '2026-11-22']))?.metrics).toEqual({ paidBuyers: 3 });
  });

  it('stores thousands of items in bulk, once per item id, keeping known facts', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({
      itemId: String(652300000000 + i),
      title: `商品 ${i}`,
      days: [{ date: '2026-11-21', metrics: { uv: i, unitsSold: i % 3 } }],
      ...(i % 3 ? { lastSaleDate: '2026-11-21' } : {}),
    }));
    await storeCapture(db, base({ pageKind: 'itemList', extraction: { shopDays: [], items: [...items, { itemId: '652300000001', price: 19.9 }] } }));
    expect(await db.items.count()).toBe(5000);
    expect(await db.itemDaily.count()).toBe(5000);
    expect(await db.items.get(['taobao:default', '652300000001'])).toMatchObject({ title: '商品 1', price: 19.9, lastSaleDate: '2026-11-21' });
    // A later read without the title keeps it; a later sale moves lastSaleDate forward only.
    await storeCapture(db, base({ capturedAt: at('2026-11-23', 9), extraction: { shopDays: [], items: [{ itemId: '652300000001', stock: 8, lastSaleDate: '2026-11-20' }] } }));
    expect(await db.items.get(['taobao:default', '652300000001'])).toMatchObject({ title: '商品 1', price: 19.9, stock: 8, lastSaleDate: '2026-11-21' });
  });

  it('fingerprints ignore time and key order, not content or page', () => {
    const a = base();
    expect(fingerprintOf(a)).toBe(fingerprintOf({ ...a, extraction: { items: [], shopDays: [{ metrics: { pv: 36812, uv: 12000 }, date: '2026-11-22' }] } }));
    expect(fingerprintOf(a)).not.toBe(fingerprintOf({ ...a, url: 'https://sycm.taobao.com/flow/monitor/overview' }));
    expect(fingerprintOf(a)).not.toBe(fingerprintOf({ ...a, extraction: { shopDays: [{ date: '2026-11-22', metrics: { uv: 12001, pv: 36812 } }], items: [] } }));
  });
});

describe('observedResponse (the page-world hand-over, read in the background)', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/console/taobao/api');
  const sender = { id: 'x', url: 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=spa', tab: { id: 1 } } as never;
  const message = (over: Record<string, unknown> = {}) => ({
    platform: 'taobao' as const,
    pageKind: 'dashboard' as const,
    url: 'https://sycm.taobao.com/portal/home.htm',
    responseUrl: 'https://sycm.taobao.com/ipoll/live/yesterday/getYesterdayTrade.json?_=1',
    body: readFileSync(path.join(FIXTURES, 'yesterday-trade.json'), 'utf8'),
    at: at('2026-11-22', 10),
    ...over,
  });

  it('reads the response with the platform\'s schema and stores it as an api read', async () => {
    const handlers = captureHandlers(db);
    expect(await handlers.observedResponse(message(), sender)).toEqual({ read: true, stored: { shopDays: 1, items: 0 } });
    expect(await db.shopDaily.get(['taobao:default', '2026-11-21'])).toMatchObject({
      metrics: { salesAmount: 21098.5, orders: 366, paidBuyers: 351 },
      provenance: { salesAmount: { source: 'api' } },
    });
    expect((await db.snapshots.toArray()).map((s) => s.source)).toEqual(['api']);
  });

  it.each([
    ['not JSON', { body: '<html>登录</html>' }],
    ['the not-ready answer', { body: '{"code":1009,"message":"数据马不停蹄产出中，请稍候再试哦～"}' }],
    ['an endpoint nobody reads', { responseUrl: 'https://sycm.taobao.com/mc/mq/supply/mkt/overview.json' }],
    ['a body of the wrong shape', { body: '{"data":{"data":{"payAmt":"a lot"}}}' }],
  ])('stores nothing for %s', async (_, over) => {
    expect(await captureHandlers(db).observedResponse(message(over), sender)).toEqual({ read: false, stored: { shopDays: 0, items: 0 } });
    expect(await db.shopDaily.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('refuses a response claimed for another console than the tab shows', async () => {
    await expect(captureHandlers(db).observedResponse(message({ platform: 'jd' }), sender)).rejects.toThrow(/does not belong/);
  });
});

describe('captureFailed', () => {
  it('records one failure per page and reason per day', async () => {
    const handlers = captureHandlers(db);
    const failed = { platform: 'taobao' as const, pageKind: 'dashboard' as const, url: 'https://sycm.taobao.com/portal/home.htm', reason: 'unreadable-values: taobao uv', at: at('2026-11-22', 10) };
    await handlers.captureFailed(failed, {} as never);
    await handlers.captureFailed({ ...failed, at: failed.at + 5000 }, {} as never);
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.snapshots.toArray())[0]).toMatchObject({ payload: { error: 'unreadable-values: taobao uv' }, shopMetricCount: 0 });
  });
});
