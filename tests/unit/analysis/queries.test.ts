import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignAnalysis, lifecycleAnalysis, picksAnalysis, quadrantAnalysis, tipsAnalysis } from '@/lib/analysis/service';
import { storeCapture } from '@/lib/db/capture-store';
import { resetRollups } from '@/lib/db/rollups';
import { ShopMateDB } from '@/lib/db/schema';
import { byWeek, days } from './history-days';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/**
 * The background's item analysis end to end on fake-indexeddb: history stored through the real
 * capture path (and its rollup hook), then read back as lifecycle stages, picks, quadrants and
 * tips, with numbers checked by hand. Today is Wednesday 2026-11-25; the latest complete week is
 * Monday 11-16 to Sunday 11-22.
 */

const TODAY = '2026-11-25';
const SHOP = 'taobao:57300001';
const t = DEFAULT_SETTINGS.thresholds;
let db: ShopMateDB;


beforeAll(async () => {
  db = new ShopMateDB(`queries-${Math.random()}`);
  const history = { from: '2026-09-21', to: '2026-11-24' };
  await storeCapture(db, {
    platform: 'taobao',
    currency: 'CNY',
    pageKind: 'itemList',
    url: 'https://sycm.taobao.com/cc/item_rank',
    source: 'import',
    capturedAt: new Date(`${TODAY}T09:00:00`).getTime(),
    extraction: {
      shopId: '57300001',
      shopName: '小鹿家居旗舰店',
      shopDays: days('2026-11-10', '2026-11-24', (d) => (d === '2026-11-24' ? { uv: 700, paidBuyers: 21 } : { uv: 1000, paidBuyers: 30, dsr: 4.9 })),
      items: [
        // Growing: 10 → 11 → 15 units a day over the last three weeks.
        { itemId: 'grow', title: '北欧实木床头柜', price: 199, days: days(history.from, history.to, (d) => ({ uv: 100, ...byWeek(d, { '2026-11-09': { unitsSold: 11 }, '2026-11-16': { unitsSold: 15 }, '2026-11-23': { unitsSold: 15 } }, { unitsSold: 10 }) })) },
        // Fading: 20, 20, 18 (flat at −10 %) then 12: entered decline in the week of 11-16.
        { itemId: 'fade', title: '日式棉麻四件套', price: 59, days: days(history.from, history.to, (d) => ({ uv: 300, ...byWeek(d, { '2026-11-09': { unitsSold: 18 }, '2026-11-16': { unitsSold: 12 }, '2026-11-23': { unitsSold: 12 } }, { unitsSold: 20 }) })) },
        // Hero: 600 UV and 30 buyers (5 %) a day in the last 7 days, small before.
        { itemId: 'hero', title: '记忆棉枕头', price: 299, days: days(history.from, history.to, (d) => (d >= '2026-11-18' ? { uv: 600, paidBuyers: 30, unitsSold: 30 } : { uv: 100, paidBuyers: 2, unitsSold: 2 })) },
        // Last sale 2026-10-01, read every day since.
        { itemId: 'stale', title: '过季凉席', price: 9.9, days: days('2026-10-01', history.to, (d) => ({ uv: 20, unitsSold: d === '2026-10-01' ? 1 : 0 })) },
        // Traffic, never a sale, read since 10-20.
        { itemId: 'quiet', title: '装饰摆件', price: 19.9, days: days('2026-10-20', history.to, () => ({ uv: 15, paidBuyers: 0 })) },
        // Rated under the floor; no history.
        { itemId: 'rated', title: '竹纤维毛巾', price: 29, rating: 4.6 },
      ],
    },
  });
  await db.campaigns.add({ shopKey: SHOP, platform: 'taobao', name: '双11 预售', start: '2026-11-01', end: '2026-11-11', itemIds: ['hero'], notes: '', createdAt: 1 });
});
afterAll(async () => {
  await resetRollups(db);
  await db.delete();
});

