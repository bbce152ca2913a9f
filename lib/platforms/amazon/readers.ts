import { z } from 'zod';
import { known, parseReportDate, plausibleDay, scaled } from '@/lib/import/values';
import type { ItemMetrics, ShopMetrics } from '@/lib/model/metrics';
import type { EndpointReader, ExtractedItem, Extraction, ReadContext } from '../types';
import { ENDPOINT_MATCHERS } from './endpoints';

/**
 * Amazon's Sales and Traffic data in the shape of its published SP-API schema
 * (shared/fixtures/amazon/sellerSalesAndTrafficReport.schema+examples, Apache-2.0):
 * `salesAndTrafficByDate[{date, salesByDate, trafficByDate}]` → shop days,
 * `salesAndTrafficByAsin[{childAsin, sku, salesByAsin, trafficByAsin}]` → items (per-day numbers
 * only when the report covers one day). Percentages are percent numbers (2.54 = 2.54 %).
 * ShopMate keeps Amazon money in US dollars: amounts in another currency are left out.
 * Sessions are Amazon's visits (its nearest figure to 访客数) and stored as UV.
 */
const N = z.number().finite().nonnegative().nullish();
const Money = z.looseObject({ amount: z.number().finite().nullish(), currencyCode: z.string().max(8).nullish() }).nullish();

const Sales = z.looseObject({ orderedProductSales: Money, unitsOrdered: N, totalOrderItems: N, refundRate: N }).nullish();
const Traffic = z
  .looseObject({ pageViews: N, sessions: N, orderItemSessionPercentage: N, unitSessionPercentage: N })
  .nullish();

const Report = z.looseObject({
  reportSpecification: z
    .looseObject({
      reportOptions: z.looseObject({ dateGranularity: z.string().max(20).nullish() }).nullish(),
      dataStartTime: z.string().max(40).nullish(),
      dataEndTime: z.string().max(40).nullish(),
    })
    .nullish(),
  salesAndTrafficByDate: z
    .array(z.looseObject({ date: z.string().max(40), salesByDate: Sales, trafficByDate: Traffic }))
    .max(400)
    .nullish(),
  salesAndTrafficByAsin: z
    .array(
      z.looseObject({
        parentAsin: z.string().max(20).nullish(),
        childAsin: z.string().max(20).nullish(),
        sku: z.string().max(200).nullish(),
        salesByAsin: z.looseObject({ orderedProductSales: Money, unitsOrdered: N }).nullish(),
        trafficByAsin: z.looseObject({ pageViews: N, sessions: N }).nullish(),
      }),
    )
    .max(20_000)
    .nullish(),
});

const ASIN = /^[A-Z0-9]{10}$/;
const percent = (n: number | null | undefined) => (n == null || n > 100 ? undefined : scaled(n, -2));
const dollars = (m: z.infer<typeof Money>) =>
  m?.amount != null && m.amount >= 0 && (m.currencyCode ?? 'USD') === 'USD' ? m.amount : undefined;
const count = (n: number | null | undefined) => (n == null ? undefined : n);

function read(body: unknown, ctx: ReadContext): Extraction | undefined {
  const root = body && typeof body === 'object' && 'report' in body ? (body as { report: unknown }).report : body;
  const parsed = Report.safeParse(root);
  if (!parsed.success) return undefined;
  const report = parsed.data;

  const shopDays: { date: string; metrics: ShopMetrics }[] = [];
  for (const row of report.salesAndTrafficByDate ?? []) {
    const date = parseReportDate(row.date);
    if (!plausibleDay(date, ctx.today)) continue;
    const metrics = known<keyof ShopMetrics>({
      salesAmount: dollars(row.salesByDate?.orderedProductSales),
      unitsSold: count(row.salesByDate?.unitsOrdered),
      orders: count(row.salesByDate?.totalOrderItems),
      refundRate: percent(row.salesByDate?.refundRate),
      pv: count(row.trafficByDate?.pageViews),
      uv: count(row.trafficByDate?.sessions),
      conversionRate: percent(row.trafficByDate?.orderItemSessionPercentage),
    });
    if (metrics) shopDays.push({ date, metrics });
  }

  const spec = report.reportSpecification;
  const start = parseReportDate(spec?.dataStartTime ?? undefined);
  const end = parseReportDate(spec?.dataEndTime ?? undefined);
  const oneDay = start && start === end && plausibleDay(start, ctx.today) ? start : undefined;
  const items = new Map<string, ExtractedItem>();
  for (const row of report.salesAndTrafficByAsin ?? []) {
    const itemId = row.childAsin ?? row.parentAsin ?? undefined;
    if (!itemId || !ASIN.test(itemId) || items.has(itemId)) continue;
    const item: ExtractedItem = { itemId };
    const metrics = known<keyof ItemMetrics>({
      salesAmount: dollars(row.salesByAsin?.orderedProductSales),
      unitsSold: count(row.salesByAsin?.unitsOrdered),
      pv: count(row.trafficByAsin?.pageViews),
      uv: count(row.trafficByAsin?.sessions),
      // unitSessionPercentage is units per session (Amazon's own example has 300 %): not a conversion rate.
    });
    if (oneDay && metrics) {
      item.days = [{ date: oneDay, metrics }];
      if ((metrics.unitsSold ?? 0) > 0) item.lastSaleDate = oneDay;
    }
    items.set(itemId, item);
  }
  if (!shopDays.length && !items.size) return undefined;
  return { shopDays, items: [...items.values()] };
}

type Read = (body: unknown, ctx: ReadContext) => Extraction | undefined;

const READERS: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], Read> = {
  'amazon.sales-and-traffic': read,
};

export const ENDPOINT_READERS: readonly EndpointReader[] = ENDPOINT_MATCHERS.map((m) => ({ ...m, read: READERS[m.id] }));
