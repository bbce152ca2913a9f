import { z } from 'zod';
import { amazonWords } from '@/lib/extract/synonyms';
import { CATALOGUE, METRIC_KEYS, type MetricDef, type MetricKey } from '@/lib/model/catalogue';
import { CURRENCIES } from '@/lib/model/currency';
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS, type ItemMetricKey, type ShopMetricKey } from '@/lib/model/metrics';
import { PLATFORM_IDS, type PlatformId } from '@/lib/model/consoles';

/**
 * The consoles' exported reports ShopMate imports, as data: which columns a file must have, what
 * one row is, and the header words of the columns that are not metrics. Each metric's column
 * words are the metric catalogue's (lib/model/catalogue.ts `exports`, by report id; Amazon's in
 * English, 中文 and 日本語); where they come from is in docs/console-words.md.
 *
 * Grains: `shopDay` — a row is one day of the shop; `itemDay` — one item on one day;
 * `itemRange` — one item over the report's range (no date column: the seller says which day,
 * or imports the items without numbers).
 */
export const COLUMN_KEYS = ['date', 'itemId', 'title', 'sku', ...SHOP_METRIC_KEYS, ...ITEM_METRIC_KEYS] as const;
export type ColumnKey = 'date' | 'itemId' | 'title' | 'sku' | ShopMetricKey | ItemMetricKey;

export const GRAINS = ['shopDay', 'itemDay', 'itemRange'] as const;
export type Grain = (typeof GRAINS)[number];

export const ReportFormatSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
    platform: z.enum(PLATFORM_IDS),
    grain: z.enum(GRAINS),
    columns: z.partialRecord(z.enum(COLUMN_KEYS), z.array(z.string().min(1).max(60)).min(1)),
    /** Columns the file must have to be this report. */
    required: z.array(z.enum(COLUMN_KEYS)).min(1),
    /** Header words only this console writes: they decide between look-alike Chinese reports. */
    signature: z.array(z.string().min(1)).min(1),
    /** For 03/04/2026: Amazon US writes month first. */
    dateOrder: z.enum(['mdy', 'dmy']).default('mdy'),
    /** Money is stored in this currency; cells in another one are rejected. */
    currency: z.enum(CURRENCIES),
    /**
     * The file's amounts name its currency (Amazon: each marketplace's, CA$ / € / ￥): the one they
     * agree on is the file's, `currency` when they carry no mark.
     */
    currencyFromCells: z.boolean().default(false),
    /** What an item id looks like (source of a RegExp). */
    itemIdPattern: z.string().optional(),
  })
  .superRefine((f, ctx) => {
    for (const key of f.required) if (!f.columns[key]) ctx.addIssue({ code: 'custom', message: `${f.id}: required ${key} has no header words` });
    const itemGrain = f.grain !== 'shopDay';
    if (itemGrain !== f.required.includes('itemId')) ctx.addIssue({ code: 'custom', message: `${f.id}: item reports (only) require itemId` });
    if (f.grain === 'itemRange' && f.columns.date) ctx.addIssue({ code: 'custom', message: `${f.id}: a range report has no date column` });
    if (f.grain !== 'itemRange' && !f.required.includes('date')) ctx.addIssue({ code: 'custom', message: `${f.id}: day reports require date` });
    const allowed: readonly string[] = f.grain === 'shopDay' ? SHOP_METRIC_KEYS : ITEM_METRIC_KEYS;
    for (const key of Object.keys(f.columns)) {
      if (!['date', 'itemId', 'title', 'sku'].includes(key) && !allowed.includes(key)) ctx.addIssue({ code: 'custom', message: `${f.id}: ${key} is not a ${f.grain} metric` });
    }
  });
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** Amazon header variants: "- Total", "– Total" (en dash), none; case is ignored when matching. */
/** A format's metric columns: each metric's words for this report id, from the metric catalogue. */
function metricColumns(formatId: string): Partial<Record<MetricKey, string[]>> {
  const out: Partial<Record<MetricKey, string[]>> = {};
  for (const key of METRIC_KEYS) {
    const words = (CATALOGUE[key] as MetricDef).exports?.[formatId];
    if (words) out[key] = [...words];
  }
  return out;
}

/** Business Reports columns in English, 中文 and 日本語, with their "- Total" variants (the catalogue's Amazon words). */
const amazonColumns = (keys: readonly MetricKey[]) => Object.fromEntries(keys.map((k) => [k, amazonWords(k)]));

/** Signature words of Business Reports in each interface language. */
const AMAZON_SIGNATURE = ['Ordered Product Sales', 'Units Ordered', 'Total Order Items', '已订购商品销售额', '已订购商品数量', '订单商品总数', '注文商品の売上額', '注文された商品点数', '注文品目総数'];

