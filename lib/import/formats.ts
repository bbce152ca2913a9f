import { z } from 'zod';
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS, type ItemMetricKey, type ShopMetricKey } from '@/lib/model/metrics';
import { PLATFORM_IDS, type PlatformId } from '@/lib/model/pages';

/**
 * The consoles' exported reports ShopMate imports, as data: header words per column (most
 * specific first), which columns a file must have, and what one row is. Sources:
 * shared/fixtures/README.md (生意参谋 宏观监控 columns 统计日期, 支付金额 … with numbers as
 * strings "2,355,109.15", "9.81%", "-"; JD SKU export columns 时间, SKU, 成交金额 …; Amazon "Detail
 * Page Sales and Traffic by Child Item" and "Sales and Traffic by Date" with their header
 * variants), and the consoles' own labels for 拼多多 and 抖店 exports (same words as their pages).
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
    currency: z.enum(['CNY', 'USD']),
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
const amazon = (...names: string[]) => names.flatMap((n) => [`${n} - Total`, `${n} – Total`, `${n} — Total`, n]);

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
      salesAmount: ['支付金额'],
      unitsSold: ['支付件数'],
      pv: ['浏览量', '商品浏览量'],
      // 宏观监控 counts visitors of item pages (商品访客数): the nearest to the shop's UV it has.
      uv: ['访客数', '商品访客数'],
      paidBuyers: ['支付买家数'],
      orders: ['支付子订单数', '支付订单数'],
      conversionRate: ['支付转化率'],
      aov: ['客单价'],
      bounceRate: ['跳失率', '商品详情页跳出率'],
      visitDepth: ['人均浏览量'],
      refundAmount: ['成功退款金额', '退款金额'],
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
      uv: ['商品访客数', '访客数'],
      pv: ['商品浏览量', '浏览量'],
      salesAmount: ['支付金额'],
      unitsSold: ['支付件数'],
      paidBuyers: ['支付买家数'],
      conversionRate: ['商品支付转化率', '支付转化率'],
      bounceRate: ['商品详情页跳出率', '跳失率'],
      cartAdds: ['商品加购件数', '加购件数'],
      refundAmount: ['成功退款金额', '退款金额'],
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
      uv: ['商品访客数', '访客数'],
      pv: ['商品浏览量', '浏览量'],
      salesAmount: ['支付金额'],
      unitsSold: ['支付件数'],
      paidBuyers: ['支付买家数'],
      conversionRate: ['商品支付转化率', '支付转化率'],
      bounceRate: ['商品详情页跳出率', '跳失率'],
      cartAdds: ['商品加购件数', '加购件数'],
      refundAmount: ['成功退款金额', '退款金额'],
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
      salesAmount: ['成交金额'],
      unitsSold: ['成交商品件数', '成交件数'],
      paidBuyers: ['成交客户数'],
      conversionRate: ['成交转化率'],
      pv: ['商品浏览量', '浏览量'],
      uv: ['商品访客数', '访客数'],
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
      salesAmount: ['成交金额'],
      unitsSold: ['成交商品件数', '成交件数'],
      orders: ['成交单量'],
      paidBuyers: ['成交客户数'],
      conversionRate: ['成交转化率'],
      aov: ['客单价'],
      pv: ['浏览量'],
      uv: ['访客数'],
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
      salesAmount: ['成交金额'],
      orders: ['成交订单数'],
      paidBuyers: ['成交买家数'],
      conversionRate: ['成交转化率'],
      aov: ['客单价'],
      uv: ['店铺访客数', '访客数'],
      pv: ['店铺浏览量', '浏览量'],
      refundAmount: ['退款金额', '成功退款金额'],
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
      uv: ['商品访客数'],
      pv: ['商品浏览量'],
      salesAmount: ['成交金额'],
      unitsSold: ['成交件数'],
      paidBuyers: ['成交买家数'],
      conversionRate: ['成交转化率'],
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
      salesAmount: ['成交金额', '用户支付金额'],
      orders: ['成交订单数'],
      paidBuyers: ['成交人数'],
      unitsSold: ['成交件数'],
      conversionRate: ['成交转化率'],
      aov: ['客单价'],
      refundAmount: ['退款金额'],
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
      salesAmount: ['成交金额', '用户支付金额'],
      paidBuyers: ['成交人数'],
      unitsSold: ['成交件数'],
      uv: ['商品点击人数', '商品访客数'],
    },
  },
  {
    id: 'amazon.sales-traffic-by-date',
    platform: 'amazon',
    grain: 'shopDay',
    required: ['date'],
    signature: ['Ordered Product Sales', 'Units Ordered', 'Total Order Items'],
    currency: 'USD',
    dateOrder: 'mdy',
    columns: {
      date: ['Date'],
      salesAmount: ['Ordered Product Sales'],
      unitsSold: ['Units Ordered'],
      orders: ['Total Order Items'],
      pv: amazon('Page Views'),
      // Sessions (visits within 24 h) are Amazon's nearest figure to 访客数.
      uv: amazon('Sessions'),
      conversionRate: ['Order Item Session Percentage'],
    },
  },
  {
    id: 'amazon.sales-traffic-by-child-item',
    platform: 'amazon',
    grain: 'itemRange',
    required: ['itemId'],
    signature: ['Ordered Product Sales', 'Units Ordered', 'Total Order Items', '(Child) ASIN'],
    currency: 'USD',
    itemIdPattern: '^[A-Z0-9]{10}$',
    columns: {
      itemId: ['(Child) ASIN', 'Child ASIN', 'ASIN'],
      title: ['Title'],
      sku: ['SKU'],
      uv: amazon('Sessions'),
      pv: amazon('Page Views'),
      unitsSold: ['Units Ordered'],
      salesAmount: ['Ordered Product Sales'],
      // Not imported: "Unit Session Percentage" is units per session (300 % happens), not a conversion rate.
    },
  },
];

export const REPORT_FORMATS: readonly ReportFormat[] = RAW.map((f) => ReportFormatSchema.parse(f));

export const formatById = (id: string) => REPORT_FORMATS.find((f) => f.id === id);

/** Platforms with at least one importable report, in the registry's order. */
export const IMPORT_PLATFORMS: readonly PlatformId[] = PLATFORM_IDS.filter((p) => REPORT_FORMATS.some((f) => f.platform === p));
