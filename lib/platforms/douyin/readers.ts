import { z } from 'zod';
import { jsonNumber, known, parseReportDate, plausibleDay, scaled } from '@/lib/import/values';
import type { ItemMetrics, ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import type { EndpointReader, ExtractedItem, Extraction, ReadContext } from '../types';
import { ENDPOINT_MATCHERS } from './endpoints';

/**
 * 抖音电商罗盘's own JSON responses: `{st: 0, data: …}` (any other st — 11001 risk control,
 * 100008 date refused — is nothing). Codes from docs/console-facts.md#douyin-responses and public seller
 * tools (2026): pay_amt is in **fen** (1519911 = ¥15,199.11), pay_cnt 成交订单数, pay_ucnt 成交人数;
 * uv_value is 访客价值 (money per visitor), not visitors: never stored as UV.
 * The days: core_trend's `horizontal` (a day; hours of a real-time trend are skipped), the
 * product card's query (begin_date = end_date, or date_type=1 = today in real time).
 */
const Value = z.union([z.number(), z.string().max(60), z.null()]).optional();
const Ok = z.looseObject({ st: z.union([z.number(), z.string().max(20)]), data: z.unknown() });

function dataOf(body: unknown): unknown {
  const parsed = Ok.safeParse(body);
  return parsed.success && Number(parsed.data.st) === 0 ? (parsed.data.data ?? undefined) : undefined;
}

/** pay_amt fen → yuan; counts as they are. */
const SHOP_POINTS: Readonly<Record<string, { key: ShopMetricKey; fen?: true }>> = {
  pay_amt: { key: 'salesAmount', fen: true },
  pay_cnt: { key: 'orders' },
  pay_ucnt: { key: 'paidBuyers' },
};

const Trends = z.looseObject({
  trends: z
    .array(z.looseObject({ horizontal: z.union([z.string().max(40), z.number()]), point_name: z.string().max(80), vertical: Value }))
    .max(20_000),
});

/** The year a "11-21" day belongs to: the query's end date, else today. */
const anchorOf = (ctx: ReadContext) => {
  const end = parseReportDate(ctx.url.searchParams.get('end_date') ?? undefined);
  return plausibleDay(end, ctx.today) ? end : ctx.today;
};

function readCoreTrend(body: unknown, ctx: ReadContext): Extraction | undefined {
  const parsed = Trends.safeParse(dataOf(body));
  if (!parsed.success) return undefined;
  const anchor = anchorOf(ctx);
  const days = new Map<string, ShopMetrics>();
  for (const point of parsed.data.trends) {
    const spec = SHOP_POINTS[point.point_name];
    const date = parseReportDate(String(point.horizontal), { today: anchor });
    if (!spec || !plausibleDay(date, ctx.today)) continue;
    const raw = jsonNumber(point.vertical, 'count');
    const value = spec.fen ? scaled(raw, -2) : raw;
    if (value === undefined) continue;
    days.set(date, { ...days.get(date), [spec.key]: value });
  }
  return days.size ? { shopDays: [...days].map(([date, metrics]) => ({ date, metrics })), items: [] } : undefined;
}

/** A product-card cell: text cells `{<name>_<field>_value: {value: {value_str}}}`, metric cells `{<code>_index_values: {index_values: {value: {value}}}}`. */
const CellInfo = z.record(z.string().max(80), z.unknown());
const CardRow = z.looseObject({ cell_info: CellInfo });

function textCell(cells: Record<string, unknown>, name: string, field: string): string | undefined {
  const cell = cells[name] as Record<string, { value?: { value_str?: unknown; value?: unknown } } | undefined> | undefined;
  const wrapped = cell?.[`${name}_${field}_value`] ?? cell?.[`${field}_value`];
  const raw = wrapped?.value?.value_str ?? wrapped?.value?.value;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() || undefined : undefined;
}

function metricCell(cells: Record<string, unknown>, code: string): number | undefined {
  const cell = cells[code] as Record<string, { index_values?: { value?: { value?: unknown } } } | undefined> | undefined;
  return jsonNumber(cell?.[`${code}_index_values`]?.index_values?.value?.value, 'count');
}

const PRODUCT_ID = /^\d{5,25}$/;

/** The single day a query covers: date_type=1 is today in real time; else begin = end. */
function queryDay(ctx: ReadContext): string | undefined {
  const q = ctx.url.searchParams;
  if (q.get('date_type') === '1') return ctx.today;
  const begin = parseReportDate(q.get('begin_date') ?? undefined);
  const end = parseReportDate(q.get('end_date') ?? undefined);
  return begin && begin === end && plausibleDay(begin, ctx.today) ? begin : undefined;
}

function readProductCards(body: unknown, ctx: ReadContext): Extraction | undefined {
  const data = dataOf(body);
  const rows = Array.isArray(data) ? data : undefined;
  if (!rows) return undefined;
  const date = queryDay(ctx);
  const items = new Map<string, ExtractedItem>();
  for (const raw of rows.slice(0, 20_000)) {
    const row = CardRow.safeParse(raw);
    if (!row.success) continue;
    const cells = row.data.cell_info;
    const itemId = textCell(cells, 'product', 'id');
    if (!itemId || !PRODUCT_ID.test(itemId) || items.has(itemId)) continue;
    const item: ExtractedItem = { itemId };
    const title = textCell(cells, 'product', 'name');
    if (title) item.title = title.slice(0, 500);
    const metrics = known<keyof ItemMetrics>({
      salesAmount: scaled(metricCell(cells, 'pay_amt'), -2),
      paidBuyers: metricCell(cells, 'pay_ucnt'),
      // 商品点击人数: the people who opened the product page, the product card's visitors.
      uv: metricCell(cells, 'product_click_ucnt'),
    });
    if (date && metrics) {
      item.days = [{ date, metrics }];
      if ((metrics.paidBuyers ?? 0) > 0) item.lastSaleDate = date;
    }
    items.set(itemId, item);
  }
  return items.size ? { shopDays: [], items: [...items.values()] } : undefined;
}

type Read = (body: unknown, ctx: ReadContext) => Extraction | undefined;

const READERS: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], Read> = {
  'compass.core-trend': readCoreTrend,
  'compass.product-card-list': readProductCards,
};

export const ENDPOINT_READERS: readonly EndpointReader[] = ENDPOINT_MATCHERS.map((m) => ({ ...m, read: READERS[m.id] }));
