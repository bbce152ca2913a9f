import type { Currency } from '@/lib/model/currency';
import type { Locale, Translate } from '@/lib/i18n';

/**
 * How ShopMate prints values, in the seller's locale (zh-CN by default); missing → '—'. The one
 * formatter module: popup, options, title guard and analysis all print through it, and the
 * spreadsheet export speaks the same ValueKind. The Intl formatters are built once per locale and
 * style: a 90-day report and its charts format thousands of values, and building an Intl
 * formatter costs tens of µs.
 */

export const MISSING = '—';

/**
 * How a value prints — the one vocabulary for it (tips' figures, report columns, charts, exports):
 * integer (a count), number (2 decimals), money (in the shop's currency), percent (a ratio
 * 0.0322 printed 3.22 %), score (a rating, 2 decimals), days (whole days), date ('YYYY-MM-DD'),
 * text. How a console's number *reads* is another matter: lib/extract/number.ts NumberKind.
 */
export type ValueKind = 'text' | 'date' | 'integer' | 'number' | 'money' | 'percent' | 'score' | 'days';

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

const known = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

export function formatNumber(value: number | undefined, locale: Locale, digits = 0): string {
  return known(value) ? numberFormat(locale, digits).format(value) : MISSING;
}

export function formatMoney(value: number | undefined, locale: Locale, currency: Currency = 'CNY'): string {
  return known(value) ? moneyFormat(locale, currency).format(value) : MISSING;
}

export function formatPercent(ratio: number | undefined, locale: Locale, digits = 2): string {
  return known(ratio) ? percentFormat(locale, digits).format(ratio) : MISSING;
}

/** A value by its kind; a date string as a short date, other text as it is. */
export function formatValue(value: number | string | undefined, kind: ValueKind, locale: Locale, currency: Currency = 'CNY'): string {
  if (value === undefined || value === null) return MISSING;
  if (typeof value === 'string') return kind === 'date' ? shortDate(value, locale) : value;
  if (!Number.isFinite(value)) return MISSING;
  switch (kind) {
    case 'integer':
    case 'days':
      return formatNumber(value, locale, 0);
    case 'money':
      return formatMoney(value, locale, currency);
    case 'percent':
      return formatPercent(value, locale, 2);
    default:
      return formatNumber(value, locale, 2);
  }
}

export function formatTime(epochMs: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(epochMs);
}

export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }).format(
    new Date(y!, m! - 1, d!),
  );
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
