import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleHandlers } from '@/lib/background/handlers/rules';
import { storeCapture } from '@/lib/db/capture-store';
import { ShopMateDB } from '@/lib/db/schema';

/** The overlay's undo of a correction, through the background's handlers. */

let db: ShopMateDB;
beforeEach(() => {
  db = new ShopMateDB(`undo-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const SHOP = { id: '57300001', name: '小鹿家居旗舰店' };
const PAGE = 'https://sycm.taobao.com/portal/home.htm';
const sender = { url: PAGE, tab: { id: 3 } } as never;
const correction = {
  platform: 'taobao',
  host: 'sycm.taobao.com',
  pageKind: 'dashboard',
  labelText: '退款金额',
  hint: { position: 'after', tag: 'div' },
  metric: null,
  replaces: 'refundAmount',
  remove: { shop: SHOP, date: '2026-11-22', metric: 'refundAmount' },
} as const;

describe('undo of a teach', () => {
  it('still works after the worker was stopped and started again (MV3 stops it when idle)', async () => {
    await storeCapture(db, {
      platform: 'taobao',
      currency: 'CNY',
      pageKind: 'dashboard',
      url: PAGE,
      source: 'dom',
      capturedAt: Date.now(),
      extraction: { shopId: SHOP.id, shopName: SHOP.name, shopDays: [{ date: '2026-11-22', metrics: { uv: 12000, refundAmount: 1024 } }], items: [] },
    });
    const { id, removed } = await ruleHandlers(db)['rules.teach'](correction, sender);
    expect(removed).toBe(true);
    expect((await db.shopDaily.get(['taobao:57300001', '2026-11-22']))?.metrics).toEqual({ uv: 12000 });
    // A new worker: new handlers, nothing held in memory.
    const restarted = ruleHandlers(db);
    await restarted['rules.undo']({ id }, sender);
    expect((await db.shopDaily.get(['taobao:57300001', '2026-11-22']))?.metrics).toEqual({ uv: 12000, refundAmount: 1024 });
    expect(await db.rules.count()).toBe(0);
    // Once only.
    await expect(restarted['rules.undo']({ id }, sender)).rejects.toThrow(/nothing to undo/);
  });
});
