import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceComposition } from '@/lib/analysis/sources';
import { campaignAnalysis, lifecycleAnalysis, picksAnalysis, tipsAnalysis } from '@/lib/analysis/service';
import { ShopMateDB } from '@/lib/db/schema';
import { buildBackup } from '@/lib/backup';
import { addDays, toBusinessDate } from '@/lib/dates';
import { generateSampleShop, lastDouble11, SAMPLE_DAYS, SAMPLE_SHOP_KEY } from '@/lib/sample/generate';
import { loadSampleShop, removeSampleShop } from '@/lib/sample/store';
import { loadCurrentShop, loadEvidence } from '@/lib/checklist/load';
import { systemTimeZone } from '@/lib/dates';
import { mergeShops, moveDay, renameShop } from '@/lib/db/shop-admin';
import { shopKeyFor } from '@/lib/db/shops';
import { visibleDuties } from '@/lib/checklist/prefs';
import { loadPopupData } from '@/components/popup/data';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/**
 * The 示例店铺 through the real analysis queries: it must show every view at work (all
 * lifecycle stages, a hero and a delist pick, campaigns, tips), stay apart from the seller's
 * own shop, and leave backups unless asked.
 */
const NOW = new Date('2026-12-06T15:30:00').getTime();
const TODAY = toBusinessDate(NOW);
const t = DEFAULT_SETTINGS.thresholds;
let db: ShopMateDB;

beforeAll(async () => {
  db = new ShopMateDB(`sample-${Math.random()}`);
  // The seller's own shop, which the sample must not touch.
  await db.shops.put({ key: 'taobao:default', platform: 'taobao', shopId: 'default', currency: 'CNY', firstSeenAt: 1, lastSeenAt: 2 });
  await db.shopDaily.put({ shopKey: 'taobao:default', date: TODAY, metrics: { uv: 5 }, provenance: {}, updatedAt: 2 });
  await loadSampleShop(db, NOW);
});
afterAll(() => db.delete());

