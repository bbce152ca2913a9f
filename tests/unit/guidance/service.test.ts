import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCapture } from '@/lib/db/capture-store';
import { resetRollups } from '@/lib/db/rollups';
import { ShopMateDB } from '@/lib/db/schema';
import { byWeek, days } from '../analysis/history-days';
import { withHidden, isHidden, pageKey, type HiddenToday } from '@/lib/guidance/hidden';
import { allowedKind, guidanceForPage, guidancePlanned, metricHints, storedValues, type GuidancePageRef } from '@/lib/guidance/service';
import { guidanceKindOf } from '@/lib/guidance/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

/**
 * The background's side of in-page guidance (issue 19) on fake-indexeddb, over history stored
 * through the real capture path: which pages get guidance (switches, hide for today, what history
 * holds), and what each page is told — the tips about a shop metric, each listed item's marks from
 * the same rules as the side panel (lifecycle, hero/delist picks, rating floor, title throttle).
 * Today is Wednesday 2026-11-25.
 */

const TODAY = '2026-11-25';
const NOW = new Date(`${TODAY}T10:00:00`).getTime();
const SHOP = { id: '57300001' };
const NO_HIDES: HiddenToday = { date: '', pages: [] };
let db: ShopMateDB;

const page = (pageKind: GuidancePageRef['pageKind'], path = '/cc/item_rank'): GuidancePageRef => ({ platform: 'taobao', pageKind, host: 'sycm.taobao.com', path, shop: SHOP });
/** Guidance turned on (it is off by default: its page cost), with these changes. */
const settings = (guidance: Partial<Settings['guidance']> = {}): Settings => ({ ...DEFAULT_SETTINGS, guidance: { ...DEFAULT_SETTINGS.guidance, enabled: true, ...guidance } });

beforeAll(async () => {
  db = new ShopMateDB(`guidance-${Math.random()}`);
  const history = { from: '2026-09-21', to: '2026-11-24' };
  await storeCapture(db, {
    platform: 'taobao',
    currency: 'CNY',
    pageKind: 'itemList',
    url: 'https://sycm.taobao.com/cc/item_rank',
    source: 'import',
    capturedAt: NOW - 3_600_000,
    extraction: {
      shopId: '57300001',
      shopName: '小鹿家居旗舰店',
      // Conversion 3 % for a week, then 2.1 % on 11-24: 30 % under the average.
      shopDays: days('2026-11-10', '2026-11-24', (d) => (d === '2026-11-24' ? { uv: 1000, paidBuyers: 21 } : { uv: 1000, paidBuyers: 30 })),
      items: [
        { itemId: 'fade', title: '日式棉麻四件套', rating: 4.6, days: days(history.from, history.to, (d) => ({ uv: 300, ...byWeek(d, { '2026-11-09': { unitsSold: 18 }, '2026-11-16': { unitsSold: 12 }, '2026-11-23': { unitsSold: 12 } }, { unitsSold: 20 }) })) },
        { itemId: 'hero', title: '记忆棉枕头', days: days(history.from, history.to, (d) => (d >= '2026-11-18' ? { uv: 600, paidBuyers: 30, unitsSold: 30 } : { uv: 100, paidBuyers: 2, unitsSold: 2 })) },
        { itemId: 'stale', title: '过季凉席', days: days('2026-10-01', history.to, (d) => ({ uv: 20, unitsSold: d === '2026-10-01' ? 1 : 0 })) },
        { itemId: 'plain', title: '没什么可说的' },
      ],
    },
  });
  await db.titleEdits.bulkAdd([
    { shopKey: 'taobao:57300001', platform: 'taobao', itemId: 'plain', at: NOW - 2 * 3_600_000, oldTitle: 'a', newTitle: 'b', fields: ['title'] },
    { shopKey: 'taobao:57300001', platform: 'taobao', itemId: 'plain', at: NOW - 5 * 3_600_000, oldTitle: 'x', newTitle: 'a', fields: ['title'] },
    { shopKey: 'taobao:57300001', platform: 'taobao', itemId: 'stale', at: NOW - 30 * 3_600_000, oldTitle: 'old', newTitle: 'older', fields: ['title'] },
  ]);
  await db.campaigns.add({ shopKey: 'taobao:57300001', platform: 'taobao', name: '双11', start: '2026-11-01', end: '2026-11-11', itemIds: [], notes: '', createdAt: NOW });
});
afterAll(async () => {
  resetRollups(db);
  db.close();
});

