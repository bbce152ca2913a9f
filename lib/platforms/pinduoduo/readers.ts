import { z } from 'zod';
import { chinaDate } from '@/lib/extract/page-date';
import { jsonNumber, known, parseReportDate, plausibleDay } from '@/lib/import/values';
import type { ItemMetrics, ShopMetrics } from '@/lib/model/metrics';
import type { EndpointReader, ExtractedItem, Extraction, ReadContext } from '../types';
import { ENDPOINT_MATCHERS } from './endpoints';

/**
 * 拼多多商家后台's own JSON responses, one zod schema per endpoint. Envelope `{success, errorCode:
 * 1000000, result}` (any other errorCode, or success: false, is an error: nothing is read).
 * Field names from public seller tools (2026): 交易 rows {stateDate, payOrdrAmt, payOrdrCnt,
 * payOrdrUsrCnt, payUvRto, payOrdrAup, sucRfOrdrAmt1d}, 流量 {uv, pv, guv, gpv, …}, 商品明细
 * {statDate, goodsId, goodsName, goodsUv, goodsPv, payOrdrGoodsQty, payOrdrUsrCnt, payOrdrAmt,
 * goodsVcr: "11.43%", goodsStatus}. Money is yuan (2209.58); rates are ratios (0.0882) or
 * printed percentages ("11.43%"). guv/gpv count visitors of goods pages, not of the shop: not
 * stored as the shop's UV. Runs in the background worker; the DOM's digits (drawn with an
 * obfuscating font) are never needed.
 */

const Value = z.union([z.number(), z.string().max(60), z.null()]).optional();
const Day = z.union([z.string().max(40), z.number(), z.null()]).optional();

const Envelope = z.looseObject({
  success: z.boolean().optional(),
  errorCode: z.union([z.number(), z.string().max(20)]).optional(),
  result: z.unknown(),
});

/** The `result` of a successful answer, else undefined. */
export function resultOf(body: unknown): unknown {
  const parsed = Envelope.safeParse(body);
  if (!parsed.success || parsed.data.success === false) return undefined;
  const code = parsed.data.errorCode;
  if (code !== undefined && Number(code) !== 1000000) return undefined;
  return parsed.data.result ?? undefined;
}

/** A row's day: 'YYYY-MM-DD' (or another date spelling), or epoch milliseconds (China time). */
function dayOf(value: z.infer<typeof Day>, ctx: ReadContext): string | undefined {
  const date = typeof value === 'number' ? chinaDate(value) : parseReportDate(value ?? undefined);
  return plausibleDay(date, ctx.today) ? date : undefined;
}

/** Rows of a list answer: `result.dayList`, `result.list`, an array `result`, or one object. */
function rowsOf(result: unknown, ...keys: string[]): unknown[] | undefined {
  if (Array.isArray(result)) return result;
  if (!result || typeof result !== 'object') return undefined;
  for (const key of keys) {
    const list = (result as Record<string, unknown>)[key];
    if (Array.isArray(list)) return list;
  }
  return [result];
}

const TradeRow = z.looseObject({
  stateDate: Day,
  statDate: Day,
  payOrdrAmt: Value,
  payOrdrCnt: Value,
  payOrdrUsrCnt: Value,
  payUvRto: Value,
  payOrdrAup: Value,
  sucRfOrdrAmt1d: Value,
});

const FlowRow = TradeRow.extend({ uv: Value, pv: Value, guv: Value, gpv: Value });
type FlowRow = z.infer<typeof FlowRow>;

function shopMetrics(row: FlowRow): ShopMetrics | undefined {
  return known<keyof ShopMetrics>({
    uv: jsonNumber(row.uv, 'count'),
    pv: jsonNumber(row.pv, 'count'),
    salesAmount: jsonNumber(row.payOrdrAmt, 'money'),
    orders: jsonNumber(row.payOrdrCnt, 'count'),
    paidBuyers: jsonNumber(row.payOrdrUsrCnt, 'count'),
    conversionRate: jsonNumber(row.payUvRto, 'ratio'),
    aov: jsonNumber(row.payOrdrAup, 'money'),
    refundAmount: jsonNumber(row.sucRfOrdrAmt1d, 'money'),
  });
}

