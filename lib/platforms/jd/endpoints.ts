import type { EndpointMatcher } from '../types';

/**
 * Which of 京东商智's own JSON responses ShopMate reads: the low-code modules' trend answers
 * (`/api/lowcode/<module>/…/getTrend.ajax`, `{header:{code:0}, body:{data:[{trend:{categories,
 * series}}]}}`), seen in public seller tools (2026) on 商智's hosts (sz.jd.com, jdsz.jd.com and its
 * gateway szgateway.jd.com). A trend names its days in `categories`; the summary answers
 * (getSummary.ajax) carry no date — their day is in the POST body ShopMate never sees — so they
 * are not read. Pure and dependency-free (the page-world observer bundles it).
 */
const SZ_HOSTS = new Set(['sz.jd.com', 'jdsz.jd.com', 'szgateway.jd.com']);
const lowcode = (url: URL, endpoint: RegExp) =>
  url.protocol === 'https:' && SZ_HOSTS.has(url.hostname) && url.pathname.startsWith('/api/lowcode/') && endpoint.test(url.pathname);

/** The console pages whose own calls these are: the page-world observer runs there and nowhere else. */
export const OBSERVED_HOSTS = ['sz.jd.com', 'jdsz.jd.com'] as const;

export const ENDPOINT_MATCHERS = [
  { id: 'jd.lowcode-trend', matches: (url) => lowcode(url, /\/getTrend\.ajax$/) },
] as const satisfies readonly EndpointMatcher[];

/** Example response URLs per matcher, checked by the tests. */
export const ENDPOINT_EXAMPLES: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], string[]> = {
  'jd.lowcode-trend': [
    'https://sz.jd.com/api/lowcode/tradeSummary/summary/getTrend.ajax',
    'https://szgateway.jd.com/api/lowcode/tradeSummary/summary/getTrend.ajax?uuid=8f2e',
  ],
};
