import type { EndpointMatcher } from '../types';

/**
 * Which of 拼多多商家后台's own JSON responses ShopMate reads. All are POSTs to /sydney/api/… on
 * mms.pinduoduo.com answering `{success, errorCode: 1000000, result}` (docs/console-facts.md#pinduoduo-responses).
 * Paths as seen in public seller tools (2026): 交易数据 queryMallTradeList (result.dayList, one row
 * per day with stateDate), 商品明细 queryGoodsDetailVOList (result.goodsDetailList, statDate per row);
 * the 流量看板 overview path (queryMallFlowOverView) is a reconstruction of the same naming.
 * The request body holds the dates, and ShopMate sees only the response: readers take the day
 * from each row, never from a guess. Pure and dependency-free (the page-world observer bundles it).
 */
const onSydney = (url: URL, ...paths: string[]) =>
  url.protocol === 'https:' && url.hostname === 'mms.pinduoduo.com' && paths.includes(url.pathname);

/** The console pages whose own calls these are: the page-world observer runs there and nowhere else. */
export const OBSERVED_HOSTS = ['mms.pinduoduo.com'] as const;

export const ENDPOINT_MATCHERS = [
  { id: 'pdd.mall-trade-list', matches: (url) => onSydney(url, '/sydney/api/mallTrade/queryMallTradeList') },
  { id: 'pdd.mall-flow', matches: (url) => onSydney(url, '/sydney/api/mallFlow/queryMallFlowOverView', '/sydney/api/mallFlow/queryMallFlowOverViewList') },
  { id: 'pdd.goods-detail', matches: (url) => onSydney(url, '/sydney/api/goodsDataShow/queryGoodsDetailVOList') },
] as const satisfies readonly EndpointMatcher[];

/** Example response URLs per matcher, checked by the tests. */
export const ENDPOINT_EXAMPLES: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], string[]> = {
  'pdd.mall-trade-list': ['https://mms.pinduoduo.com/sydney/api/mallTrade/queryMallTradeList'],
  'pdd.mall-flow': ['https://mms.pinduoduo.com/sydney/api/mallFlow/queryMallFlowOverView'],
  'pdd.goods-detail': ['https://mms.pinduoduo.com/sydney/api/goodsDataShow/queryGoodsDetailVOList'],
};