describe('which pages get guidance', () => {
  it('shop data pages get metric hints, item lists item marks, campaign pages the review prompt; others none', () => {
    expect(['dashboard', 'traffic', 'trade', 'itemList', 'campaigns', 'itemEdit', 'reviews'].map((k) => guidanceKindOf(k as never))).toEqual([
      'metrics',
      'metrics',
      'metrics',
      'items',
      'campaigns',
      undefined,
      undefined,
    ]);
  });

  it('follows the switch for all, the switch per kind, and today’s hides', () => {
    expect(allowedKind(settings(), NO_HIDES, TODAY, page('itemList'))).toBe('items');
    expect(allowedKind(settings({ enabled: false }), NO_HIDES, TODAY, page('itemList'))).toBeUndefined();
    expect(allowedKind(settings({ items: false }), NO_HIDES, TODAY, page('itemList'))).toBeUndefined();
    expect(allowedKind(settings({ items: false }), NO_HIDES, TODAY, page('dashboard', '/portal/home.htm'))).toBe('metrics');
    const hidden = withHidden(NO_HIDES, TODAY, 'sycm.taobao.com', '/cc/item_rank?dateType=day');
    expect(allowedKind(settings(), hidden, TODAY, page('itemList'))).toBeUndefined();
    // Another page of the console, and the same page tomorrow, are not hidden.
    expect(allowedKind(settings(), hidden, TODAY, page('dashboard', '/portal/home.htm'))).toBe('metrics');
    expect(allowedKind(settings(), hidden, '2026-11-26', page('itemList'))).toBe('items');
  });

  it('hide for today keeps one list for the day, without repeats, and starts afresh the next day', () => {
    let h = withHidden(NO_HIDES, TODAY, 'sycm.taobao.com', '/cc/item_rank');
    h = withHidden(h, TODAY, 'sycm.taobao.com', '/cc/item_rank#x');
    expect(h).toEqual({ date: TODAY, pages: [pageKey('sycm.taobao.com', '/cc/item_rank')] });
    h = withHidden(h, '2026-11-26', 'sycm.taobao.com', '/portal/home.htm');
    expect(h.pages).toEqual(['sycm.taobao.com/portal/home.htm']);
    expect(isHidden(h, '2026-11-26', 'sycm.taobao.com', '/cc/item_rank')).toBe(false);
  });

  it('is planned only where history holds something to say', async () => {
    expect(await guidancePlanned(db, settings(), NO_HIDES, TODAY, page('itemList'))).toBe(true);
    expect(await guidancePlanned(db, settings(), NO_HIDES, TODAY, page('dashboard', '/portal/home.htm'))).toBe(true);
    expect(await guidancePlanned(db, settings(), NO_HIDES, TODAY, page('campaigns', '/act'))).toBe(true);
    // Another shop (nothing stored), and a page kind without guidance.
    expect(await guidancePlanned(db, settings(), NO_HIDES, TODAY, { ...page('itemList'), platform: 'jd', host: 'sz.jd.com', shop: { id: '1' } })).toBe(false);
    expect(await guidancePlanned(db, settings(), NO_HIDES, TODAY, page('itemEdit'))).toBe(false);
    expect(await guidancePlanned(db, settings({ enabled: false }), NO_HIDES, TODAY, page('itemList'))).toBe(false);
  });
});

