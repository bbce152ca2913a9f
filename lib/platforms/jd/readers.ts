import { apiFields } from '@/lib/model/catalogue';
import { z } from 'zod';
import { jsonNumber, known, parseReportDate, plausibleDay } from '@/lib/import/values';
import type { ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import type { EndpointReader, Extraction, ReadContext } from '../types';
import { ENDPOINT_MATCHERS } from './endpoints';

/**
 * 京东商智's low-code trend answers: `{header: {code: 0}, body: {data: [{trend: {categories:
 * [days], series: [{code, data: [values]}]}}]}}` (public seller tools, 2026). Each series is one
 * indicator code; the codes below were cross-checked there against 商智's own labels. Money is
 * yuan, rates are ratios (0.086). Codes with `##…` (comparisons, industry) and goods-level
 * traffic codes are not the shop's numbers: ignored. Categories that are not days (hours of a
 * real-time trend) are skipped.
 */
// 成交金额, 成交单量, 成交客户数, 成交商品件数, 客单价, 成交转化率 (店铺), 访客数 and 浏览量 (进店): the catalogue's JD codes.
export const JD_INDICATORS: Readonly<Record<string, ShopMetricKey>> = apiFields('jd', 'shop');

const KIND = { salesAmount: 'money', aov: 'money', conversionRate: 'ratio' } as const;

const Value = z.union([z.number(), z.string().max(60), z.null()]);
const Trend = z.looseObject({
  categories: z.array(z.union([z.string().max(40), z.number()])).max(400),
  series: z.array(z.looseObject({ code: z.string().max(200), data: z.array(Value).max(400) })).max(200),
});
const Answer = z.looseObject({
  header: z.looseObject({ code: z.union([z.number(), z.string().max(20)]) }),
  body: z.looseObject({ data: z.union([z.array(z.looseObject({ trend: Trend.optional() })).max(50), z.looseObject({ trend: Trend.optional() })]) }),
});

function readTrend(body: unknown, ctx: ReadContext): Extraction | undefined {
  const parsed = Answer.safeParse(body);
  if (!parsed.success || Number(parsed.data.header.code) !== 0) return undefined;
  const blocks = Array.isArray(parsed.data.body.data) ? parsed.data.body.data : [parsed.data.body.data];
  const days = new Map<string, Partial<Record<ShopMetricKey, number | undefined>>>();
  for (const { trend } of blocks) {
    if (!trend) continue;
    const dates = trend.categories.map((c) => {
      const date = parseReportDate(String(c), { today: ctx.today });
      return plausibleDay(date, ctx.today) ? date : undefined;
    });
    for (const series of trend.series) {
      const key = JD_INDICATORS[series.code];
      if (!key) continue;
      const kind = (KIND as Partial<Record<ShopMetricKey, 'money' | 'ratio'>>)[key] ?? 'count';
      series.data.forEach((value, i) => {
        const date = dates[i];
        const n = jsonNumber(value, kind);
        if (!date || n === undefined) return;
        days.set(date, { ...days.get(date), [key]: n });
      });
    }
  }
  const shopDays = [...days]
    .map(([date, values]) => ({ date, metrics: known(values) }))
    .filter((d): d is { date: string; metrics: ShopMetrics } => d.metrics !== undefined);
  return shopDays.length ? { shopDays, items: [] } : undefined;
}

type Read = (body: unknown, ctx: ReadContext) => Extraction | undefined;

const READERS: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], Read> = {
  'jd.lowcode-trend': readTrend,
};

export const ENDPOINT_READERS: readonly EndpointReader[] = ENDPOINT_MATCHERS.map((m) => ({ ...m, read: READERS[m.id] }));
