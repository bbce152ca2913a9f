import type { EndpointMatcher } from '../types';

/**
 * Amazon Seller Central's Business Reports data, when the page loads it as JSON in the shape of
 * Amazon's own Sales and Traffic report (SP-API GET_SALES_AND_TRAFFIC_REPORT schema, copied in
 * shared/fixtures/amazon): `salesAndTrafficByDate[]` and `salesAndTrafficByAsin[]`. The path
 * (/business-reports/api/…) was seen in public seller tools (2026) and is a reconstruction; the
 * shape is Amazon's published schema. Manage Inventory and the report tables are read from the
 * DOM (./extract.ts). Pure and dependency-free (the page-world observer bundles it).
 */
const SELLER_HOSTS = new Set(['sellercentral.amazon.com', 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com']);

/** The console pages whose own calls these are: the page-world observer runs there and nowhere else. */
export const OBSERVED_HOSTS = ['sellercentral.amazon.com', 'sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com'] as const;

export const ENDPOINT_MATCHERS = [
  {
    id: 'amazon.sales-and-traffic',
    matches: (url) => url.protocol === 'https:' && SELLER_HOSTS.has(url.hostname) && url.pathname.startsWith('/business-reports/api/'),
  },
] as const satisfies readonly EndpointMatcher[];

/** Example response URLs per matcher, checked by the tests. */
export const ENDPOINT_EXAMPLES: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], string[]> = {
  'amazon.sales-and-traffic': [
    'https://sellercentral.amazon.com/business-reports/api/sales-and-traffic-by-date?marketplaceID=ATVPDKIKX0DER&fromDate=2021-06-11&toDate=2021-06-14',
    'https://sellercentral.amazon.com/business-reports/api/sales-and-traffic-by-asin?marketplaceID=ATVPDKIKX0DER&days=1',
  ],
};