function shopDays(result: unknown, schema: typeof FlowRow | typeof TradeRow, ctx: ReadContext): Extraction | undefined {
  const rows = rowsOf(result, 'dayList', 'list');
  if (!rows) return undefined;
  const days = new Map<string, ShopMetrics>();
  for (const raw of rows.slice(0, 400)) {
    const row = schema.safeParse(raw);
    if (!row.success) continue;
    const date = dayOf(row.data.stateDate ?? row.data.statDate, ctx);
    const metrics = date && shopMetrics(row.data);
    if (date && metrics) days.set(date, { ...days.get(date), ...metrics });
  }
  return days.size ? { shopDays: [...days].map(([date, metrics]) => ({ date, metrics })), items: [] } : undefined;
}

const GOODS_ID = /^\d{5,20}$/;
const GoodsRow = z.looseObject({
  statDate: Day,
  stateDate: Day,
  goodsId: z.union([z.number().int().nonnegative(), z.string().max(40)]),
  goodsName: z.string().max(500).nullish(),
  goodsStatus: z.union([z.number(), z.string().max(10), z.null()]).optional(),
  goodsUv: Value,
  goodsPv: Value,
  payOrdrAmt: Value,
  payOrdrGoodsQty: Value,
  payOrdrUsrCnt: Value,
  goodsVcr: Value,
});

function goodsItems(result: unknown, ctx: ReadContext): Extraction | undefined {
  const rows = rowsOf(result, 'goodsDetailList', 'list');
  if (!rows || (rows.length === 1 && rows[0] === result)) return undefined;
  const items = new Map<string, ExtractedItem>();
  for (const raw of rows.slice(0, 20_000)) {
    const row = GoodsRow.safeParse(raw);
    if (!row.success) continue;
    const itemId = String(row.data.goodsId);
    if (!GOODS_ID.test(itemId) || items.has(itemId)) continue;
    const item: ExtractedItem = { itemId };
    const title = row.data.goodsName?.trim();
    if (title) item.title = title;
    // goodsStatus 1 = 在售 (the only code seen in public samples).
    if (String(row.data.goodsStatus) === '1') item.status = 'onSale';
    const date = dayOf(row.data.statDate ?? row.data.stateDate, ctx);
    const metrics = known<keyof ItemMetrics>({
      uv: jsonNumber(row.data.goodsUv, 'count'),
      pv: jsonNumber(row.data.goodsPv, 'count'),
      salesAmount: jsonNumber(row.data.payOrdrAmt, 'money'),
      unitsSold: jsonNumber(row.data.payOrdrGoodsQty, 'count'),
      paidBuyers: jsonNumber(row.data.payOrdrUsrCnt, 'count'),
      conversionRate: jsonNumber(row.data.goodsVcr, 'ratio'),
    });
    if (date && metrics) {
      item.days = [{ date, metrics }];
      if ((metrics.unitsSold ?? 0) > 0 || (metrics.paidBuyers ?? 0) > 0) item.lastSaleDate = date;
    }
    items.set(itemId, item);
  }
  // A page of the goods table: item rows only, never summed into shop totals.
  return items.size ? { shopDays: [], items: [...items.values()] } : undefined;
}

type Read = (body: unknown, ctx: ReadContext) => Extraction | undefined;

const READERS: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], Read> = {
  'pdd.mall-trade-list': (body, ctx) => shopDays(resultOf(body), TradeRow, ctx),
  'pdd.mall-flow': (body, ctx) => shopDays(resultOf(body), FlowRow, ctx),
  'pdd.goods-detail': (body, ctx) => goodsItems(resultOf(body), ctx),
};

export const ENDPOINT_READERS: readonly EndpointReader[] = ENDPOINT_MATCHERS.map((m) => ({ ...m, read: READERS[m.id] }));
