import { z } from 'zod';
import { addDays } from '@/lib/dates';
import { MetricValue, metrics, singleDay, unwrapData, unwrapList } from '@/lib/extract/json';
import { chinaDate } from '@/lib/extract/page-date';
import { apiFields } from '@/lib/model/catalogue';
import type { ItemMetrics, ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import type { EndpointReader, ExtractedItem, Extraction, ReadContext } from '../types';
import { ENDPOINT_MATCHERS } from './endpoints';

/**
 * 生意参谋's own JSON responses, one zod schema per endpoint (field names from
 * docs/console-facts.md#sycm-responses, the sycm field dictionary and a real 商品排行 row's shape).
 * Money is yuan except getYesterdayTrade, which sends fen. Absent or null = unknown.
 * Runs in the background worker on the text the page-world observer handed over.
 */

const M = MetricValue.optional();

/** sycm field → ShopMate shop metric (首页 overview, coreIndex, flow, field dictionary): the catalogue's 生意参谋 codes. */
const SHOP_FIELDS = apiFields('taobao', 'shop');
type SycmShopField = string;

const ShopIndexes = z.looseObject(
  Object.fromEntries(Object.keys(SHOP_FIELDS).map((k) => [k, M])) as Record<SycmShopField, typeof M>,
);
type ShopIndexes = z.infer<typeof ShopIndexes>;

function shopMetrics(row: ShopIndexes, exponent: Partial<Record<ShopMetricKey, number>> = {}): ShopMetrics | undefined {
  const raw: Partial<Record<ShopMetricKey, z.infer<typeof MetricValue> | undefined>> = {};
  for (const [field, key] of Object.entries(SHOP_FIELDS) as [SycmShopField, ShopMetricKey][]) raw[key] = row[field];
  return metrics(raw, exponent);
}

const day = (ctx: ReadContext) => singleDay(ctx.url.searchParams.get('dateRange'));
const dayTypeOk = (ctx: ReadContext) => ['day', 'today', null].includes(ctx.url.searchParams.get('dateType'));
const shopDays = (days: { date: string; metrics: ShopMetrics | undefined }[]): Extraction | undefined => {
  const known = days.filter((d): d is { date: string; metrics: ShopMetrics } => d.metrics !== undefined);
  return known.length ? { shopDays: known, items: [] } : undefined;
};

/** 首页 real-time: today so far and yesterday (the API spells it "yestday"). */
const LiveOverview = z.looseObject({ today: ShopIndexes.optional(), yestday: ShopIndexes.optional(), yesterday: ShopIndexes.optional() });

/** getYesterdayTrade: payAmt in fen. */
const YesterdayTrade = z.looseObject({ payAmt: M, payOrdCnt: M, payByrCnt: M });

/** Growth board: promotion spend. */
const GrowOverview = z.looseObject({ self: z.looseObject({ totalPromoSpend: M }) });

/** 商品排行 row (a real row's shape: metric objects, the item object, statDate in ms). */
const Id = z.union([z.string().max(40), z.number()]);
const ItemRankRow = z.looseObject({
  itemId: z.union([Id, z.looseObject({ value: Id.optional() })]).optional(),
  item: z
    .looseObject({
      itemId: Id.optional(),
      title: z.string().max(500).nullish(),
      online: z.boolean().nullish(),
    })
    .optional(),
  title: z.string().max(500).nullish(),
  statDate: z.union([z.number(), z.looseObject({ value: z.number().nullish() })]).optional(),
  itemStatus: z.string().max(40).nullish(),
  itmUv: M,
  itmPv: M,
  payAmt: M,
  payItmCnt: M,
  payByrCnt: M,
  payRate: M,
  itemCartCnt: M,
  sucRefundAmt: M,
});
type ItemRankRow = z.infer<typeof ItemRankRow>;

export const ITEM_ID = /^\d{5,20}$/;

function itemFromRankRow(row: ItemRankRow, date: string | undefined): ExtractedItem | undefined {
  const rawId = typeof row.itemId === 'object' ? row.itemId.value : (row.itemId ?? row.item?.itemId);
  const itemId = rawId === undefined ? undefined : String(rawId);
  // Masked or odd ids ("868****806") are not an item we can follow: the row is dropped.
  if (!itemId || !ITEM_ID.test(itemId)) return undefined;
  const title = (row.item?.title ?? row.title ?? undefined)?.trim() || undefined;
  const m: ItemMetrics | undefined = metrics({
    uv: row.itmUv,
    pv: row.itmPv,
    salesAmount: row.payAmt,
    unitsSold: row.payItmCnt,
    paidBuyers: row.payByrCnt,
    conversionRate: row.payRate,
    cartAdds: row.itemCartCnt,
    refundAmount: row.sucRefundAmt,
  });
  const statusText = row.itemStatus ?? undefined;
  const status = statusText?.includes('下架') || statusText?.includes('仓库') ? 'delisted' : statusText?.includes('出售') || row.item?.online === true ? 'onSale' : undefined;
  const item: ExtractedItem = { itemId };
  if (title) item.title = title;
  if (status) item.status = status;
  if (date && m) {
    item.days = [{ date, metrics: m }];
    if ((m.unitsSold ?? 0) > 0 || (m.paidBuyers ?? 0) > 0) item.lastSaleDate = date;
  }
  return item;
}

type Read = (body: unknown, ctx: ReadContext) => Extraction | undefined;

const READERS: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], Read> = {
  'sycm.live-overview': (body, ctx) => {
    const parsed = LiveOverview.safeParse(unwrapData(body));
    if (!parsed.success) return undefined;
    const yesterday = parsed.data.yestday ?? parsed.data.yesterday;
    return shopDays([
      { date: ctx.today, metrics: parsed.data.today && shopMetrics(parsed.data.today) },
      { date: addDays(ctx.today, -1), metrics: yesterday && shopMetrics(yesterday) },
    ]);
  },
  'sycm.core-overview': (body, ctx) => {
    const date = day(ctx);
    const parsed = ShopIndexes.safeParse(unwrapData(body));
    if (!date || !dayTypeOk(ctx) || !parsed.success) return undefined;
    return shopDays([{ date, metrics: shopMetrics(parsed.data) }]);
  },
  'sycm.yesterday-trade': (body, ctx) => {
    const parsed = YesterdayTrade.safeParse(unwrapData(body));
    if (!parsed.success) return undefined;
    const m = metrics(
      { salesAmount: parsed.data.payAmt, orders: parsed.data.payOrdCnt, paidBuyers: parsed.data.payByrCnt },
      { salesAmount: -2 }, // fen → yuan
    );
    return shopDays([{ date: addDays(ctx.today, -1), metrics: m }]);
  },
  'sycm.flow-overview': (body, ctx) => {
    const date = day(ctx) ?? ctx.today;
    const parsed = ShopIndexes.safeParse(unwrapData(body));
    if (!parsed.success || !dayTypeOk(ctx)) return undefined;
    const m = shopMetrics(parsed.data);
    // This endpoint lags: all zeros for today means "not computed yet", not a day without visitors.
    if (m && date === ctx.today && Object.values(m).every((v) => v === 0)) return undefined;
    return shopDays([{ date, metrics: m }]);
  },
  'sycm.grow-overview': (body, ctx) => {
    const date = day(ctx);
    const parsed = GrowOverview.safeParse(unwrapData(body));
    if (!date || !parsed.success) return undefined;
    return shopDays([{ date, metrics: metrics({ adSpend: parsed.data.self.totalPromoSpend }) }]);
  },
  'sycm.item-rank': (body, ctx) => {
    const rows = unwrapList(body);
    if (!rows) return undefined;
    const live = ctx.url.pathname.includes('/live/');
    const rangeDay = dayTypeOk(ctx) ? day(ctx) : undefined;
    const items: ExtractedItem[] = [];
    for (const raw of rows.slice(0, 20_000)) {
      const row = ItemRankRow.safeParse(raw);
      if (!row.success) continue;
      const stat = typeof row.data.statDate === 'number' ? row.data.statDate : row.data.statDate?.value;
      // Week/month ranges are not a day: the items are kept without per-day numbers.
      const date = live ? ctx.today : (rangeDay ?? (ctx.url.searchParams.get('dateType') === null && stat != null ? chinaDate(stat) : undefined));
      const item = itemFromRankRow(row.data, date);
      if (item) items.push(item);
    }
    // A top list: item rows only, never summed into shop totals.
    return items.length ? { shopDays: [], items } : undefined;
  },
};

export const ENDPOINT_READERS: readonly EndpointReader[] = ENDPOINT_MATCHERS.map((m) => ({ ...m, read: READERS[m.id] }));
