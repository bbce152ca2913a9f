import { readDayTables } from '@/lib/extract/day-tables';
import { readTableByHeaders, type LabelSynonyms } from '@/lib/extract/labels';
import { parseMoney } from '@/lib/extract/money';
import type { RatingLabels } from '@/lib/extract/rating';
import { amazonLabels } from '@/lib/extract/synonyms';
import { parseReportDate, plausibleDay } from '@/lib/import/values';
import { currencyOfAmounts, type Currency } from '@/lib/model/currency';
import type { ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import { readItemTable, withShopRating, type ItemColumns } from '../shop-item-readers';
import type { Extraction, ReadContext } from '../types';
import { currencyOf } from './pages';
import { once } from '@/lib/once';

/**
 * Seller Central pages read by their column headers, in every interface language it has
 * (English, 中文, 日本語 — the words are the metric catalogue's, lib/model/catalogue.ts, with the
 * report's "- Total" / "– 总计" / "- 合計" variants; case never matters):
 * - Business Reports "Sales and Traffic by Date": one row per day → shop days;
 * - "Detail Page Sales and Traffic by Child Item/SKU": items, with per-day numbers when the
 *   report's range is one day (the hash's fromDate = toDate);
 * - Manage All Inventory: item facts (title, ASIN, price, available units, status);
 * - Feedback Manager: the seller's feedback rating (out of 5) as the shop's DSR; Voice of the
 *   Customer: each offer's star rating as the item's rating.
 * Money is read on every marketplace in the marketplace's currency — the amounts' own marks
 * (CA$, €, £, ￥) or else the console's (lib/model/currency.ts) — and sent with it; an amount in
 * another currency than the page's is missing.
 */
const METRICS = ['salesAmount', 'unitsSold', 'orders', 'pv', 'uv', 'conversionRate'] as const;

export const dayColumns = once(() => ({
  date: ['Date', '日期', '日付'],
  ...amazonLabels(METRICS),
} as const satisfies LabelSynonyms<ShopMetricKey | 'date'>));

export const itemColumns = once(() => ({
  // The child ASIN is the item; a "(Parent) ASIN" column is left unread. Full-width brackets fold to these.
  itemId: ['(Child) ASIN', 'Child ASIN', 'ASIN', '(子)ASIN'],
  title: ['Title', 'Product name', 'Product details', '商品名称', '标题', 'タイトル'],
  sku: ['SKU'],
  price: ['Price', 'Price + Shipping', 'Your price'],
  stock: ['Available', 'Available inventory', 'Inventory'],
  status: ['Status', 'Listing status'],
  ...amazonLabels(['salesAmount', 'unitsSold', 'pv', 'uv']),
} as const satisfies ItemColumns));

/** The day table's metric columns without its date column, one object: the reader caches its lookup by identity. */
const dayLabels = once(() => {
  const { date: _date, ...labels } = dayColumns();
  return labels;
});

/** Feedback Manager's summary: the seller's rating over the last 12 months, out of 5. */
export const RATING: RatingLabels = { overall: ['Feedback rating', 'Seller feedback rating', 'Seller rating'] };

/**
 * Voice of the Customer: one row per offer with its star rating. Only the ASIN and the rating:
 * the product name there is shortened, and the title assistant takes a title seen on a page as
 * the listing's current one.
 */
export const RATING_COLUMNS = {
  itemId: ['ASIN', '(Child) ASIN', 'Child ASIN'],
  rating: ['Star rating', 'Average star rating', 'Product star rating', 'Average customer rating'],
} as const satisfies ItemColumns;

const ASIN = /^[A-Z0-9]{10}$/;

/** The page's currency: what its amounts say, else the console's marketplace. */
export function pageCurrency(root: ParentNode, ctx: ReadContext, columns: readonly string[][]): Currency {
  const amounts: string[] = [];
  for (const words of columns) {
    const table = readTableByHeaders(root, { money: words }, { minColumns: 1, maxRows: 50 });
    for (const row of table?.rows ?? []) amounts.push(row.text.money ?? '');
  }
  return currencyOfAmounts(amounts, currencyOf(ctx.url));
}

/** Day-first dates (03/04/2026 = 3 April) on the European console, month first elsewhere. */
const dateOrderOf = (ctx: ReadContext) => (ctx.url.hostname === 'sellercentral-europe.amazon.com' ? 'dmy' : 'mdy');

/** The report's single day: Business Reports keep the range in the hash (fromDate, toDate). */
export function reportDay(ctx: ReadContext): string | undefined {
  const hash = ctx.url.hash.replace(/^#[^?]*\??/, '');
  const q = new URLSearchParams(hash);
  const from = parseReportDate(q.get('fromDate') ?? ctx.url.searchParams.get('fromDate') ?? undefined);
  const to = parseReportDate(q.get('toDate') ?? ctx.url.searchParams.get('toDate') ?? undefined);
  return from && from === to && plausibleDay(from, ctx.today) ? from : undefined;
}

export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  if (ctx.pageKind === 'dashboard') return readDays(root, ctx);
  if (ctx.pageKind === 'reviews') {
    // Rows without a readable rating add nothing (a review list names ASINs too).
    const items = readItemTable(root, RATING_COLUMNS, { idPattern: ASIN, idPrefixes: ['ASIN'] })?.items.filter((i) => i.rating !== undefined) ?? [];
    return withShopRating(items.length ? { shopDays: [], items } : undefined, root, ctx, RATING);
  }
  if (ctx.pageKind === 'itemList') {
    const currency = pageCurrency(root, ctx, [[...itemColumns().salesAmount], [...itemColumns().price]]);
    const read = readItemTable(root, itemColumns(), {
      idPattern: ASIN,
      linkParams: ['asin'],
      linkPattern: /\/dp\/([A-Z0-9]{10})/,
      idPrefixes: ['ASIN'],
      date: reportDay(ctx),
      statusWords: { onSale: ['Active', '在售', '出品中'], delisted: ['Inactive', 'Closed', 'Suppressed', 'Out of stock', '不可售', '停售'] },
      money: (text) => parseMoney(text, currency),
    });
    return read && { ...read, currency };
  }
  return undefined;
}

/** "Sales and Traffic by Date": every row is a day (lib/extract/day-tables.ts). */
function readDays(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  const currency = pageCurrency(root, ctx, [[...dayColumns().salesAmount]]);
  const { days } = readDayTables(root, dayLabels(), { today: ctx.today, dateOrder: dateOrderOf(ctx), money: (text) => parseMoney(text, currency) });
  const shopDays = [...days].filter(([, metrics]) => Object.keys(metrics).length).map(([date, metrics]) => ({ date, metrics: metrics as ShopMetrics }));
  return shopDays.length ? { shopDays, items: [], currency } : undefined;
}
