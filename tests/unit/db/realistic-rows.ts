import type {
  CampaignRow,
  ChecklistDayRow,
  ItemDailyRow,
  ItemRow,
  NoteRow,
  PageVisitRow,
  ShopDailyRow,
  ShopRow,
  SnapshotRow,
  TitleEditRow,
} from '@/lib/db/schema';
import { addDays } from '../../../lib/dates'; // relative: the e2e suite (no path aliases) loads these rows too

/**
 * Rows shaped as schema v1 stores them, with values as a 生意参谋 seller sees them
 * (../shared/fixtures/README.md: payAmt in yuan, payRate as a ratio, 较前一日 days), for the
 * backup round trip and the migration harness. Reconstruction, not a saved export.
 */

const T0 = Date.UTC(2026, 10, 1, 1, 30); // 2026-11-01 09:30 Beijing
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const SHOP_KEY = 'taobao:57300001';
export const PDD_KEY = 'pinduoduo:default';

export interface V1Rows {
  shops: ShopRow[];
  shopDaily: ShopDailyRow[];
  itemDaily: ItemDailyRow[];
  items: ItemRow[];
  snapshots: SnapshotRow[];
  pageVisits: PageVisitRow[];
  checklistDays: ChecklistDayRow[];
  titleEdits: TitleEditRow[];
  campaigns: CampaignRow[];
  notes: NoteRow[];
}

