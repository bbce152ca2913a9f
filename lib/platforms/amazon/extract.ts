import { readTableByHeaders, type LabelSynonyms } from '@/lib/extract/labels';
import { parseConsoleNumber } from '@/lib/extract/number';
import type { RatingLabels } from '@/lib/extract/rating';
import { parseReportDate, plausibleDay } from '@/lib/import/values';
import type { ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import { readItemTable, withShopRating, type ItemColumns } from '../console-dom';
import type { Extraction, ReadContext } from '../types';

/**
 * Seller Central pages read by their column headers (English, the console's wording; variants
 * with en dashes and without "- Total" as the report CSVs have them — case never matters):
 * - Business Reports "Sales and Traffic by Date": one row per day → shop days;
 * - "Detail Page Sales and Traffic by Child Item/SKU": items, with per-day numbers when the
 *   report's range is one day (the hash's fromDate = toDate);
 * - Manage All Inventory: item facts (title, ASIN, price, available units, status);
 * - Feedback Manager: the seller's feedback rating (out of 5) as the shop's DSR; Voice of the
 *   Customer: each offer's star rating as the item's rating. Ratings carry no currency: read on
 *   every marketplace's console.
 * Numbers are read on the US console only and money only in dollars: ShopMate stores Amazon
 * money as USD, and the EU/JP consoles print other currencies and separators.
 */
const variants = (...names: string[]) =>
  names.flatMap((n) => [n, `${n} - Total`, `${n} – Total`, `${n} — Total`]);

export const DAY_COLUMNS = {
  date: ['Date'],
  salesAmount: variants('Ordered Product Sales'),
  unitsSold: variants('Units Ordered'),
  orders: variants('Total Order Items'),
  pv: variants('Page Views'),
  uv: variants('Sessions'),
  conversionRate: variants('Order Item Session Percentage'),
} as const satisfies LabelSynonyms<ShopMetricKey | 'date'>;

export const ITEM_COLUMNS = {
  // The child ASIN is the item; a "(Parent) ASIN" column is left unread.
  itemId: ['(Child) ASIN', 'Child ASIN', 'ASIN'],
  title: ['Title', 'Product name', 'Product details'],
  sku: ['SKU'],
  price: ['Price', 'Price + Shipping', 'Your price'],
  stock: ['Available', 'Available inventory', 'Inventory'],
  status: ['Status', 'Listing status'],
  salesAmount: variants('Ordered Product Sales'),
  unitsSold: variants('Units Ordered'),
  pv: variants('Page Views'),
  uv: variants('Sessions'),
  // Not read: "Unit Session Percentage" is units per session (300 % happens), not a conversion rate.
} as const satisfies ItemColumns;

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
const US = 'sellercentral.amazon.com';

/** Dollars only: "$1,234.56", "US$12", "1,234.56"; never €/£/¥ or CA$/MX$/A$. */
export function dollars(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const plain = text.replace(/US\$/g, '$');
  if (/[€£¥₹￥]|[A-Z]\$|\b(?:EUR|GBP|JPY|CAD|MXN|INR|AUD)\b/.test(plain)) return undefined;
  return parseConsoleNumber(plain, 'money');
}

/** The report's single day: Business Reports keep the range in the hash (fromDate, toDate). */
export function reportDay(ctx: ReadContext): string | undefined {
  const hash = ctx.url.hash.replace(/^#[^?]*\??/, '');
  const q = new URLSearchParams(hash);
  const from = parseReportDate(q.get('fromDate') ?? ctx.url.searchParams.get('fromDate') ?? undefined);
  const to = parseReportDate(q.get('toDate') ?? ctx.url.searchParams.get('toDate') ?? undefined);
  return from && from === to && plausibleDay(from, ctx.today) ? from : undefined;
}

export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  const numbers = ctx.url.hostname === US;
  if (ctx.pageKind === 'dashboard') return numbers ? readDays(root, ctx) : undefined;
  if (ctx.pageKind === 'reviews') {
    // Rows without a readable rating add nothing (a review list names ASINs too).
    const items = readItemTable(root, RATING_COLUMNS, { idPattern: ASIN, idPrefixes: ['ASIN'] })?.items.filter((i) => i.rating !== undefined) ?? [];
    return withShopRating(items.length ? { shopDays: [], items } : undefined, root, ctx, RATING);
  }
  if (ctx.pageKind === 'itemList') {
    return readItemTable(root, ITEM_COLUMNS, {
      idPattern: ASIN,
      linkParams: ['asin'],
      linkPattern: /\/dp\/([A-Z0-9]{10})/,
      idPrefixes: ['ASIN'],
      date: numbers ? reportDay(ctx) : undefined,
      statusWords: { onSale: ['Active'], delisted: ['Inactive', 'Closed', 'Suppressed', 'Out of stock'] },
      money: numbers ? dollars : () => undefined,
    });
  }
  return undefined;
}

/** "Sales and Traffic by Date": every row is a day. */
function readDays(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  const table = readTableByHeaders(root, DAY_COLUMNS, { minColumns: 3, maxRows: 400 });
  if (!table?.columns.includes('date')) return undefined;
  const days = new Map<string, ShopMetrics>();
  for (const row of table.rows) {
    const date = parseReportDate(row.text.date);
    if (!plausibleDay(date, ctx.today)) continue;
    const values: ShopMetrics = {};
    const set = (key: ShopMetricKey, v: number | undefined) => {
      if (v !== undefined && v >= 0) values[key] = v;
    };
    set('salesAmount', dollars(row.text.salesAmount));
    set('unitsSold', parseConsoleNumber(row.text.unitsSold, 'count'));
    set('orders', parseConsoleNumber(row.text.orders, 'count'));
    set('pv', parseConsoleNumber(row.text.pv, 'count'));
    set('uv', parseConsoleNumber(row.text.uv, 'count'));
    set('conversionRate', parseConsoleNumber(row.text.conversionRate, 'ratio'));
    if (Object.keys(values).length) days.set(date, values);
  }
  return days.size ? { shopDays: [...days].map(([date, metrics]) => ({ date, metrics })), items: [] } : undefined;
}
