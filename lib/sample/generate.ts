import type { CampaignRow, ItemDailyRow, ItemRow, ShopDailyRow, ShopRow, SnapshotRow, SourceDailyRow, TitleEditRow } from '@/lib/db/schema';
import { addDays, toBusinessDate } from '@/lib/dates';
import type { ItemMetrics, ShopMetrics } from '@/lib/model/metrics';

/**
 * 示例店铺: a made-up small Tmall shop, so a new seller sees what every view will look like
 * before their own history exists. Pure and seeded (the same day gives the same shop); the
 * background stores it under its own shop key, flagged as sample, and removes it in one go.
 *
 * Shaped like a real shop: weekends sell more, 双11 (the latest one, at most a year back) peaks
 * with a warm-up and a hangover, and the items sit in every lifecycle stage — a hero, a
 * growing item, a steady one, a declining one, a new one and one that stopped selling (a delist
 * candidate) — with two title edits (one followed by a drop) and two campaigns.
 */

export const SAMPLE_SHOP_ID = 'sample';
export const SAMPLE_SHOP_KEY = `taobao:${SAMPLE_SHOP_ID}`;
/** Days of history before today (at least; more when the last 双11 is further back). */
export const SAMPLE_DAYS = 120;

export interface SampleShop {
  shop: ShopRow;
  shopDaily: ShopDailyRow[];
  items: ItemRow[];
  itemDaily: ItemDailyRow[];
  campaigns: CampaignRow[];
  titleEdits: TitleEditRow[];
  /** Today's reads, so the 今日 list shows what a read looks like. */
  snapshots: SnapshotRow[];
  /** 来源构成 per day, as 生意参谋 流量 shows it. */
  sourceDaily: SourceDailyRow[];
}

/**
 * A small Tmall shop's traffic sources: share of visitors, and how well each converts against the
 * shop's average (search buyers buy, recommendation browsers less). 直通车 and 万相台 grow during
 * 双11's warm-up and peak, as paid traffic does.
 */
const SOURCES: readonly { source: string; share: number; conversion: number; paid?: boolean }[] = [
  { source: '手淘搜索', share: 0.36, conversion: 1.3 },
  { source: '手淘推荐', share: 0.24, conversion: 0.6 },
  { source: '直通车', share: 0.12, conversion: 1.2, paid: true },
  { source: '万相台', share: 0.06, conversion: 0.9, paid: true },
  { source: '我的淘宝', share: 0.09, conversion: 1.6 },
  { source: '淘内免费其他', share: 0.1, conversion: 0.8 },
  { source: '淘宝客', share: 0.03, conversion: 1.1, paid: true },
];

type Shape = 'hero' | 'growth' | 'stable' | 'decline' | 'new' | 'stopped';

interface SampleItem {
  id: string;
  title: string;
  price: number;
  /** Visitors a day at the start of the last eight weeks (before rhythm and peaks). */
  uv: number;
  conversion: number;
  shape: Shape;
}

const ITEMS: readonly SampleItem[] = [
  { id: 'sample-1001', title: '【示例】沐浴露女持久留香家庭装 1L', price: 59, uv: 700, conversion: 0.055, shape: 'hero' },
  { id: 'sample-1002', title: '【示例】氨基酸洗面奶男女温和控油', price: 45, uv: 120, conversion: 0.035, shape: 'growth' },
  { id: 'sample-1003', title: '【示例】护手霜礼盒装 6 支', price: 39, uv: 260, conversion: 0.03, shape: 'stable' },
  { id: 'sample-1004', title: '【示例】夏季防晒喷雾 SPF50', price: 69, uv: 380, conversion: 0.032, shape: 'decline' },
  { id: 'sample-1005', title: '【示例】香氛身体乳 400ml 新品', price: 79, uv: 90, conversion: 0.025, shape: 'new' },
  { id: 'sample-1006', title: '【示例】旅行装洗护四件套', price: 29, uv: 35, conversion: 0.02, shape: 'stopped' },
  { id: 'sample-1007', title: '【示例】洗发水去屑止痒 750ml', price: 49, uv: 220, conversion: 0.028, shape: 'stable' },
  { id: 'sample-1008', title: '【示例】男士剃须泡沫', price: 35, uv: 60, conversion: 0.03, shape: 'growth' },
];

