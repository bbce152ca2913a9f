// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { consoleUpdatedAt } from '@/lib/content/console-time';
import { storeCapture } from '@/lib/db/capture-store';
import { ShopMateDB } from '@/lib/db/schema';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('the console’s own update time', () => {
  it('reads 更新时间 with or without a date; none, a future time or a long text → nothing', () => {
    const now = local(2026, 12, 6, 10, 30);
    document.body.innerHTML = '<h3>实时概况 <small>更新时间 2026-12-06 10:27</small></h3>';
    expect(consoleUpdatedAt(document, now)).toBe(local(2026, 12, 6, 10, 27));
    document.body.innerHTML = '<p>数据更新于：10:25</p><p>更新于 09:00</p>';
    expect(consoleUpdatedAt(document, now)).toBe(local(2026, 12, 6, 10, 25));
    document.body.innerHTML = '<p>更新时间 2026-12-06 23:00</p>';
    expect(consoleUpdatedAt(document, now)).toBeUndefined();
    document.body.innerHTML = '<p>访客数 1.2万</p>';
    expect(consoleUpdatedAt(document, now)).toBeUndefined();
  });
});

describe('stored on the day it belongs to', () => {
  let db: ShopMateDB;
  afterEach(async () => {
    await db.delete();
  });
  it('today’s row keeps the latest console time; other days are untouched', async () => {
    db = new ShopMateDB(`time-${Math.random()}`);
    const at = local(2026, 12, 6, 10, 30);
    const input = {
      platform: 'taobao' as const,
      currency: 'CNY' as const,
      pageKind: 'dashboard' as const,
      url: 'https://sycm.taobao.com/portal/home.htm',
      source: 'dom' as const,
      capturedAt: at,
      consoleUpdatedAt: local(2026, 12, 6, 10, 27),
      extraction: { shopId: '1', shopName: '甲', shopDays: [{ date: '2026-12-06', metrics: { uv: 5 } }, { date: '2026-12-05', metrics: { uv: 50 } }], items: [] },
    };
    await storeCapture(db, input);
    expect((await db.shopDaily.get(['taobao:1', '2026-12-06']))?.consoleUpdatedAt).toBe(local(2026, 12, 6, 10, 27));
    expect((await db.shopDaily.get(['taobao:1', '2026-12-05']))?.consoleUpdatedAt).toBeUndefined();
    // The same numbers, a later console time: the row says so.
    await storeCapture(db, { ...input, capturedAt: at + 60_000, consoleUpdatedAt: local(2026, 12, 6, 10, 29) });
    expect((await db.shopDaily.get(['taobao:1', '2026-12-06']))?.consoleUpdatedAt).toBe(local(2026, 12, 6, 10, 29));
  });
});
