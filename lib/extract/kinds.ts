import { CATALOGUE, METRIC_KEYS, kindOfMetric, type MetricKey } from '@/lib/model/catalogue';
import type { NumberKind } from './number';

/**
 * How each ShopMate metric is printed, so a label's number is parsed in its lane: a rate needs
 * a %, money may carry ¥/$, a count may carry 万/亿. From the metric catalogue.
 *
 * @example parseConsoleNumber(text, METRIC_KINDS.conversionRate) // '3.20%' → 0.032
 */
export const METRIC_KINDS = Object.fromEntries(
  METRIC_KEYS.map((key) => [key, asNumberKind(CATALOGUE[key].kind)]),
) as Record<MetricKey, NumberKind>;

export const kindOf = (key: string): NumberKind => asNumberKind(kindOfMetric(key));

/** A duration prints like a count of seconds to the number reader. */
function asNumberKind(kind: ReturnType<typeof kindOfMetric>): NumberKind {
  return kind === 'duration' ? 'count' : kind;
}
