import type { Currency } from '@/lib/model/currency';
import { isMetricKey, metricDef } from '@/lib/model/catalogue';
import type { PlatformId } from '@/lib/model/consoles';
import type { Aggregate } from './aggregate';
import { monthOf } from '@/lib/dates';
import { monthlySheet } from './monthly';
import type { ReportKey, ShopDay } from './report';

/**
 * 全部店铺 · 月度汇总 (issue 13): one row per shop for a month, each shop's month made exactly as
 * its own 月度考核表 makes it (monthly.ts → aggregate.ts: sums over the days known, ratios from
 * the sums). Totals follow the catalogue: a value that is money, or a ratio with money in it
 * (客单价 = 销售额 / 买家数), is totalled only over the shops of one currency — one total per
 * currency; counts and ratios of counts (访客数, 买家数, 转化率 = Σ买家 / Σ访客) over every shop.
 * Yuan and dollars are never added together. The 示例店铺 is made up and left out.
 */

/** The columns of the summary, in order. */
export const ALL_SHOPS_COLUMNS = ['salesAmount', 'uv', 'paidBuyers', 'conversionRate', 'aov'] as const satisfies readonly ReportKey[];
export type AllShopsKey = (typeof ALL_SHOPS_COLUMNS)[number];

/** What the summary needs of a shop (ShopRow fits; `sample` is the 示例店铺's flag). */
export interface SummaryShop {
  key: string;
  platform: PlatformId;
  shopId: string;
  name?: string;
  label?: string;
  currency: Currency;
  sample?: true;
}

/** A month of one shop or of a group of shops: sums, ratios from sums, days each value rests on. */
type Month = Pick<Aggregate, 'days' | 'daysWithData' | 'live'> & {
  cells: Partial<Pick<Aggregate['cells'], AllShopsKey>>;
  coverage: Partial<Pick<Aggregate['coverage'], AllShopsKey>>;
};

export interface ShopMonthRow extends Month {
  shop: SummaryShop;
}

export interface CurrencyTotal extends Month {
  currency: Currency;
  /** Shops of this currency listed, and how many of them have a day of data in the month. */
  shops: number;
  shopsWithData: number;
}

export interface AllShopsMonth {
  month: string; // 'YYYY-MM'
  /** The month includes today: its figures run to today, and today's may still grow. */
  running: boolean;
  /** Every shop (sample left out), most sales first within a currency, shops without data last. */
  rows: ShopMonthRow[];
  /** One per currency, the currency with the most shops first. */
  currencyTotals: CurrencyTotal[];
  /** Over every shop: counts and ratios of counts only — no money (cells of money are absent). */
  total: Month & { shops: number; shopsWithData: number };
  /** Shops with at least one day of data in the month. */
  shopsWithData: number;
}

/** Money, or a ratio with money in its numerator or denominator: only added within one currency. */
export function isMoneyBound(key: string): boolean {
  if (!isMetricKey(key)) return false;
  const def = metricDef(key);
  if (def.kind === 'money') return true;
  return !!def.derive && [def.derive.numerator, def.derive.denominator].some((part) => isMetricKey(part) && metricDef(part).kind === 'money');
}

const pick = (month: Aggregate, keys: readonly AllShopsKey[]): Month => ({
  days: month.days,
  daysWithData: month.daysWithData,
  live: month.live,
  cells: Object.fromEntries(keys.flatMap((k) => (month.cells[k] ? [[k, month.cells[k]]] : []))),
  coverage: Object.fromEntries(keys.flatMap((k) => (month.coverage[k] !== undefined ? [[k, month.coverage[k]]] : []))),
});

/** The month of a set of days, as the 月度考核表 computes it (calendar days so far when running). */
const monthOfDays = (days: readonly ShopDay[], month: string, today: string) => monthlySheet(days, month, month, today)[0]!;

/**
 * The month's summary. `days` may hold any shop's rows of any dates: each shop's rows of the
 * month are used, rows of shops not in `shops` are ignored. Missing values stay missing: a shop
 * with no 访客数 in the month has no 访客数 cell, and it adds nothing (not 0) to a total.
 */
export function allShopsMonth(shops: readonly SummaryShop[], days: readonly (ShopDay & { shopKey: string })[], month: string, today: string): AllShopsMonth {
  const listed = shops.filter((s) => !s.sample);
  const byShop = new Map<string, ShopDay[]>(listed.map((s) => [s.key, []]));
  for (const d of days) if (monthOf(d.date) === month) byShop.get(d.shopKey)?.push(d);

  const rows = listed.map((shop) => ({ shop, ...pick(monthOfDays(byShop.get(shop.key)!, month, today), ALL_SHOPS_COLUMNS) }));
  const withData = (r: ShopMonthRow) => r.daysWithData > 0;

  const currencies = [...new Set(listed.map((s) => s.currency))];
  const currencyTotals = currencies.map((currency): CurrencyTotal => {
    const group = rows.filter((r) => r.shop.currency === currency);
    return {
      currency,
      shops: group.length,
      shopsWithData: group.filter(withData).length,
      ...pick(monthOfDays(group.flatMap((r) => byShop.get(r.shop.key)!), month, today), ALL_SHOPS_COLUMNS),
    };
  });
  currencyTotals.sort((a, b) => b.shops - a.shops || (a.currency < b.currency ? -1 : 1));
  const order = new Map(currencyTotals.map((c, i) => [c.currency, i]));
  rows.sort(
    (a, b) =>
      order.get(a.shop.currency)! - order.get(b.shop.currency)! ||
      Number(withData(b)) - Number(withData(a)) ||
      (b.cells.salesAmount?.value ?? -1) - (a.cells.salesAmount?.value ?? -1) ||
      (a.shop.key < b.shop.key ? -1 : 1),
  );

  // Every shop's days together: only the values that carry no currency are kept.
  const countKeys = ALL_SHOPS_COLUMNS.filter((k) => !isMoneyBound(k));
  const total = {
    shops: rows.length,
    shopsWithData: rows.filter(withData).length,
    ...pick(monthOfDays([...byShop.values()].flat(), month, today), countKeys),
  };
  return { month, running: monthOf(today) === month, rows, currencyTotals, total, shopsWithData: total.shopsWithData };
}

/** A line of the summary as the table and the export show it. */
export type SummaryLine =
  | { kind: 'shop'; row: ShopMonthRow }
  | { kind: 'currency'; total: CurrencyTotal }
  | { kind: 'all'; total: AllShopsMonth['total'] };

/**
 * The summary top to bottom: each currency's shops followed by that currency's total, then —
 * when there is more than one currency — the all-shops line (counts only).
 */
export function summaryLines(summary: AllShopsMonth): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const total of summary.currencyTotals) {
    for (const row of summary.rows) if (row.shop.currency === total.currency) lines.push({ kind: 'shop', row });
    lines.push({ kind: 'currency', total });
  }
  if (summary.currencyTotals.length > 1) lines.push({ kind: 'all', total: summary.total });
  return lines;
}
