import type { ItemMetricKey, ShopMetricKey } from '@/lib/model/metrics';
import type { NumberKind } from './number';

/**
 * How each ShopMate metric is printed, so a label's number is parsed in its lane: a rate needs
 * a %, money may carry ¥/$, a count may carry 万/亿. Used by the label reader by default.
 *
 * @example parseConsoleNumber(text, METRIC_KINDS.conversionRate) // '3.20%' → 0.032
 */
export const METRIC_KINDS: Record<ShopMetricKey | ItemMetricKey, NumberKind> = {
  pv: 'count',
  uv: 'count',
  salesAmount: 'money',
  unitsSold: 'count',
  paidBuyers: 'count',
  orders: 'count',
  conversionRate: 'ratio',
  aov: 'money',
  dsr: 'score',
  visitDepth: 'score',
  bounceRate: 'ratio',
  refundAmount: 'money',
  refundRate: 'ratio',
  adSpend: 'money',
  cartAdds: 'count',
};

export const kindOf = (key: string): NumberKind =>
  (METRIC_KINDS as Record<string, NumberKind | undefined>)[key] ?? 'count';
