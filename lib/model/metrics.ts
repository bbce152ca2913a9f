/**
 * ShopMate's vocabulary for what a console shows. Every extractor maps the platform's own
 * field names and labels onto these keys; storage, reports and rules speak only these.
 *
 * Units: money in the shop's currency major unit (yuan, dollars — never fen/cents);
 * rates as ratios (0.0322 = 3.22 %); counts as plain numbers.
 * A key that is absent means "missing" — never store 0 or NaN for an unknown value.
 */

// Keys and their scopes come from the metric catalogue (lib/model/catalogue.ts): one entry per metric.
export { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from './catalogue';
export type { ItemMetricKey, MetricKey, ShopMetricKey } from './catalogue';
import type { ItemMetricKey, ShopMetricKey } from './catalogue';

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

/**
 * Paying buyers of a day (shop or item): as read, else implied by conversion × UV, else by
 * sales ÷ AOV (shops only: items have no AOV). Undefined when nothing implies them.
 */
export function buyersOf(m: Pick<ShopMetrics, 'paidBuyers' | 'conversionRate' | 'uv' | 'salesAmount' | 'aov'>): number | undefined {
  if (m.paidBuyers !== undefined) return m.paidBuyers;
  if (m.conversionRate !== undefined && m.uv !== undefined) return m.conversionRate * m.uv;
  if (m.salesAmount !== undefined && m.aov !== undefined && m.aov > 0) return m.salesAmount / m.aov;
  return undefined;
}
