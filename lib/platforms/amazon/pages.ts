import type { Currency } from '@/lib/model/currency';
import { pageKinds } from '../page-detection';

/**
 * Amazon Seller Central (North America: sellercentral.amazon.com; Europe's unified console:
 * sellercentral-europe.amazon.com; Japan: sellercentral-japan.amazon.com, where
 * sellercentral.amazon.co.jp sends sellers) and the Amazon Ads console where Seller Central's
 * "Campaign Manager" link leads (advertising.amazon.com/cm/…). Shoppers' hosts
 * (www.amazon.*) are never matched.
 *
 * Paths seen in public seller tools as of 2026-11: /business-reports (hash routes
 * #/report?id=102:SalesTrafficTimeSeries = by date, …DetailSalesTrafficByChildItem/BySKU = by item;
 * also /business-reports/detail/sales-traffic-by-asin), /myinventory/inventory (Manage All
 * Inventory), /performance/dashboard (Account Health), /orders-v3, /messaging/inbox,
 * advertising.amazon.com/cm/campaigns. The listing edit URL (/abis/listing/edit?asin=…&sku=…)
 * is the one helper C's title guard is built on.
 */
export const matches = [
  'https://sellercentral.amazon.com/*',
  'https://sellercentral-europe.amazon.com/*',
  'https://sellercentral-japan.amazon.com/*',
  'https://advertising.amazon.com/*',
] as const;