describe('what a page is told', () => {
  it('a shop data page: the diagnosis tip about 转化率, at the metric it cites', async () => {
    const g = await guidanceForPage(db, settings(), NO_HIDES, { ...page('dashboard', '/portal/home.htm'), today: TODAY, itemIds: [], now: NOW });
    expect(g.kind).toBe('metrics');
    expect(g.metrics.map((h) => [h.metric, h.tip.rule, h.tip.date])).toEqual([['conversionRate', 'conversionDrop', '2026-11-24']]);
    expect(g.items).toEqual([]);
  });

  it('an item list: each listed item’s marks, only the items asked about, none where nothing applies', async () => {
    const g = await guidanceForPage(db, settings(), NO_HIDES, { ...page('itemList'), today: TODAY, itemIds: ['fade', 'hero', 'stale', 'plain', 'unknown'], now: NOW });
    const by = Object.fromEntries(g.items.map((i) => [i.itemId, i]));
    expect(Object.keys(by)).toEqual(['fade', 'hero', 'stale', 'plain']);
    expect(by.fade!.stage?.stage).toBe('decline');
    expect(by.fade!.rating).toEqual({ rating: 4.6, floor: 4.8 });
    expect(by.hero!.hero).toMatchObject({ itemId: 'hero', from: '2026-11-18', to: '2026-11-24' });
    expect(by.stale!.delist).toMatchObject({ reason: 'lastSale', lastSaleDate: '2026-10-01' });
    // Two edits in the last 24 h (the limit), the older one outside the window.
    expect(by.plain!.titleEdits).toEqual({ count: 2, max: 2, hours: 24 });
    expect(by.stale!.titleEdits).toBeUndefined();
    expect(by.plain!.stage).toBeUndefined();
    // Only what was asked: nothing of items the page does not list.
    const one = await guidanceForPage(db, settings(), NO_HIDES, { ...page('itemList'), today: TODAY, itemIds: ['hero'], now: NOW });
    expect(one.items.map((i) => i.itemId)).toEqual(['hero']);
  });

  it('a campaign page: ended campaigns without a review', async () => {
    const g = await guidanceForPage(db, settings(), NO_HIDES, { ...page('campaigns', '/act'), today: TODAY, itemIds: [], now: NOW });
    expect(g.campaigns.map((c) => [c.rule, c.params.name])).toEqual([['campaignUnreviewed', '双11']]);
  });

  it('a page hidden today or switched off is told nothing', async () => {
    const g = await guidanceForPage(db, settings({ metrics: false }), NO_HIDES, { ...page('dashboard', '/portal/home.htm'), today: TODAY, itemIds: [], now: NOW });
    expect(g).toMatchObject({ kind: null, metrics: [], items: [], campaigns: [] });
  });

  it('metric hints: tips citing a shop metric; tips about items are not metric hints', () => {
    const base = { id: 'x', date: TODAY, score: 1, severity: 'low' as const, params: {}, numbers: { tab: 'report' as const } };
    expect(
      metricHints([
        { ...base, rule: 'uvDrop', evidence: [{ label: 'metric.uv', change: -0.3 }] },
        { ...base, rule: 'itemDecline', evidence: [], items: [{ itemId: 'a', evidence: [] }] },
        { ...base, rule: 'sourceShift', evidence: [{ label: 'analysis.evidence.share', name: '手淘搜索' }] },
      ]).map((h) => h.metric),
    ).toEqual(['uv']);
  });

  it('a tip citing several metrics keeps the others, in order, for a page that shows only those', () => {
    const base = { id: 'x', date: TODAY, score: 50, severity: 'medium' as const, params: {}, numbers: { tab: 'report' as const } };
    const [hint] = metricHints([
      { ...base, rule: 'refundRate', evidence: [{ label: 'metric.refundRate' }, { label: 'metric.refundAmount' }, { label: 'metric.salesAmount' }] },
    ]);
    expect(hint).toMatchObject({ metric: 'refundRate', near: ['refundAmount', 'salesAmount'] });
  });

  it('a shop data page is also told the stored values of the hinted metrics by day (to find its numbers by meaning)', async () => {
    const g = await guidanceForPage(db, settings(), NO_HIDES, { ...page('dashboard', '/portal/home.htm'), today: TODAY, itemIds: [], now: NOW });
    // The hint is about 转化率, which this history never read (derived from buyers ÷ visitors): nothing to match by.
    expect(g.stored).toEqual({});
    const stored = await storedValues(db, 'taobao:57300001', TODAY, ['uv', 'paidBuyers', 'conversionRate']);
    expect(stored.paidBuyers!['2026-11-24']).toBe(21);
    expect(stored.uv!['2026-11-10']).toBe(1000);
    expect(stored.conversionRate).toBeUndefined();
    expect(await storedValues(db, 'taobao:57300001', TODAY, [])).toEqual({});
  });
});
