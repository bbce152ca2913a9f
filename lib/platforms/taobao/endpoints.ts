import type { EndpointMatcher } from '../types';

/**
 * Which of 生意参谋's own JSON responses ShopMate reads (paths from docs/console-facts.md#sycm-responses).
 * Pure and dependency-free: the page-world observer bundles these to decide which responses
 * to hand over, so it stays tiny; ./extract.ts pairs each id with its zod schema and mapping.
 */
const onSycm = (url: URL, ...paths: string[]) =>
  url.protocol === 'https:' && url.hostname === 'sycm.taobao.com' && paths.includes(url.pathname);

/** The console pages whose own calls these are: the page-world observer runs there and nowhere else. */
export const OBSERVED_HOSTS = ['sycm.taobao.com'] as const;

export const ENDPOINT_MATCHERS = [
  { id: 'sycm.live-overview', matches: (url) => onSycm(url, '/portal/live/new/index/overview/v3.json') },
  { id: 'sycm.core-overview', matches: (url) => onSycm(url, '/portal/coreIndex/new/overview/v3.json') },
  { id: 'sycm.yesterday-trade', matches: (url) => onSycm(url, '/ipoll/live/yesterday/getYesterdayTrade.json') },
  { id: 'sycm.flow-overview', matches: (url) => onSycm(url, '/flow/new/guide/trend/overview.json') },
  { id: 'sycm.grow-overview', matches: (url) => onSycm(url, '/portal/board/grow/factor/overview.json') },
  { id: 'sycm.item-rank', matches: (url) => onSycm(url, '/cc/item/view/top.json', '/cc/item/live/view/top.json') },
] as const satisfies readonly EndpointMatcher[];

/** Example response URLs per matcher, checked by the tests. */
export const ENDPOINT_EXAMPLES: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], string[]> = {
  'sycm.live-overview': ['https://sycm.taobao.com/portal/live/new/index/overview/v3.json?device=0&_=1763791320000&token=a1b2c3'],
  'sycm.core-overview': [
    'https://sycm.taobao.com/portal/coreIndex/new/overview/v3.json?dateType=day&dateRange=2026-11-21%7C2026-11-21&needCycleCrc=true&device=0',
  ],
  'sycm.yesterday-trade': ['https://sycm.taobao.com/ipoll/live/yesterday/getYesterdayTrade.json?_=1763791320000'],
  'sycm.flow-overview': ['https://sycm.taobao.com/flow/new/guide/trend/overview.json?dateType=day&dateRange=2026-11-21%7C2026-11-21&device=2'],
  'sycm.grow-overview': ['https://sycm.taobao.com/portal/board/grow/factor/overview.json?dateType=day&dateRange=2026-11-21%7C2026-11-21'],
  'sycm.item-rank': [
    'https://sycm.taobao.com/cc/item/view/top.json?dateType=day&dateRange=2026-11-21%7C2026-11-21&pageSize=10&page=1&order=desc&orderBy=payAmt',
    'https://sycm.taobao.com/cc/item/live/view/top.json?dateType=today&pageSize=10&page=1',
  ],
};