describe('示例店铺', () => {
  it('covers at least 90 days, the latest 双11 included, dated up to today (today real-time)', () => {
    const s = generateSampleShop(NOW);
    const dates = s.shopDaily.map((d) => d.date);
    expect(dates.length).toBeGreaterThanOrEqual(SAMPLE_DAYS);
    expect(dates.at(-1)).toBe(TODAY);
    expect(dates).toContain('2026-11-11');
    const day = (date: string) => s.shopDaily.find((d) => d.date === date)!.metrics.salesAmount!;
    // 双11 peaks far above an ordinary day.
    expect(day('2026-11-11')).toBeGreaterThan(3 * day(addDays(TODAY, -3)));
    // Today's row was read now (real-time); yesterday's the morning after (final).
    expect(s.shopDaily.at(-1)!.provenance.uv!.at).toBe(NOW);
    expect(toBusinessDate(s.shopDaily.at(-2)!.provenance.uv!.at)).toBe(TODAY);
    expect(lastDouble11('2027-03-01')).toBe('2026-11-11');
    expect(lastDouble11('2026-11-11')).toBe('2026-11-11');
  });

  it('is the same shop every time for a given day', () => {
    expect(generateSampleShop(NOW).shopDaily.slice(0, 5)).toEqual(generateSampleShop(NOW).shopDaily.slice(0, 5));
  });

  it('has items in every lifecycle stage', async () => {
    const lifecycle = await lifecycleAnalysis(db, SAMPLE_SHOP_KEY, TODAY, t);
    for (const stage of ['new', 'growth', 'hero', 'stable', 'decline'] as const) expect(lifecycle.counts[stage], stage).toBeGreaterThan(0);
  });

  it('has 来源构成 every day that adds up to the shop\'s visitors', async () => {
    const sample = generateSampleShop(NOW);
    expect(sample.sourceDaily).toHaveLength(sample.shopDaily.length);
    for (const day of sample.sourceDaily) {
      const uv = sample.shopDaily.find((d) => d.date === day.date)!.metrics.uv!;
      expect(Math.abs(day.rows.reduce((a, r) => a + r.uv!, 0) - uv)).toBeLessThanOrEqual(day.rows.length);
    }
    const composition = sourceComposition(await db.sourceDaily.where('[shopKey+date]').between([SAMPLE_SHOP_KEY, ''], [SAMPLE_SHOP_KEY, '\uffff']).toArray(), TODAY, 7);
    expect(composition.rows[0]?.source).toBe('手淘搜索');
  });

  it('has a hero pick, a delist candidate, a reviewed campaign and tips', async () => {
    const picks = await picksAnalysis(db, SAMPLE_SHOP_KEY, TODAY, t);
    expect(picks.hero.candidates.map((c) => c.itemId)).toContain('sample-1001');
    expect(picks.delist.candidates.map((c) => c.itemId)).toContain('sample-1006');
    const campaigns = await db.campaigns.where('shopKey').equals(SAMPLE_SHOP_KEY).toArray();
    expect(campaigns).toHaveLength(2);
    const review = await campaignAnalysis(db, campaigns[0]!.id!, TODAY, t);
    expect(review?.review.rows.length).toBeGreaterThan(0);
    const tips = await tipsAnalysis(db, SAMPLE_SHOP_KEY, TODAY, t);
    expect(tips.tips.length).toBeGreaterThan(0);
  });

  it('never stands in for the seller’s shop: not the checklist’s shop, no tick from its reads, never matched, merged, moved or renamed', async () => {
    // Loaded last (so read last), and even when asked for: the checklist stays the seller's.
    expect(await loadCurrentShop(db, undefined)).toBe('taobao:default');
    expect(await loadCurrentShop(db, SAMPLE_SHOP_KEY)).toBe('taobao:default');
    const zone = systemTimeZone();
    // The popup: the seller's checklist and headline only (the sample has numbers of today too).
    const popup = await loadPopupData(db, visibleDuties(DEFAULT_SETTINGS.checklist), TODAY, zone, undefined);
    expect(popup.shopKey).toBe('taobao:default');
    expect(popup.shops.map((s) => s.key)).toEqual(['taobao:default']);
    expect(popup.headlines.map((h) => h.shop.key)).not.toContain(SAMPLE_SHOP_KEY);
    // Its reads of today tick its own list only.
    const captures = async (shopKey?: string) => (await loadEvidence(db, TODAY, TODAY, zone, shopKey)).filter((e) => e.kind === 'capture');
    expect((await captures(SAMPLE_SHOP_KEY)).length).toBeGreaterThan(0);
    expect(await captures('taobao:default')).toEqual([]);
    expect(await captures(undefined)).toEqual([]);
    // A console page (named or not) never goes to it.
    expect(await shopKeyFor(db, 'taobao', undefined)).not.toBe(SAMPLE_SHOP_KEY);
    expect(await shopKeyFor(db, 'taobao', { name: '示例店铺' })).not.toBe(SAMPLE_SHOP_KEY);
    // 店铺 corrections refuse it both ways.
    await expect(mergeShops(db, SAMPLE_SHOP_KEY, 'taobao:default')).rejects.toThrow(/^sampleShop/);
    await expect(mergeShops(db, 'taobao:default', SAMPLE_SHOP_KEY)).rejects.toThrow(/^sampleShop/);
    await expect(moveDay(db, SAMPLE_SHOP_KEY, TODAY, 'taobao:default')).rejects.toThrow(/^sampleShop/);
    await expect(renameShop(db, SAMPLE_SHOP_KEY, '我的店')).rejects.toThrow(/^sampleShop/);
    expect(await db.shopDaily.get(['taobao:default', TODAY])).toMatchObject({ metrics: { uv: 5 } });
  });

  it('is left out of backups unless asked, and removing it leaves the seller’s shop as it was', async () => {
    const plain = await buildBackup(db, DEFAULT_SETTINGS, { now: NOW, appVersion: 'test' });
    expect(plain.tables.shops.map((s) => s.key)).toEqual(['taobao:default']);
    expect(plain.tables.shopDaily).toHaveLength(1);
    const withSample = await buildBackup(db, DEFAULT_SETTINGS, { now: NOW, appVersion: 'test', includeSample: true });
    expect(withSample.tables.shops.map((s) => s.key).sort()).toEqual(['taobao:default', SAMPLE_SHOP_KEY]);

    await removeSampleShop(db);
    for (const table of db.tables) {
      const rows = (await table.toArray()) as { shopKey?: string; key?: string }[];
      expect(rows.filter((r) => r.shopKey === SAMPLE_SHOP_KEY || r.key === SAMPLE_SHOP_KEY), table.name).toEqual([]);
    }
    expect(await db.shops.get('taobao:default')).toBeTruthy();
    expect(await db.shopDaily.count()).toBe(1);
    expect(await db.pageVisits.count()).toBe(0);
    expect(await db.checklistDays.count()).toBe(0);
  });
});