describe('item analysis queries (background)', () => {
  it('lifecycle from the weekly packs, with the deciding weeks', async () => {
    const r = await lifecycleAnalysis(db, SHOP, TODAY, t);
    expect(r.refWeek).toBe('2026-11-16');
    expect(r.weeks).toHaveLength(t.lifecycleWeeks);
    const stageOf = (id: string) => Object.entries(r.byStage).find(([, list]) => list.some((x) => x.itemId === id))?.[0];
    expect(stageOf('grow')).toBe('growth');
    expect(stageOf('fade')).toBe('decline');
    expect(stageOf('stale')).toBe('stable');
    const grow = r.byStage.growth.find((x) => x.itemId === 'grow')!;
    expect(grow.weeks.map((w) => [w.week, w.salesPerDay])).toEqual([
      ['2026-11-02', 10],
      ['2026-11-09', 11],
      ['2026-11-16', 15],
    ]);
    expect(r.titles.grow).toBe('北欧实木床头柜');
    expect(r.total).toBe(5);
  });

  it('hero, delist and rating picks', async () => {
    const r = await picksAnalysis(db, SHOP, TODAY, t);
    expect(r.hero).toMatchObject({ from: '2026-11-18', to: '2026-11-24' });
    expect(r.hero.candidates.map((c) => [c.itemId, c.uv, c.buyers])).toEqual([['hero', 4200, 210]]);
    expect(r.hero.candidates[0]!.conversion).toBeCloseTo(0.05, 12);
    expect(r.delist).toMatchObject({ from: '2026-10-26', to: '2026-11-24' });
    // The last sale known and older than the window under the heading; never seen selling apart.
    expect(r.delist.candidates).toEqual([{ itemId: 'stale', reason: 'lastSale', lastSaleDate: '2026-10-01', daysSince: 55, daysWithData: 30 }]);
    expect(r.delist.neverSold).toEqual([{ itemId: 'quiet', reason: 'noSaleSeen', daysWithData: 30 }]);
    expect(r.delist.unknown).toBe(1); // 'rated': no history at all
    expect(r.ratings).toEqual([{ itemId: 'rated', rating: 4.6 }]);
    expect(r.dsr).toEqual({ date: '2026-11-23', dsr: 4.9 });
    expect(r.titles.stale).toBe('过季凉席');
  });

  it('price × conversion over the last 30 days', async () => {
    const r = await quadrantAnalysis(db, SHOP, TODAY, t);
    expect(r).toMatchObject({ from: '2026-10-26', to: '2026-11-24', minUv: 3000 });
    // Only items with buyers known are placed: hero (buyers) and quiet (0 buyers).
    expect(r.points.map((p) => p.itemId).sort()).toEqual(['hero', 'quiet']);
    expect(r.excluded.noTraffic).toBe(3);
  });

  it('tips: the UV drop, the item entering decline, the new hero, the rating floor, the unreviewed campaign', async () => {
    const { tips, platform } = await tipsAnalysis(db, SHOP, TODAY, t);
    expect(platform).toBe('taobao');
    expect(tips.map((x) => x.rule).sort()).toEqual(['campaignUnreviewed', 'heroAppearing', 'itemDecline', 'ratingFloor', 'uvDrop']);
    const uv = tips.find((x) => x.rule === 'uvDrop')!;
    expect(uv.date).toBe('2026-11-24');
    expect(uv.evidence[0]!.change).toBeCloseTo(-0.3, 12);
    expect(tips.find((x) => x.rule === 'itemDecline')!.items!.map((i) => i.itemId)).toEqual(['fade']);
    expect(tips.find((x) => x.rule === 'heroAppearing')!.items!.map((i) => [i.itemId, i.title])).toEqual([['hero', '记忆棉枕头']]);
    // Ranked: score never increases down the list.
    expect(tips.map((x) => x.score)).toEqual([...tips.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('campaign review: its windows from the shop days, its items from their daily rows', async () => {
    const [campaign] = await db.campaigns.toArray();
    const r = (await campaignAnalysis(db, campaign!.id!, TODAY, t))!;
    expect(r.review.windows.before).toEqual({ from: '2026-10-21', to: '2026-10-31', days: 11 });
    // No shop days before 11-10: said so, not compared.
    expect(r.review.shortfalls[0]).toEqual({ key: 'noBefore' });
    const hero = r.review.items[0]!;
    expect(hero.itemId).toBe('hero');
    expect(hero.before).toEqual({ days: 11, uv: 1100, buyers: 22, units: 22 });
    expect(r.titles).toEqual({ hero: '记忆棉枕头' });
    expect(await campaignAnalysis(db, 999, TODAY, t)).toBeNull();
  });

  it('a shop without history answers empty, not with errors', async () => {
    const none = 'taobao:nobody';
    expect((await lifecycleAnalysis(db, none, TODAY, t)).total).toBe(0);
    expect((await picksAnalysis(db, none, TODAY, t)).hero.candidates).toEqual([]);
    expect((await quadrantAnalysis(db, none, TODAY, t)).points).toEqual([]);
    expect((await tipsAnalysis(db, none, TODAY, t)).tips).toEqual([]);
  });
});