/** mulberry32: a tiny seeded generator, so the sample is the same every time for a given day. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The latest 双11 on or before today. */
export function lastDouble11(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-11-11`;
  return today >= thisYear ? thisYear : `${year - 1}-11-11`;
}

/** Weekends sell more, Monday less (a small shop's weekly rhythm). */
const WEEKLY = [1.18, 0.9, 0.95, 1, 1, 1.05, 1.22]; // Sunday first

/** Traffic and conversion multipliers around 双11: warm-up, the day itself, the hangover. */
function festival(date: string, d11: string): { uv: number; conversion: number } {
  const off = daysBetween(d11, date);
  if (off === 0) return { uv: 4.5, conversion: 1.8 };
  if (off >= -10 && off < 0) return { uv: 1.25 + (10 + off) * 0.06, conversion: off >= -3 ? 0.75 : 0.9 }; // 加购 but wait for the day
  if (off > 0 && off <= 4) return { uv: 0.8, conversion: 0.7 };
  return { uv: 1, conversion: 1 };
}

/** The item's trend over the last eight weeks (1 before that); 0 = not on sale yet. */
function trend(item: SampleItem, daysAgo: number): { uv: number; conversion: number } {
  const weeksAgo = daysAgo / 7;
  switch (item.shape) {
    case 'growth':
      return { uv: weeksAgo > 6 ? 1 : Math.pow(1.3, 6 - weeksAgo), conversion: 1 };
    case 'decline':
      return { uv: weeksAgo > 5 ? 1 : Math.pow(0.74, 5 - weeksAgo), conversion: weeksAgo > 5 ? 1 : 0.85 };
    case 'new':
      return daysAgo > 12 ? { uv: 0, conversion: 0 } : { uv: 1 + (12 - daysAgo) * 0.08, conversion: 1 };
    case 'stopped':
      return { uv: 1, conversion: daysAgo > 45 ? 1 : 0 };
    default:
      return { uv: 1, conversion: 1 };
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The whole sample shop as of `now`: complete days up to yesterday (read the next morning, so
 * final) and today so far (read now, so real-time).
 */
export function generateSampleShop(now: number): SampleShop {
  const today = toBusinessDate(now);
  const d11 = lastDouble11(today);
  const first = [addDays(today, -SAMPLE_DAYS), addDays(d11, -21)].sort()[0]!;
  const rand = random(Number(today.replaceAll('-', '')));
  const noise = (spread: number) => 1 + (rand() * 2 - 1) * spread;
  // Its own stream: the sources never change the shop's or items' numbers.
  const sourceRand = random(Number(today.replaceAll('-', '')) + 1);
  const dayStart = (date: string) => new Date(`${date}T00:00:00`).getTime();
  const todayShare = Math.max(0.05, Math.min(1, (now - dayStart(today)) / 86_400_000));

  const itemDaily: ItemDailyRow[] = [];
  const shopDaily: ShopDailyRow[] = [];
  const sourceDaily: SourceDailyRow[] = [];
  const lastSale = new Map<string, string>();
  const firstDay = new Map<string, string>();

  for (let date = first; date <= today; date = addDays(date, 1)) {
    const daysAgo = daysBetween(date, today);
    const share = date === today ? todayShare : 1;
    const readAt = date === today ? now : dayStart(addDays(date, 1)) + 9 * 3_600_000;
    const f = festival(date, d11);
    const week = WEEKLY[weekday(date)]!;
    const shop = { pv: 0, uv: 0, units: 0, buyers: 0, sales: 0 };

    for (const item of ITEMS) {
      const tr = trend(item, daysAgo);
      if (tr.uv === 0) continue;
      if (!firstDay.has(item.id)) firstDay.set(item.id, date);
      const uv = Math.round(item.uv * tr.uv * f.uv * week * noise(0.12) * share);
      const buyers = Math.round(uv * item.conversion * tr.conversion * f.conversion * noise(0.15));
      const units = buyers === 0 ? 0 : buyers + Math.round(buyers * 0.12 * rand());
      // 双11 and its warm-up sell below list price.
      const price = f.uv > 1 ? item.price * 0.85 : item.price;
      const sales = round2(units * price);
      const pv = Math.round(uv * (1.6 + rand() * 0.6));
      if (units > 0) lastSale.set(item.id, date);
      const metrics: ItemMetrics = { pv, uv, unitsSold: units, paidBuyers: buyers, salesAmount: sales, ...(uv > 0 ? { conversionRate: round2((buyers / uv) * 10000) / 10000 } : {}) };
      itemDaily.push({ shopKey: SAMPLE_SHOP_KEY, itemId: item.id, date, metrics, provenance: provenanceOf(metrics, readAt), updatedAt: readAt });
      Object.assign(shop, { pv: shop.pv + pv, uv: shop.uv + uv, units: shop.units + units, buyers: shop.buyers + buyers, sales: shop.sales + sales });
    }

    // Visitors who look at the shop but no listed item (home page, categories, search).
    const uv = Math.round(shop.uv * 1.25);
    const pv = Math.round(shop.pv * 1.35);
    const metrics: ShopMetrics = {
      pv,
      uv,
      salesAmount: round2(shop.sales),
      unitsSold: shop.units,
      paidBuyers: shop.buyers,
      orders: Math.round(shop.buyers * 1.04),
      conversionRate: uv ? Math.round((shop.buyers / uv) * 10000) / 10000 : undefined,
      aov: shop.buyers ? round2(shop.sales / shop.buyers) : undefined,
      visitDepth: uv ? round2(pv / uv) : undefined,
      bounceRate: round2(0.42 + (rand() - 0.5) * 0.08),
      dsr: round2(4.78 + rand() * 0.06),
      refundAmount: round2(shop.sales * (0.02 + rand() * 0.03)),
    };
    for (const key of Object.keys(metrics) as (keyof ShopMetrics)[]) if (metrics[key] === undefined) delete metrics[key];
    shopDaily.push({ shopKey: SAMPLE_SHOP_KEY, date, metrics, provenance: provenanceOf(metrics, readAt), updatedAt: readAt });

    const weights = SOURCES.map((s) => s.share * (s.paid && f.uv > 1 ? 1.8 : 1) * (0.9 + sourceRand() * 0.2));
    const total = weights.reduce((a, b) => a + b, 0);
    const buyerWeights = SOURCES.map((s, i) => weights[i]! * s.conversion);
    const buyerTotal = buyerWeights.reduce((a, b) => a + b, 0);
    sourceDaily.push({
      shopKey: SAMPLE_SHOP_KEY,
      date,
      rows: SOURCES.map((s, i) => ({
        source: s.source,
        uv: Math.round((uv * weights[i]!) / total),
        paidBuyers: Math.round((shop.buyers * buyerWeights[i]!) / buyerTotal),
        salesAmount: round2((shop.sales * buyerWeights[i]!) / buyerTotal),
      })),
      source: 'dom',
      at: readAt,
    });
  }

  const startAt = dayStart(first);
  const items: ItemRow[] = ITEMS.map((item) => {
    const launched = firstDay.get(item.id);
    return {
      shopKey: SAMPLE_SHOP_KEY,
      itemId: item.id,
      title: item.title,
      price: item.price,
      stock: item.shape === 'stopped' ? 340 : 120 + Math.round(rand() * 400),
      rating: item.shape === 'decline' ? 4.6 : round2(4.8 + rand() * 0.15),
      status: 'onSale',
      ...(lastSale.has(item.id) ? { lastSaleDate: lastSale.get(item.id)! } : {}),
      firstSeenAt: dayStart(launched ?? first),
      // 上架时间 as 千牛 商品管理 prints it: the items launched within the sample's months on their
      // first day, the others a season before (lifecycle's 新生 needs a listing date).
      listedDate: launched && launched > first ? launched : addDays(first, -90),
      updatedAt: now,
    };
  });

  const editAt = (daysAgo: number, hour: number) => dayStart(addDays(today, -daysAgo)) + hour * 3_600_000;
  const titleEdits: TitleEditRow[] = [
    // Growth item: a keyword added early in the morning, traffic kept climbing.
    { shopKey: SAMPLE_SHOP_KEY, platform: 'taobao', itemId: 'sample-1002', at: editAt(30, 2), oldTitle: '【示例】氨基酸洗面奶温和控油', newTitle: '【示例】氨基酸洗面奶男女温和控油', fields: ['title'] },
    // Declining item: a bigger rewrite in the afternoon, followed by a drop.
    { shopKey: SAMPLE_SHOP_KEY, platform: 'taobao', itemId: 'sample-1004', at: editAt(24, 15), oldTitle: '【示例】防晒喷雾清爽不油腻 SPF50', newTitle: '【示例】夏季防晒喷雾 SPF50', fields: ['title'] },
  ];

  const campaigns: CampaignRow[] = [
    {
      shopKey: SAMPLE_SHOP_KEY,
      platform: 'taobao',
      name: '双11 全店满减（示例）',
      start: addDays(d11, -10),
      end: d11,
      itemIds: ['sample-1001', 'sample-1003', 'sample-1007'],
      notes: '',
      reviewedAt: dayStart(addDays(d11, 8)),
      createdAt: dayStart(addDays(d11, -14)),
    },
    {
      shopKey: SAMPLE_SHOP_KEY,
      platform: 'taobao',
      name: '周末限时折扣（示例）',
      start: addDays(today, -16),
      end: addDays(today, -14),
      itemIds: ['sample-1002', 'sample-1008'],
      notes: '',
      createdAt: dayStart(addDays(today, -18)),
    },
  ];

  const todayRow = shopDaily.at(-1)!;
  const readAt = Math.max(dayStart(today), now - 20 * 60_000);
  const todayItems = itemDaily.filter((r) => r.date === today);
  const snapshots: SnapshotRow[] = [
    {
      capturedAt: readAt,
      shopKey: SAMPLE_SHOP_KEY,
      platform: 'taobao',
      pageKind: 'dashboard',
      url: 'https://sycm.taobao.com/portal/home.htm',
      source: 'dom',
      shopMetricCount: Object.keys(todayRow.metrics).length,
      itemCount: 0,
      payload: { shopDays: [{ date: today, metrics: todayRow.metrics }], items: [] },
    },
    {
      capturedAt: readAt + 60_000,
      shopKey: SAMPLE_SHOP_KEY,
      platform: 'taobao',
      pageKind: 'itemList',
      url: 'https://sycm.taobao.com/cc/item_rank',
      source: 'dom',
      shopMetricCount: 0,
      itemCount: todayItems.length,
      payload: { items: todayItems.map((r) => ({ itemId: r.itemId, title: ITEMS.find((i) => i.id === r.itemId)!.title, date: today, metrics: r.metrics })) },
    },
  ];

  const shop: ShopRow = { key: SAMPLE_SHOP_KEY, platform: 'taobao', shopId: SAMPLE_SHOP_ID, currency: 'CNY', firstSeenAt: startAt, lastSeenAt: now, sample: true };
  return { shop, shopDaily, items, itemDaily, campaigns, titleEdits, snapshots, sourceDaily };
}

function provenanceOf<K extends string>(metrics: Partial<Record<K, number>>, at: number): Partial<Record<K, { source: 'import'; at: number }>> {
  return Object.fromEntries(Object.keys(metrics).map((k) => [k, { source: 'import' as const, at }])) as Partial<Record<K, { source: 'import'; at: number }>>;
}