export function realisticV1Rows(days = 21): V1Rows {
  const dates = Array.from({ length: days }, (_, i) => addDays('2026-11-01', i));
  const shops: ShopRow[] = [
    { key: SHOP_KEY, platform: 'taobao', shopId: '57300001', name: '小鹿家居旗舰店', currency: 'CNY', firstSeenAt: T0, lastSeenAt: T0 + days * DAY },
    // A shop the page never named: no name, the default id.
    { key: PDD_KEY, platform: 'pinduoduo', shopId: 'default', currency: 'CNY', firstSeenAt: T0 + DAY, lastSeenAt: T0 + 2 * DAY },
  ];
  const shopDaily: ShopDailyRow[] = dates.map((date, i) => {
    const at = T0 + i * DAY + 14 * HOUR;
    const uv = 12_000 + ((i * 733) % 2100);
    const paidBuyers = 360 + ((i * 37) % 60);
    const salesAmount = Math.round(paidBuyers * 32.15 * 100) / 100;
    // Some days lack metrics (the dashboard was not opened): missing stays absent.
    const metrics: ShopDailyRow['metrics'] =
      i % 5 === 3
        ? { uv, pv: uv * 3 }
        : { uv, pv: uv * 3, salesAmount, paidBuyers, conversionRate: paidBuyers / uv, aov: salesAmount / paidBuyers, bounceRate: 0.41, dsr: 4.8 };
    const provenance = Object.fromEntries(
      Object.keys(metrics).map((k) => [k, { source: i % 2 ? 'api' : 'dom', at }]),
    ) as ShopDailyRow['provenance'];
    return { shopKey: SHOP_KEY, date, metrics, provenance, updatedAt: at };
  });
  shopDaily.push({
    shopKey: PDD_KEY,
    date: dates[1]!,
    metrics: { uv: 830, pv: 2210, salesAmount: 1520.5, paidBuyers: 31 },
    provenance: { uv: { source: 'import', at: T0 + 2 * DAY }, pv: { source: 'import', at: T0 + 2 * DAY }, salesAmount: { source: 'import', at: T0 + 2 * DAY }, paidBuyers: { source: 'import', at: T0 + 2 * DAY } },
    updatedAt: T0 + 2 * DAY,
  });

  const itemIds = ['652301122834', '652301187761', '701122339845'];
  const items: ItemRow[] = [
    { shopKey: SHOP_KEY, itemId: itemIds[0]!, title: '北欧实木床头柜 简约现代 卧室收纳柜', price: 199, stock: 340, rating: 4.9, status: 'onSale', lastSaleDate: dates.at(-1), firstSeenAt: T0, updatedAt: T0 + 5 * DAY },
    { shopKey: SHOP_KEY, itemId: itemIds[1]!, title: '日式棉麻四件套 纯棉 1.8m床', price: 329, stock: 12, rating: 4.7, status: 'onSale', lastSaleDate: dates[2], firstSeenAt: T0, updatedAt: T0 + 6 * DAY },
    // An item only seen in an item list: no price, no rating.
    { shopKey: SHOP_KEY, itemId: itemIds[2]!, title: '加厚珊瑚绒毛毯', status: 'delisted', firstSeenAt: T0 + 3 * DAY, updatedAt: T0 + 3 * DAY },
  ];
  const itemDaily: ItemDailyRow[] = dates.flatMap((date, i) =>
    itemIds.slice(0, 2).map((itemId, j) => {
      const at = T0 + i * DAY + 15 * HOUR;
      const uv = 800 + j * 400 + i * 11;
      const paidBuyers = 20 + j * 9 + (i % 4);
      return {
        shopKey: SHOP_KEY,
        itemId,
        date,
        metrics: { uv, pv: uv * 2, paidBuyers, unitsSold: paidBuyers + 2, salesAmount: paidBuyers * (j ? 329 : 199), conversionRate: paidBuyers / uv, cartAdds: 44 + i },
        provenance: { uv: { source: 'api', at }, pv: { source: 'api', at }, paidBuyers: { source: 'api', at }, unitsSold: { source: 'api', at }, salesAmount: { source: 'api', at }, conversionRate: { source: 'api', at }, cartAdds: { source: 'api', at } },
        updatedAt: at,
      };
    }),
  );
  const snapshots: SnapshotRow[] = dates.map((date, i) => ({
    id: i + 1,
    capturedAt: T0 + i * DAY + 14 * HOUR,
    shopKey: SHOP_KEY,
    platform: 'taobao',
    pageKind: 'dashboard',
    url: 'https://sycm.taobao.com/portal/home.htm',
    source: i % 2 ? 'api' : 'dom',
    shopMetricCount: Object.keys(shopDaily[i]!.metrics).length,
    itemCount: 0,
    payload: { shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: [{ date, metrics: shopDaily[i]!.metrics }], items: [] },
  }));
  snapshots.push({
    id: days + 1,
    capturedAt: T0 + 3 * DAY,
    shopKey: 'taobao:default',
    platform: 'taobao',
    pageKind: 'traffic',
    url: 'https://sycm.taobao.com/flow/monitor/overview',
    source: 'dom',
    shopMetricCount: 0,
    itemCount: 0,
    payload: { error: '数据马不停蹄产出中，请稍候再试哦～' },
  });
  const pageVisits: PageVisitRow[] = dates.flatMap((date, i) => [
    { id: 2 * i + 1, date, at: T0 + i * DAY, platform: 'taobao' as const, pageKind: 'dashboard' as const, url: 'https://sycm.taobao.com/portal/home.htm' },
    { id: 2 * i + 2, date, at: T0 + i * DAY + HOUR, platform: 'taobao' as const, pageKind: 'reviews' as const, url: 'https://myseller.taobao.com/home.htm#/comment' },
  ]);
  const checklistDays: ChecklistDayRow[] = dates.slice(0, -1).map((date, i): ChecklistDayRow => ({
    date,
    overrides: i % 3 ? { campaigns: { done: true, at: T0 + i * DAY + 2 * HOUR } } : { ads: { done: false, at: T0 + i * DAY + 3 * HOUR } },
    summary: { done: ['shop-check', 'daily-report', ...(i % 3 ? ['campaigns'] : [])], total: 10 },
  }));
  checklistDays.push({ date: dates.at(-1)!, overrides: {} });
  const titleEdits: TitleEditRow[] = [
    { id: 1, shopKey: SHOP_KEY, platform: 'taobao', itemId: itemIds[0]!, at: T0 + 2 * DAY - 6 * HOUR, oldTitle: '北欧实木床头柜 简约 卧室收纳柜', newTitle: '北欧实木床头柜 简约现代 卧室收纳柜', fields: ['title'] },
    { id: 2, shopKey: SHOP_KEY, platform: 'taobao', itemId: itemIds[1]!, at: T0 + 4 * DAY - 7 * HOUR, oldTitle: '日式棉麻四件套 1.8m床', newTitle: '日式棉麻四件套 纯棉 1.8m床', fields: ['title', 'price'] },
  ];
  const campaigns: CampaignRow[] = [
    { id: 1, shopKey: SHOP_KEY, platform: 'taobao', name: '双11 预售', start: dates[0]!, end: addDays(dates[0]!, 10), itemIds: itemIds.slice(0, 2), notes: '主推床头柜；四件套库存不足', reviewedAt: T0 + 12 * DAY, createdAt: T0 },
    { id: 2, shopKey: SHOP_KEY, platform: 'taobao', name: '聚划算', start: addDays(dates[0]!, 14), end: addDays(dates[0]!, 16), itemIds: [], notes: '', createdAt: T0 + 13 * DAY },
  ];
  const notes: NoteRow[] = [
    { id: 1, date: dates[0]!, at: T0 + HOUR, text: '本周方案：提升 DSR，差评 24 小时内回复；物流异常订单每天跟进。' },
    { id: 2, date: addDays(dates[0]!, 7), at: T0 + 7 * DAY + HOUR, text: 'Plan: raise good-review rate above 98%.' },
  ];
  return { shops, shopDaily, itemDaily, items, snapshots, pageVisits, checklistDays, titleEdits, campaigns, notes };
}

