import type { Figure, TipParam, ValueKind } from '@/lib/analysis/tips';
import { MISSING } from '@/lib/format';
import type { Locale, Translate } from '@/lib/i18n';

/**
 * Formatting of analysis values by kind, in the seller's locale; missing → '—'. Same output as
 * lib/format.ts, with the Intl formatters built once per locale and style: a 90-day report and
 * its charts format thousands of values, and building an Intl formatter costs tens of µs.
 */

import type { Currency } from '@/lib/model/currency';
export type { Currency };

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const numberFormat = (locale: Locale, digits: number) =>
  cached(`n|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
const moneyFormat = (locale: Locale, currency: Currency) =>
  cached(`m|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }));
const percentFormat = (locale: Locale, digits: number) =>
  cached(`p|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }));

const formatNumber = (v: number, locale: Locale, digits: number) => numberFormat(locale, digits).format(v);
const formatMoney = (v: number, locale: Locale, currency: Currency) => moneyFormat(locale, currency).format(v);
const formatPercent = (v: number, locale: Locale, digits: number) => percentFormat(locale, digits).format(v);

export function formatValue(value: number | string | undefined, kind: ValueKind | 'percent1', locale: Locale, currency: Currency = 'CNY'): string {
  if (value === undefined || value === null) return MISSING;
  if (typeof value === 'string') return kind === 'date' ? shortDate(value, locale) : value;
  if (!Number.isFinite(value)) return MISSING;
  switch (kind) {
    case 'integer':
      return formatNumber(value, locale, 0);
    case 'money':
      return formatMoney(value, locale, currency);
    case 'percent':
      return formatPercent(value, locale, 2);
    case 'percent1':
      return formatPercent(value, locale, 1);
    case 'score':
      return formatNumber(value, locale, 2);
    case 'days':
      return formatNumber(value, locale, 0);
    default:
      return formatNumber(value, locale, 2);
  }
}

/** '2026-11-20' → '11月20日' / 'Nov 20' (with the year when it is not this year's). */
export function shortDate(date: string, locale: Locale, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number);
  const f = cached(`d|${locale}|${withYear}`, () => new Intl.DateTimeFormat(locale, { ...(withYear ? { year: 'numeric' } : {}), month: 'short', day: 'numeric', timeZone: 'UTC' }));
  return f.format(Date.UTC(y!, m! - 1, d!));
}

/** '2026-11' → '2026年11月'. */
export function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return cached(`M|${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(Date.UTC(y!, m! - 1, 1));
}

/** A relative change as '+12.5%' / '−12.5%'; null (from zero) as the catalog's words. */
export function formatChange(change: number | null | undefined, locale: Locale, t: Translate): string {
  if (change === undefined) return MISSING;
  if (change === null) return t('analysis.change.fromZero');
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatPercent(Math.abs(change), locale, 1)}`;
}

/** A difference of two shares as percentage points: '+26.7 个百分点' / '+26.7 pts'. */
export function formatPoints(change: number, locale: Locale, t: Translate): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return t('analysis.sources.points', { value: `${sign}${formatNumber(Math.abs(change) * 100, locale, 1)}` });
}

export const changeClass = (change: number | null | undefined, goodWhenUp = true) =>
  change === undefined || change === 0 ? '' : change === null || change > 0 === goodWhenUp ? 'good' : 'bad';

const isFigure = (p: TipParam): p is Figure => typeof p === 'object' && p !== null && 'kind' in p;

/** A tip's params, formatted for its i18n message. */
export function formatParams(params: Record<string, TipParam>, locale: Locale, currency: Currency): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, p]) => [k, isFigure(p) ? formatValue(p.value, p.kind, locale, currency) : typeof p === 'number' ? formatNumber(p, locale, 0) : p]),
  );
}