const RAW: z.input<typeof ReportFormatSchema>[] = [
  {
    id: 'taobao.sycm-shop-daily',
    platform: 'taobao',
    grain: 'shopDay',
    required: ['date'],
    signature: ['支付金额', '支付买家数', '支付转化率', '支付件数'],
    currency: 'CNY',
    columns: {
      date: ['统计日期', '日期', '时间'],
      ...metricColumns('taobao.sycm-shop-daily'),
    },
  },
  {
    id: 'taobao.sycm-item-daily',
    platform: 'taobao',
    grain: 'itemDay',
    required: ['date', 'itemId'],
    signature: ['支付金额', '支付买家数', '支付转化率', '支付件数', '商品详情页跳出率'],
    currency: 'CNY',
    itemIdPattern: '^\\d{5,20}$',
    columns: {
      date: ['统计日期', '日期'],
      itemId: ['商品ID', '宝贝ID'],
      title: ['商品名称', '商品标题', '宝贝名称'],
      ...metricColumns('taobao.sycm-item-daily'),
    },
  },
  {
    id: 'taobao.sycm-item-range',
    platform: 'taobao',
    grain: 'itemRange',
    required: ['itemId'],
    signature: ['支付金额', '支付买家数', '支付转化率', '支付件数', '商品详情页跳出率'],
    currency: 'CNY',
    itemIdPattern: '^\\d{5,20}$',
    columns: {
      itemId: ['商品ID', '宝贝ID'],
      title: ['商品名称', '商品标题', '宝贝名称'],
      ...metricColumns('taobao.sycm-item-range'),
    },
  },
  {
    id: 'jd.sku-daily',
    platform: 'jd',
    grain: 'itemDay',
    required: ['date', 'itemId'],
    signature: ['SKU', '成交客户数', '成交商品件数', '成交单量'],
    currency: 'CNY',
    itemIdPattern: '^\\d{5,20}$',
    columns: {
      date: ['时间', '日期', '统计日期'],
      itemId: ['SKU', 'SKU编号', 'SKU ID', '商品编号'],
      title: ['商品名称', 'SKU名称'],
      ...metricColumns('jd.sku-daily'),
    },
  },
  {
    id: 'jd.shop-daily',
    platform: 'jd',
    grain: 'shopDay',
    required: ['date'],
    signature: ['成交客户数', '成交商品件数', '成交单量'],
    currency: 'CNY',
    columns: {
      date: ['时间', '日期', '统计日期'],
      ...metricColumns('jd.shop-daily'),
    },
  },
  {
    id: 'pinduoduo.shop-daily',
    platform: 'pinduoduo',
    grain: 'shopDay',
    required: ['date'],
    signature: ['成交订单数', '成交买家数', '店铺访客数', '店铺浏览量'],
    currency: 'CNY',
    columns: {
      date: ['统计日期', '日期', '时间'],
      ...metricColumns('pinduoduo.shop-daily'),
    },
  },
  {
    id: 'pinduoduo.goods-daily',
    platform: 'pinduoduo',
    grain: 'itemDay',
    required: ['date', 'itemId'],
    signature: ['成交订单数', '成交买家数', '商品收藏用户数', '商品访客数'],
    currency: 'CNY',
    itemIdPattern: '^\\d{5,20}$',
    columns: {
      date: ['统计日期', '日期'],
      itemId: ['商品ID', '商品编号'],
      title: ['商品名称', '商品'],
      ...metricColumns('pinduoduo.goods-daily'),
    },
  },
  {
    id: 'douyin.shop-daily',
    platform: 'douyin',
    grain: 'shopDay',
    required: ['date'],
    signature: ['成交人数', '用户支付金额', '成交订单数', '千次观看成交金额'],
    currency: 'CNY',
    columns: {
      date: ['日期', '统计日期', '时间'],
      ...metricColumns('douyin.shop-daily'),
    },
  },
  {
    id: 'douyin.product-daily',
    platform: 'douyin',
    grain: 'itemDay',
    required: ['date', 'itemId'],
    signature: ['成交人数', '商品点击人数', '商品曝光人数'],
    currency: 'CNY',
    itemIdPattern: '^\\d{5,25}$',
    columns: {
      date: ['日期', '统计日期'],
      itemId: ['商品ID'],
      title: ['商品名称', '商品'],
      ...metricColumns('douyin.product-daily'),
    },
  },
  {
    id: 'amazon.sales-traffic-by-date',
    platform: 'amazon',
    grain: 'shopDay',
    required: ['date'],
    signature: AMAZON_SIGNATURE,
    currency: 'USD',
    currencyFromCells: true,
    dateOrder: 'mdy',
    columns: {
      date: ['Date', '日期', '日付'],
      ...amazonColumns(['salesAmount', 'unitsSold', 'orders', 'pv', 'uv', 'conversionRate']),
    },
  },
  {
    id: 'amazon.sales-traffic-by-child-item',
    platform: 'amazon',
    grain: 'itemRange',
    required: ['itemId'],
    signature: [...AMAZON_SIGNATURE, '(Child) ASIN', '(子)ASIN'],
    currency: 'USD',
    currencyFromCells: true,
    itemIdPattern: '^[A-Z0-9]{10}$',
    columns: {
      // Full-width brackets (（子）ASIN) fold to these when headers are compared.
      itemId: ['(Child) ASIN', 'Child ASIN', 'ASIN', '(子)ASIN'],
      title: ['Title', '商品名称', '标题', 'タイトル'],
      sku: ['SKU'],
      ...amazonColumns(['uv', 'pv', 'unitsSold', 'salesAmount']),
    },
  },
];

export const REPORT_FORMATS: readonly ReportFormat[] = RAW.map((f) => ReportFormatSchema.parse(f));

export const formatById = (id: string) => REPORT_FORMATS.find((f) => f.id === id);

/** Platforms with at least one importable report, in the registry's order. */
export const IMPORT_PLATFORMS: readonly PlatformId[] = PLATFORM_IDS.filter((p) => REPORT_FORMATS.some((f) => f.platform === p));