const SELLER_HOSTS = new Set(['sellercentral.amazon.com', 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com']);
const seller = (url: URL) => url.protocol === 'https:' && SELLER_HOSTS.has(url.hostname);

/**
 * The currency each marketplace's console prints: the European console is the euro
 * marketplaces' (DE/FR/IT/ES/NL; its UK/SE/PL views are rarer and print their own), Japan's
 * yen; North America and the global Ads console dollars.
 */
export function currencyOf(url: URL): Currency {
  if (url.hostname === 'sellercentral-europe.amazon.com') return 'EUR';
  if (url.hostname === 'sellercentral-japan.amazon.com') return 'JPY';
  return 'USD';
}
/** Path without Amazon's "/ref=…" tracking segment and trailing slash, lower case. */
const path = (url: URL) =>
  url.pathname
    .replace(/\/ref=[^/]*$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
const sc = (url: URL, ...prefixes: string[]) =>
  seller(url) && prefixes.some((p) => path(url) === p || path(url).startsWith(`${p}/`));

/** Business Reports that list items (by ASIN / child item / SKU) rather than days. */
const ITEM_REPORT = /bychilditem|byparentitem|bysku|byasin|by-asin|by-sku|by-child|by-parent/i;
const businessReport = (url: URL) => sc(url, '/business-reports', '/gp/site-metrics');
const itemReport = (url: URL) => businessReport(url) && ITEM_REPORT.test(`${url.pathname}${url.hash}`);

/** Each detector's URLs are real (or same-shape) console URLs; sources in the header comment. */
const pages = pageKinds();

/**
 * Business Reports by date (Sales Dashboard, Sales and Traffic by Date). Seller Central's home is
 * left alone: its widgets change per seller and hold no day's totals ShopMate could store.
 */
export const isDashboard = pages.add('dashboard', (url: URL) => businessReport(url) && !itemReport(url), [
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:SalesTrafficTimeSeries',
  'https://sellercentral.amazon.com/business-reports#/dashboard',
  'https://sellercentral-europe.amazon.com/business-reports',
]);

/** Manage All Inventory and the by-item Business Reports (Detail Page Sales and Traffic by Child Item). */
export const isItemList = pages.add('itemList', (url: URL) => sc(url, '/myinventory/inventory', '/inventory', '/hz/inventory') || itemReport(url), [
  'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&pageSize=25&sort=date_created_desc&status=all',
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_favb_xx#/report?id=102%3ADetailSalesTrafficByChildItem&chartCols=&columns=0%2F1%2F2',
  'https://sellercentral.amazon.com/business-reports/detail/sales-traffic-by-asin',
  'https://sellercentral-japan.amazon.com/myinventory/inventory',
]);

/** Edit a listing: /abis/listing/edit?asin=…&sku=… (and its offer/images sub-pages). */
export const isItemEdit = pages.add('itemEdit', (url: URL) => sc(url, '/abis/listing/edit', '/listing/edit'), [
  'https://sellercentral.amazon.com/abis/listing/edit?asin=B0C1234567&sku=MUG-350-BLUE',
  'https://sellercentral.amazon.com/abis/listing/edit/offer?asin=B0C1234567&sku=MUG-350-BLUE',
]);

/** Account Health, performance notifications and the policy-compliance pages. */
export const isComplaints = pages.add('complaints', (url: URL) => sc(url, '/performance'), [
  'https://sellercentral.amazon.com/performance/dashboard?ref_=xx_perf_auth',
  'https://sellercentral.amazon.com/performance/notifications',
]);

/** Promotions, coupons, deals and Prime exclusive discounts. */
export const isCampaigns = pages.add('campaigns', (url: URL) => sc(url, '/promotions', '/coupons', '/merchandising-new', '/prime-exclusive-discounts'), ['https://sellercentral.amazon.com/promotions/manage', 'https://sellercentral.amazon.com/coupons/']);

/** Feedback Manager, Customer Reviews (brand owners) and Voice of the Customer (star rating per offer). */
export const isReviews = pages.add('reviews', (url: URL) => sc(url, '/feedback-manager', '/brands/customer-reviews', '/voice-of-the-customer'), [
  'https://sellercentral.amazon.com/feedback-manager/index.html',
  'https://sellercentral.amazon.com/brands/customer-reviews',
  'https://sellercentral.amazon.com/voice-of-the-customer/ref=xx_voc_dnav_xx',
]);

/** Campaign Manager: on Seller Central (/cm/…) and on the Amazon Ads console. */
export const isAds = pages.add('ads', (url: URL) =>
  sc(url, '/cm', '/sspa') ||
  (url.protocol === 'https:' && url.hostname === 'advertising.amazon.com' && /^\/(cm|sspa|reports)(\/|$)/.test(path(url))), ['https://advertising.amazon.com/cm/campaigns', 'https://sellercentral.amazon.com/cm/ref=xx_cmpmgr_dnav_xx']);

/** Seller News and program policies. */
export const isRules = pages.add('rules', (url: URL) => sc(url, '/news', '/seller-news', '/help/hub/reference'), ['https://sellercentral.amazon.com/news', 'https://sellercentral.amazon.com/help/hub/reference/external/G521']);

/** A+ content and Brand Stores (the listing's and the brand's "decoration"). */
export const isDecoration = pages.add('decoration', (url: URL) => sc(url, '/enhanced-content', '/stores'), ['https://sellercentral.amazon.com/enhanced-content/content-manager']);

/** Manage Orders and returns. */
export const isOrders = pages.add('orders', (url: URL) => sc(url, '/orders-v3', '/returns', '/gp/orders-v2'), ['https://sellercentral.amazon.com/orders-v3?page=1', 'https://sellercentral.amazon.com/orders-v3/order/112-1234567-1234567']);

/** Buyer-Seller Messages. */
export const isService = pages.add('service', (url: URL) => sc(url, '/messaging'), ['https://sellercentral.amazon.com/messaging/inbox']);

export const PAGE_DETECTORS = pages.detectors;
export const detectPage = pages.detect;
export const PAGE_EXAMPLES = pages.examples;


/** Console URLs ShopMate must leave alone (matched host, page of no interest). */
export const IGNORED_EXAMPLES: string[] = [
  'https://sellercentral.amazon.com/home',
  'https://sellercentral-europe.amazon.com/home',
  'https://sellercentral.amazon.com/payments/dashboard/index.html',
  'https://sellercentral.amazon.com/ap/signin',
  'https://advertising.amazon.com/resources',
  'https://advertising.amazon.com/',
];

/** Not Seller Central at all (shoppers' hosts, look-alikes, plain http). */
export const FOREIGN_EXAMPLES: string[] = [
  'https://www.amazon.com/dp/B0C1234567',
  'https://www.amazon.co.jp/',
  'http://sellercentral.amazon.com/home',
  'https://sellercentral.amazon.com.evil.example/home',
];
