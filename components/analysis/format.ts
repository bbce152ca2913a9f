import type { Figure, TipParam } from '@/lib/analysis/tips';
import { formatNumber, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { Currency } from '@/lib/model/currency';

/** The analysis views' own pieces of printing; values themselves print through lib/format.ts. */

export const changeClass = (change: number | null | undefined, goodWhenUp = true) =>
  change === undefined || change === 0 ? '' : change === null || change > 0 === goodWhenUp ? 'good' : 'bad';

const isFigure = (p: TipParam): p is Figure => typeof p === 'object' && p !== null && 'kind' in p;

/** A tip's params, formatted for its i18n message. */
export function formatParams(params: Record<string, TipParam>, locale: Locale, currency: Currency): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, p]) => [k, isFigure(p) ? formatValue(p.value, p.kind, locale, currency) : typeof p === 'number' ? formatNumber(p, locale, 0) : p]),
  );
}
