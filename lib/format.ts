import type { Currency } from '@/lib/model/currency';
import type { Locale } from '@/lib/i18n';

/** Number and date formatting for the seller's locale (zh-CN by default). Missing → '—'. */

export const MISSING = '—';

export function formatNumber(value: number | undefined, locale: Locale, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return MISSING;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

export function formatMoney(value: number | undefined, locale: Locale, currency: Currency = 'CNY'): string {
  if (value === undefined || !Number.isFinite(value)) return MISSING;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(ratio: number | undefined, locale: Locale, digits = 2): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return MISSING;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(ratio);
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
