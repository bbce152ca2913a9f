/**
 * ShopMate's vocabulary for what a console shows. Every extractor maps the platform's own
 * field names and labels onto these keys; storage, reports and rules speak only these.
 *
 * Units: money in the shop's currency major unit (yuan, dollars — never fen/cents);
 * rates as ratios (0.0322 = 3.22 %); counts as plain numbers.
 * A key that is absent means "missing" — never store 0 or NaN for an unknown value.
 */

export const SHOP_METRIC_KEYS = [
  'pv', // 浏览量
  'uv', // 访客数
  'salesAmount', // 销售额 / 支付金额
  'unitsSold', // 成交件数 / 支付件数
  'paidBuyers', // 支付买家数
  'orders', // 支付订单数
  'conversionRate', // 转化率 (paid buyers / UV)
  'aov', // 客单价 (sales / paid buyers)
  'dsr', // DSR / 店铺评分
  'visitDepth', // 访问深度 / 人均浏览量 (PV / UV)
  'bounceRate', // 跳失率
  'refundAmount', // 退款金额
  'refundRate', // 退款率
  'adSpend', // 推广花费
] as const;
export type ShopMetricKey = (typeof SHOP_METRIC_KEYS)[number];

export const ITEM_METRIC_KEYS = [
  'pv',
  'uv',
  'salesAmount',
  'unitsSold',
  'paidBuyers',
  'conversionRate',
  'bounceRate',
  'cartAdds',
  'refundAmount',
] as const;
export type ItemMetricKey = (typeof ITEM_METRIC_KEYS)[number];

/** Known values only: a missing key is an unknown metric. */
export type MetricValues<K extends string> = Partial<Record<K, number>>;
export type ShopMetrics = MetricValues<ShopMetricKey>;
export type ItemMetrics = MetricValues<ItemMetricKey>;

/** Where a value was read. */
export const CAPTURE_SOURCES = ['api', 'dom', 'import'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

/** Business dates are local calendar days, 'YYYY-MM-DD'. */
export type BusinessDate = string;
export const BUSINESS_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