export const SECOND_SHOP_KEY = 'taobao:61800002';

/**
 * Rows as schema v2 stores them: v1's, with the identity pages show (小鹿 named with its shop
 * id; 拼多多 still unnamed), a second Taobao shop seen after it in the same profile, visits
 * that belong to a shop, and a day read from a page that named no shop (assumed, flagged).
 */
export function realisticV2Rows(days = 21): V1Rows {
  const rows = realisticV1Rows(days);
  const last = rows.shops[0]!.lastSeenAt;
  rows.shops[0] = { ...rows.shops[0]!, consoleId: '57300001', identifiedAt: last };
  rows.shops.push({ key: SECOND_SHOP_KEY, platform: 'taobao', shopId: '61800002', consoleId: '61800002', name: '青禾茶叶专营店', currency: 'CNY', firstSeenAt: last + HOUR, lastSeenAt: last + 2 * HOUR, identifiedAt: last + 2 * HOUR });
  rows.pageVisits = rows.pageVisits.map((v) => ({ ...v, shopKey: SHOP_KEY }));
  const date = rows.shopDaily[rows.shopDaily.length - 2]!.date;
  rows.shopDaily.push({
    shopKey: SECOND_SHOP_KEY,
    date,
    metrics: { uv: 5210, salesAmount: 8888.8, paidBuyers: 202 },
    provenance: { uv: { source: 'dom', at: last + HOUR }, salesAmount: { source: 'dom', at: last + HOUR }, paidBuyers: { source: 'dom', at: last + HOUR } },
    updatedAt: last + 2 * HOUR,
    assumed: true,
  });
  // Earlier than 小鹿's last visit: the seller used 小鹿 last (its v1 checklist stays 小鹿's in v3).
  rows.pageVisits.push({ id: 10_000, date, at: last - DAY, platform: 'taobao', pageKind: 'complaints', url: 'https://healthcenter.taobao.com/home/health_home.htm', shopKey: SECOND_SHOP_KEY });
  return rows;
}

/**
 * Rows as schema v3 stores them: v2's, each day's checklist per shop (小鹿's list, and 青禾's
 * own list on one day), notes written for a shop, the seller's own label for a shop, and the
 * console's 更新时间 on today's row.
 */
export function realisticV3Rows(days = 21): V1Rows {
  const rows = realisticV2Rows(days);
  rows.checklistDays = rows.checklistDays.map(({ overrides, summary, ...rest }) => ({
    ...rest,
    shops: { [SHOP_KEY]: { overrides: overrides ?? {}, ...(summary ? { summary } : {}) } },
  }));
  const lastDay = rows.checklistDays.at(-1)!;
  lastDay.shops = { ...lastDay.shops, [SECOND_SHOP_KEY]: { overrides: { rules: { done: true, at: rows.shops[2]!.lastSeenAt } } } };
  rows.notes = rows.notes.map((n) => ({ ...n, shopKey: SHOP_KEY }));
  rows.shops[2] = { ...rows.shops[2]!, label: '青禾（老板的号）' };
  const latest = rows.shopDaily.filter((r) => r.shopKey === SHOP_KEY).at(-1)!;
  latest.consoleUpdatedAt = latest.updatedAt - 2 * 60_000;
  return rows;
}
