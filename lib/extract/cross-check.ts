import { CATALOGUE, type ShopMetricKey } from '@/lib/model/catalogue';
import type { ShopMetrics } from '@/lib/model/metrics';

/**
 * Cross-checks of one day's shop numbers against each other, from the catalogue's derivations
 * (conversion = buyers / visitors, AOV = sales / buyers, visit depth = PV / UV, refund rate =
 * refunds / sales): where a page shows a ratio and both its parts, they must agree within
 * `tolerance` (relative). A ratio that does not is flagged — kept, shown as doubtful in 今日,
 * and never silently taken as a fact. Pure.
 *
 * @example crossCheck({ uv: 1000, paidBuyers: 30, conversionRate: 0.3 }, 0.05) // ['conversionRate']
 */
export function crossCheck(metrics: ShopMetrics, tolerance: number): ShopMetricKey[] {
  const flagged: ShopMetricKey[] = [];
  for (const key of Object.keys(metrics) as ShopMetricKey[]) {
    const derive = (CATALOGUE[key] as { derive?: { numerator: string; denominator: string } }).derive;
    const shown = metrics[key];
    if (!derive || shown === undefined) continue;
    const top = metrics[derive.numerator as ShopMetricKey];
    const bottom = metrics[derive.denominator as ShopMetricKey];
    if (top === undefined || bottom === undefined || bottom === 0) continue;
    const expected = top / bottom;
    // Consoles round what they print (3.2 %, ¥58.4): a difference within the rounding of the
    // shown value itself is never a disagreement.
    const slack = Math.max(tolerance * Math.abs(expected), roundingOf(key));
    if (Math.abs(shown - expected) > slack) flagged.push(key);
  }
  return flagged;
}

/** Half the last printed digit: 0.005 % for a ratio shown to 2 decimals of a percent, half a cent of money. */
function roundingOf(key: ShopMetricKey): number {
  const kind = CATALOGUE[key].kind;
  return kind === 'ratio' ? 0.00005 : kind === 'money' ? 0.005 : 0.005;
}
